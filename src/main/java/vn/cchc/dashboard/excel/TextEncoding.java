package vn.cchc.dashboard.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a CSV file, told from its bytes, as the tools offices use write them: UTF-8 with or without a
 * byte-order mark (LibreOffice, Google Sheets, Excel's "CSV UTF-8"), UTF-16 with a mark (Excel's "Unicode text") or
 * without one (some exports from older systems), and Windows-1258, what Excel's plain "CSV" writes on a Vietnamese
 * Windows. The whole file is decoded once, strictly: a file one bad byte from the end is refused, not half read.
 */
final class TextEncoding {

    /** Windows Vietnamese; "windows-1258" and "Cp1258" name it in the JDK (module jdk.charsets), "x-windows-1258" does not. */
    static final Charset WINDOWS_VIETNAMESE = Charset.forName("windows-1258");

    /** How to read a file: its charset, how many bytes of byte-order mark to skip, and whether it was a guess. */
    record Detected(Charset charset, int markLength, boolean guessed) {
    }

    private TextEncoding() {
    }

    /** Whether the file's first bytes are UTF-16: a byte-order mark, or a zero in every other byte (ASCII in UTF-16). */
    static boolean looksLikeUtf16(byte[] head) {
        return utf16(head) != null;
    }

    /** @throws ImportFileException ENCODING when no supported encoding decodes the whole file */
    static Detected of(Path file, byte[] head) {
        Detected candidate = byMarkOrZeros(head);
        if (candidate != null) {
            return require(file, candidate);
        }
        if (decodes(file, StandardCharsets.UTF_8)) {
            return new Detected(StandardCharsets.UTF_8, 0, false);
        }
        // Not UTF-8: most likely Excel's "CSV" from a Vietnamese Windows. Its tone marks are combining characters,
        // which SourceRow composes (NFC) like every other cell.
        return require(file, new Detected(WINDOWS_VIETNAMESE, 0, true));
    }

    private static Detected byMarkOrZeros(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3, false);
        }
        return utf16(head);
    }

    private static Detected utf16(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2, false);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2, false);
        }
        int pairs = head.length / 2;
        if (pairs < 2) {
            return null;
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            zeroFirst += head[i] == 0 ? 1 : 0;
            zeroSecond += head[i + 1] == 0 ? 1 : 0;
        }
        // Vietnamese in UTF-16 is still mostly ASCII letters, digits and separators, whose high byte is zero; text in
        // any 8-bit encoding has no zeros at all, and binary files have them on both sides.
        if (zeroSecond * 10 >= pairs * 3 && zeroFirst * 20 <= pairs) {
            return new Detected(StandardCharsets.UTF_16LE, 0, true);
        }
        if (zeroFirst * 10 >= pairs * 3 && zeroSecond * 20 <= pairs) {
            return new Detected(StandardCharsets.UTF_16BE, 0, true);
        }
        return null;
    }

    private static Detected require(Path file, Detected candidate) {
        if (!decodes(file, candidate.charset())) {
            throw new ImportFileException(ImportFileException.Reason.ENCODING, file.toString());
        }
        return candidate;
    }

    private static boolean decodes(Path file, Charset charset) {
        var strict = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream bytes = Files.newInputStream(file); Reader in = new InputStreamReader(bytes, strict)) {
            char[] buffer = new char[8192];
            while (in.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw ReadFailures.translate(e, file.toString());
        }
    }
}

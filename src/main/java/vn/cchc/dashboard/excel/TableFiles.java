package vn.cchc.dashboard.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a plan or tracking file by what it is, told by its first bytes and not by its name: a ZIP with a workbook
 * inside is .xlsx, with a document inside .docx, with a LibreOffice spreadsheet inside .ods; an OLE2 file is .xls, or
 * an encrypted Office file; text (8-bit or UTF-16) is CSV. A path that is missing, a folder or unreadable is refused
 * first, each with its own reason.
 */
public final class TableFiles {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** A plan's xlsx is a few MB unpacked; 500 MB in one part is no spreadsheet a person wrote. */
    private static final long MAX_ENTRY = 500L * 1024 * 1024;

    static {
        // Unpacking stops when a part inflates more than 100 times over (POI's check for zip bombs) or grows too big.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
        ZipSecureFile.setMaxTextSize(MAX_ENTRY / 4);
    }

    private TableFiles() {
    }

    /** The file's tables, ready to read. */
    public static TableFile open(Path file) {
        FileAccess.requireReadableFile(file);
        byte[] head = FileAccess.head(file, 8192);
        if (head.length == 0) {
            throw new ImportFileException(ImportFileException.Reason.EMPTY, file.toString());
        }
        if (startsWith(head, ZIP)) {
            return switch (zipKind(file)) {
                case "xlsx" -> new XlsxTableFile(file);
                case "docx" -> new DocxTableFile(file);
                case "ods" -> new OdsTableFile(file);
                default -> throw new ImportFileException(ImportFileException.Reason.WRONG_TYPE, "zip without a workbook");
            };
        }
        if (startsWith(head, OLE2)) {
            return ole2(file);
        }
        if (TextEncoding.looksLikeUtf16(head) || isText(head)) {
            return new CsvTableFile(file, head);
        }
        throw new ImportFileException(ImportFileException.Reason.WRONG_TYPE, "binary file");
    }

    private static String zipKind(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null || zip.stream().map(ZipEntry::getName).anyMatch(n -> n.startsWith("xl/"))) {
                return "xlsx";
            }
            if (zip.getEntry("word/document.xml") != null) {
                return "docx";
            }
            if (OdsTableFile.isSpreadsheet(zip)) {
                return "ods";
            }
            return "";
        } catch (ZipException e) {
            throw new ImportFileException(ImportFileException.Reason.CORRUPT, file.toString(), e);
        } catch (IOException e) {
            throw ReadFailures.translate(e, file.toString());
        }
    }

    /** An OLE2 container holds an .xls workbook, an old .doc, or an Office file encrypted with a password. */
    private static TableFile ole2(Path file) {
        Set<String> entries;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            entries = fs.getRoot().getEntryNames();
        } catch (IOException | RuntimeException e) {
            throw new ImportFileException(ImportFileException.Reason.CORRUPT, file.toString(), e);
        }
        if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
            throw new ImportFileException(ImportFileException.Reason.ENCRYPTED, file.toString());
        }
        if (entries.contains("Workbook") || entries.contains("Book")) {
            return new XlsTableFile(file);
        }
        if (entries.contains("WordDocument")) {
            throw new ImportFileException(ImportFileException.Reason.OLD_WORD, file.toString());
        }
        throw new ImportFileException(ImportFileException.Reason.WRONG_TYPE, "OLE2 without a workbook");
    }

    /** Text has no NUL bytes and few control characters; PDF, images and executables have plenty. */
    private static boolean isText(byte[] head) {
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                control++;
            }
        }
        return control * 50 < head.length && !startsWith(head, "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }
}

package vn.cchc.dashboard.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.dashboard.excel.fixtures.ImportFixtures;

/** A CSV file reads the same whatever encoding saved it; a path that is no readable file says why. */
class TextEncodingTest {

    @TempDir
    Path folder;

    static ImportFileException.Reason reasonOpening(Path file) {
        try (TableFile ignored = TableFiles.open(file)) {
            throw new AssertionError("opened " + file);
        } catch (ImportFileException e) {
            return e.reason();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"UTF-8, true", "UTF-16LE, true", "UTF-16BE, true", "UTF-16LE, false", "UTF-16BE, false",
            "windows-1258, false"})
    void everyEncodingGivesTheRowsOfTheUtf8File(String charset, boolean mark) throws Exception {
        Path reference = ImportFixtures.csvIn(folder.resolve("utf8.csv"), StandardCharsets.UTF_8, false);
        Path file = ImportFixtures.csvIn(folder.resolve("other.csv"), Charset.forName(charset), mark);
        List<String> rows = OdsTableFileTest.rows(file, "other");
        assertThat(rows).isEqualTo(OdsTableFileTest.rows(reference, "utf8"));
        String title = "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực lao động, việc làm";
        assertThat(rows).anyMatch(r -> r.contains(Normalizer.normalize(title, Normalizer.Form.NFC)));
    }

    @Test
    void theWindowsCodePageLeavesItsToneMarksComposed() throws Exception {
        Path file = ImportFixtures.csvIn(folder.resolve("cp1258.csv"), Charset.forName("windows-1258"), false);
        // The file itself holds "ê" and a combining acute: the reader must not pass that on.
        assertThat(new String(Files.readAllBytes(file), "windows-1258")).contains("Kê\u0301");
        try (TableFile table = TableFiles.open(file)) {
            assertThat(table.notes()).extracting(p -> p.messageKey()).containsExactly("import.problem.encoding");
            table.read("cp1258", row -> {
                row.cells().forEach(c -> assertThat(Normalizer.isNormalized(c, Normalizer.Form.NFC)).as(c).isTrue());
                return true;
            });
        }
    }

    @Test
    void bytesThatNoSupportedEncodingReadsAreAnEncodingProblemNotADamagedFile() throws Exception {
        // Not UTF-8 (a lone continuation byte), and 0x81, 0x8D… are holes in Windows-1258.
        byte[] bytes = "STT,Nội dung nhiệm vụ\n1,Rà soát \u0081\u008D\u008F\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(folder.resolve("la.csv"), bytes);
        assertThat(reasonOpening(file)).isEqualTo(ImportFileException.Reason.ENCODING);
        Path badUtf16 = Files.write(folder.resolve("utf16.csv"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'S', 0, 0, (byte) 0xDC, 'T', 0});
        assertThat(reasonOpening(badUtf16)).isEqualTo(ImportFileException.Reason.ENCODING);
    }

    @Test
    void aMissingFileAndAFolderEachSayWhatTheyAre() throws Exception {
        assertThat(reasonOpening(folder.resolve("khong-co.csv"))).isEqualTo(ImportFileException.Reason.MISSING);
        assertThat(reasonOpening(Files.createDirectory(folder.resolve("ke-hoach.xlsx")))).isEqualTo(ImportFileException.Reason.FOLDER);
    }

    @Test
    void aFileTheUserMayNotReadSaysSo() throws Exception {
        assertThat(FileAccess.explain(new AccessDeniedException("/x/ke-hoach.xlsx"), "ke-hoach.xlsx").reason())
                .isEqualTo(ImportFileException.Reason.NO_PERMISSION);
        assertThat(FileAccess.explain(new java.io.FileNotFoundException("/x/a.xlsx (Permission denied)"), "a.xlsx").reason())
                .isEqualTo(ImportFileException.Reason.NO_PERMISSION);
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file whatever its permissions");
        Path file = ImportFixtures.csvIn(folder.resolve("khoa.csv"), StandardCharsets.UTF_8, true);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assertThat(reasonOpening(file)).isEqualTo(ImportFileException.Reason.NO_PERMISSION);
    }
}

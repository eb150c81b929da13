package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.dashboard.excel.fixtures.ImportFixtures;
import vn.cchc.dashboard.excel.fixtures.OdsAppendix;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/** Plans as they arrive: from LibreOffice, in whatever encoding saved the CSV, or not there at all. */
@Tag(TestDatabase.TAG)
class RealFilesImportTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @TempDir
    Path folder;
    AppContext context;

    @BeforeEach
    void open() {
        context = db.openContext(folder.resolve("data"), TestClock.today(), true);
    }

    @AfterEach
    void close() {
        context.close();
    }

    PlanImport dryRun(Path file) {
        return context.planImport().dryRun(file, PlanImportServiceTest.AUTO);
    }

    @Test
    void anOdsAppendixImportsTheSameTasksPerAreaAsTheXlsx() throws Exception {
        Path ods = OdsAppendix.write(folder.resolve("ke-hoach-2023.ods"));
        PlanImport result = dryRun(ods);
        assertThat(result.layout().sheet()).isEqualTo("Phụ lục");
        // The .xlsx golden, and one more note: the .ods also has a sheet Calc hides, which is not read.
        String dump = ImportGolden.dump(result.preview());
        assertThat(dump).contains("NOTE import.problem.hiddenSheet @0 «» [Bản cũ]\n");
        assertThat(dump.replace("NOTE import.problem.hiddenSheet @0 «» [Bản cũ]\n", ""))
                .isEqualTo(Files.readString(ImportGolden.FOLDER.resolve("ke-hoach-2023.txt")));
        assertThat(result.preview().byArea())
                .isEqualTo(dryRun(PlanImportServiceTest.FILES.resolve("ke-hoach-2023.xlsx")).preview().byArea());
        PlanImport done = context.planImport().commit(ods, PlanImportServiceTest.AUTO);
        assertThat(context.plans().snapshot(done.plan()).tasks()).hasSize(20);
    }

    @ParameterizedTest
    @CsvSource({"UTF-8, true", "UTF-8, false", "UTF-16LE, true", "UTF-16BE, true", "UTF-16LE, false", "windows-1258, false"})
    void aCsvInAnyEncodingImportsTheSameTasksWithTheirDiacritics(String charset, boolean mark) throws Exception {
        Path file = ImportFixtures.csvIn(folder.resolve("ke-hoach-2023.csv"), Charset.forName(charset), mark);
        PlanImport result = dryRun(file);
        String withoutEncodingNote = ImportGolden.dump(result.preview()).lines()
                .filter(line -> !line.contains("import.problem.encoding")).collect(Collectors.joining("\n", "", "\n"));
        assertThat(withoutEncodingNote).isEqualTo(Files.readString(ImportGolden.FOLDER.resolve("ke-hoach-2023-csv.txt")));
        String title = Normalizer.normalize("Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực lao động, việc làm",
                Normalizer.Form.NFC);
        assertThat(result.preview().tasks()).anyMatch(t -> t.row().title().equals(title));
    }

    @Test
    void aMissingFileAFolderAndUnreadableTextEachGiveTheirOwnReasonAndChangeNothing() throws Exception {
        context.planImport().commit(PlanImportServiceTest.FILES.resolve("ke-hoach-2023.xlsx"), PlanImportServiceTest.AUTO);
        String before = DatabaseFingerprint.of(context);
        Path undecodable = Files.write(folder.resolve("la.csv"),
                "STT,Nội dung nhiệm vụ\n1,Rà soát \u0081\u008D\n".getBytes(StandardCharsets.ISO_8859_1));
        Path emptyOds = Files.write(folder.resolve("rong.ods"), new byte[0]);
        assertRefused(folder.resolve("khong-co.xlsx"), "import.file.MISSING");
        assertRefused(Files.createDirectory(folder.resolve("thu-muc.xlsx")), "import.file.FOLDER");
        assertRefused(undecodable, "import.file.ENCODING");
        assertRefused(emptyOds, "import.file.EMPTY");
        assertThat(DatabaseFingerprint.of(context)).isEqualTo(before);
    }

    void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> context.planImport().commit(file, PlanImportServiceTest.AUTO))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.isInvalidInput()).isTrue();
                });
    }
}

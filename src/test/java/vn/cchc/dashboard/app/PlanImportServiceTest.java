package vn.cchc.dashboard.app;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchc.dashboard.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.testing.TestClock;

@Tag(TestDatabase.TAG)
class PlanImportServiceTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    static final Path FILES = Path.of("src/test/resources/import");
    static final ImportRequest AUTO = new ImportRequest(null, null, null, year -> "Kế hoạch cải cách hành chính năm " + year);

    @TempDir
    Path folder;
    AppContext context;

    @BeforeEach
    void open() {
        context = db.openContext(folder, TestClock.today(), true);
    }

    @AfterEach
    void close() {
        context.close();
    }

    PlanImport dryRun(String file) {
        return context.planImport().dryRun(FILES.resolve(file), AUTO);
    }

    /** The CSV files have a one-row header where the workbooks have two: the same tasks, rows one higher. */
    @ParameterizedTest
    @CsvSource({"ke-hoach-2023.xlsx, ke-hoach-2023.txt", "ke-hoach-2023.xls, ke-hoach-2023.txt",
            "ke-hoach-2023.csv, ke-hoach-2023-csv.txt", "ke-hoach-2023-semicolon.csv, ke-hoach-2023-csv.txt"})
    void theSamePlanReadsTheSameFromEveryFormat(String file, String golden) throws Exception {
        PlanImport result = dryRun(file);
        assertThat(result.year()).isEqualTo(2023);
        assertThat(result.createsPlan()).isTrue();
        assertThat(result.preview().importable()).isTrue();
        ImportGolden.assertMatches(golden, result.preview());
    }

    @Test
    void theAppendixTableOfAWordPlanIsFoundBehindTheDocumentHeaderTable() throws Exception {
        PlanImport result = dryRun("ke-hoach-2024.docx");
        assertThat(result.layout().sheet()).isEqualTo("Bảng 2");
        assertThat(result.year()).isEqualTo(2024);
        ImportGolden.assertMatches("ke-hoach-2024.txt", result.preview());
    }

    @Test
    void aDryRunWritesNothing() {
        String before = DatabaseFingerprint.of(context);
        assertThat(dryRun("ke-hoach-2023.xlsx").preview().tasks()).hasSize(20);
        assertThat(DatabaseFingerprint.of(context)).isEqualTo(before);
    }

    @Test
    void theImportWritesThePlanUnitsAndTasksAndASecondImportIsRefusedWhole() {
        PlanImport done = context.planImport().commit(FILES.resolve("ke-hoach-2023.xlsx"), AUTO);
        Plan plan = done.plan();
        assertThat(plan.year()).isEqualTo(2023);
        assertThat(plan.title()).isEqualTo("Kế hoạch cải cách hành chính năm 2023");
        PlanSnapshot snapshot = context.plans().snapshot(plan);
        assertThat(snapshot.tasks()).hasSize(20);
        Unit created = unit("Trung tâm Công nghệ thông tin và Truyền thông");
        Task task = snapshot.tasks().stream().filter(t -> t.code().equals("I.4")).findFirst().orElseThrow();
        assertThat(task.leadUnitId()).isEqualTo(unit("Sở Nội vụ").id());
        assertThat(task.cooperatingUnitIds()).containsExactly(unit("Sở Tư pháp").id());
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(snapshot.tasks().stream().filter(t -> t.leadUnitId() == created.id())).hasSize(1);
        assertThat(context.audit().log(plan)).hasSize(20);

        String before = DatabaseFingerprint.of(context);
        assertThatThrownBy(() -> context.planImport().commit(FILES.resolve("ke-hoach-2023.xls"), AUTO))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.preview().problems())
                        .filteredOn(ImportProblem::isError).extracting(ImportProblem::messageKey)
                        .containsOnly("import.problem.codeExists").hasSize(20));
        assertThat(DatabaseFingerprint.of(context)).isEqualTo(before);
    }

    @Test
    void aFileWithMistakesIsRefusedWithEachMistakeAtItsCellAndTheDatabaseUnchanged() throws Exception {
        String before = DatabaseFingerprint.of(context);
        assertThatThrownBy(() -> context.planImport().commit(FILES.resolve("loi-du-lieu.xlsx"), AUTO))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(DatabaseFingerprint.of(context)).isEqualTo(before);
        PlanImport result = dryRun("loi-du-lieu.xlsx");
        assertThat(result.preview().importable()).isFalse();
        ImportGolden.assertMatches("loi-du-lieu.txt", result.preview());
    }

    @Test
    void aTrackingWorkbookKeepsItsHistoryAndTheSummaryReproducesItsOwnCounts() {
        ImportRequest request = new ImportRequest(null, null, LocalDate.of(2023, 11, 30), year -> "Kế hoạch CCHC năm " + year);
        PlanImport done = context.planImport().commit(FILES.resolve("theo-doi-2023.xlsx"), request);
        assertThat(done.layout().sheet()).isEqualTo("Theo dõi");
        assertThat(done.preview().progress()).isEqualTo(15);
        assertThat(done.preview().problems()).extracting(ImportProblem::messageKey).containsExactly("import.problem.hiddenSheet");
        PlanSummary summary = context.plans().summary(done.plan(), LocalDate.of(2023, 11, 30));
        assertThat(summary.overall().planned()).isEqualTo(15);
        assertThat(summary.overall().completed()).isEqualTo(8);
        assertThat(summary.overall().count(DeadlineCategory.COMPLETED_ON_TIME)).isEqualTo(5);
        assertThat(summary.overall().count(DeadlineCategory.COMPLETED_LATE)).isEqualTo(3);
        assertThat(summary.overall().count(DeadlineCategory.OVERDUE)).isEqualTo(1);
        assertThat(summary.overall().count(DeadlineCategory.NOT_STARTED)).isEqualTo(3);
        assertThat(summary.overall().count(DeadlineCategory.RECURRING)).isEqualTo(1);
        assertThat(context.plans().summary(done.plan(), LocalDate.of(2023, 6, 30)).overall().completed()).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({"khong-phai-excel.xlsx, WRONG_TYPE", "rong.csv, EMPTY", "hong.xlsx, CORRUPT", "mat-khau.xlsx, ENCRYPTED",
            "mat-khau.xls, ENCRYPTED", "van-ban-cu.doc, OLD_WORD", "zip-bomb.xlsx, ZIP_BOMB"})
    void aFileThatCannotBeReadIsOneClearSentenceAndChangesNothing(String file, String reason) {
        String before = DatabaseFingerprint.of(context);
        assertThatThrownBy(() -> context.planImport().commit(FILES.resolve(file), AUTO))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.file." + reason);
                    assertThat(e.isInvalidInput()).isTrue();
                });
        assertThat(DatabaseFingerprint.of(context)).isEqualTo(before);
    }

    Unit unit(String name) {
        List<Unit> units = context.units().units();
        return units.stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }
}

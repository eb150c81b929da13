package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.KpiFigure;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.domain.imports.DataDate;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.excel.fixtures.DataDateWorkbook;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/**
 * Issue 17: a tracking workbook's statuses stand on its data date – the date under its title, or the one the user
 * gives – never on the day of the import. The clock says 23/11/2026, long after the file's 21/6/2023.
 */
@Tag(TestDatabase.TAG)
class DataDateImportTest {

    static final LocalDate DATA_DATE = DataDateWorkbook.DATA_DATE;

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

    static ImportRequest request(LocalDate dataDate) {
        return new ImportRequest(null, null, dataDate, year -> "Kế hoạch CCHC năm " + year);
    }

    @Test
    void asOfItsDataDateTheWorkbookCountsAsItSaysWithNoTaskLeftWithoutUpdate() throws Exception {
        Path file = DataDateWorkbook.write(folder.resolve("tong-hop.xlsx"));
        PlanImport done = context.planImport().commit(file, request(null));

        assertThat(done.preview().dataDate()).isEqualTo(new DataDate(DATA_DATE, DataDate.Source.FILE, 3));
        assertThat(done.year()).isEqualTo(2023);
        assertThat(done.preview().progress()).isEqualTo(11);
        List<ProgressUpdate> updates = context.plans().snapshot(done.plan()).updates();
        assertThat(updates).extracting(ProgressUpdate::asOf).containsOnly(DATA_DATE,
                LocalDate.of(2023, 1, 20), LocalDate.of(2023, 4, 10), LocalDate.of(2023, 3, 25));

        PlanSummary summary = context.plans().summary(done.plan(), DATA_DATE);
        assertThat(summary.overall().planned()).isEqualTo(11);
        assertThat(summary.overall().count(DeadlineCategory.COMPLETED_ON_TIME)).isEqualTo(2);
        assertThat(summary.overall().count(DeadlineCategory.COMPLETED_LATE)).isEqualTo(1);
        assertThat(summary.overall().count(DeadlineCategory.IN_PROGRESS)).isEqualTo(3);
        assertThat(summary.overall().count(DeadlineCategory.OVERDUE)).isEqualTo(1);
        assertThat(summary.overall().count(DeadlineCategory.NOT_STARTED)).isEqualTo(3);
        assertThat(summary.overall().count(DeadlineCategory.RECURRING)).isEqualTo(1);

        int staleDays = context.settings().staleDays();
        Overview overview = context.plans().overview(done.plan(), DATA_DATE, DATA_DATE.minusDays(7), staleDays);
        assertThat(overview.kpis()).filteredOn(k -> k.selection() == TaskSelection.STALE)
                .extracting(KpiFigure::value).containsExactly(0);
        assertThat(overview.states()).filteredOn(s -> !s.isCompleted()).hasSize(8)
                .allSatisfy(s -> assertThat(s.lastUpdate()).isEqualTo(DATA_DATE))
                .extracting(TaskSelection::daysWithoutUpdate).containsOnly(0L);
        assertThat(context.plans().lagging(done.plan(), DATA_DATE, context.settings().laggingPolicy(), staleDays, false)
                .units()).extracting(LaggingUnit::stale).containsOnly(0);
    }

    @Test
    void withoutADataDateAWorkbookWithStatusesIsRefusedWithOneErrorAndNothingWritten() throws Exception {
        Path file = DataDateWorkbook.write(folder.resolve("khong-ngay.xlsx"), null, null);
        String before = DatabaseFingerprint.of(context);

        PlanImport dryRun = context.planImport().dryRun(file, request(null));
        assertThat(dryRun.preview().importable()).isFalse();
        assertThat(dryRun.preview().dataDate()).isNull();
        assertThat(dryRun.preview().problems()).filteredOn(ImportProblem::isError).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.problem.dataDateMissing");
            assertThat(p.args()).containsExactly("8");
        });
        assertThatThrownBy(() -> context.planImport().commit(file, request(null)))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(DatabaseFingerprint.of(context)).isEqualTo(before);

        PlanImport given = context.planImport().commit(file, request(DATA_DATE));
        assertThat(given.preview().dataDate()).isEqualTo(DataDate.typed(DATA_DATE));
        assertThat(context.plans().summary(given.plan(), DATA_DATE).overall().count(DeadlineCategory.IN_PROGRESS))
                .isEqualTo(3);
    }

    @Test
    void theUsersDataDateWinsOverTheFilesAndTheDifferenceIsNoted() throws Exception {
        Path file = DataDateWorkbook.write(folder.resolve("tong-hop.xlsx"));
        LocalDate typed = LocalDate.of(2023, 6, 30);
        PlanImport done = context.planImport().commit(file, request(typed));
        assertThat(done.preview().dataDate()).isEqualTo(DataDate.typed(typed));
        assertThat(done.preview().problems()).extracting(ImportProblem::messageKey).contains("import.problem.dataDateTyped");
        assertThat(context.plans().snapshot(done.plan()).updates()).extracting(ProgressUpdate::asOf)
                .contains(typed).doesNotContain(DATA_DATE, TestClock.TODAY);
    }

    @Test
    void aDataDateAfterTodayOrThatDoesNotExistIsRefused() throws Exception {
        Path file = DataDateWorkbook.write(folder.resolve("tong-hop.xlsx"));
        assertThat(errors(file, request(TestClock.TODAY.plusDays(1)))).containsExactly("import.problem.dataDateFuture");

        Path impossible = DataDateWorkbook.write(folder.resolve("ngay-sai.xlsx"), "Số liệu tính đến ngày 31/02/2023", null);
        PlanImport read = context.planImport().dryRun(impossible, request(null));
        assertThat(read.preview().problems()).filteredOn(ImportProblem::isError).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.problem.dataDateImpossible");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.value()).isEqualTo("Số liệu tính đến ngày 31/02/2023");
        });

        Path future = DataDateWorkbook.write(folder.resolve("tuong-lai.xlsx"), "Số liệu tính đến ngày 21/6/2027", null);
        assertThat(errors(future, request(null))).containsExactly("import.problem.dataDateFutureInFile");
        // The user's word over the file's: a right date typed fixes a wrong one written.
        assertThat(errors(future, request(DATA_DATE))).isEmpty();
    }

    @Test
    void aCompletionAfterTheDataDateIsAnErrorInTheFile() throws Exception {
        Object[] late = {"1", "Ban hành Kế hoạch cải cách hành chính năm 2023", "Bộ Nội vụ", null, "Tháng 1/2023",
                "Đã hoàn thành", LocalDate.of(2023, 7, 2)};
        Path file = DataDateWorkbook.write(folder.resolve("sau-ngay.xlsx"), DataDateWorkbook.TITLE_LINE, late);
        PlanImport read = context.planImport().dryRun(file, request(null));
        assertThat(read.preview().problems()).filteredOn(ImportProblem::isError).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.problem.completedAfterDataDate");
            assertThat(p.args()).containsExactly("2023-07-02", "2023-06-21");
            assertThat(p.row()).isEqualTo(8);
            assertThat(p.column()).isEqualTo("G");
        });
    }

    @Test
    void aPlanAppendixWithoutProgressColumnsNeedsNoDataDate() {
        PlanImport read = context.planImport().dryRun(PlanImportServiceTest.FILES.resolve("ke-hoach-2023.xlsx"),
                request(TestClock.TODAY.plusYears(1)));
        assertThat(read.preview().importable()).isTrue();
        assertThat(read.preview().dataDate()).isNull();
    }

    List<String> errors(Path file, ImportRequest request) {
        return context.planImport().dryRun(file, request).preview().problems().stream()
                .filter(ImportProblem::isError).map(ImportProblem::messageKey).toList();
    }
}

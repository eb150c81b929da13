package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.EnumSet;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.report.Report;
import vn.cchc.dashboard.report.ReportFormat;
import vn.cchc.dashboard.report.ReportPart;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.domain.imports.DeadlineAnswer;
import vn.cchc.dashboard.domain.imports.ImportPreview;
import vn.cchc.dashboard.excel.fixtures.PlanRows;
import vn.cchc.dashboard.excel.fixtures.ProvincePlan2025;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/**
 * A province's plan appendix as offices send it – merged two-row header, Roman section rows, abbreviated unit names,
 * "Trong năm" and the other wordings of real plans – imports whole, from Excel and from Word alike; a wording nobody
 * can read waits for the user's word on it, and nothing is written until the whole file is accepted.
 */
@Tag(TestDatabase.TAG)
class RealPlanFilesTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

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

    static ImportRequest request(List<DeadlineAnswer> answers) {
        return new ImportRequest(null, null, null, year -> "Kế hoạch cải cách hành chính năm " + year, List.of(), answers);
    }

    Path write(String format, List<PlanRows.Row> rows) throws Exception {
        Path file = folder.resolve("ke-hoach-2025." + format);
        return switch (format) {
            case "xlsx" -> ProvincePlan2025.xlsx(file, rows);
            case "ods" -> ProvincePlan2025.ods(file, rows);
            default -> ProvincePlan2025.docx(file, rows);
        };
    }

    @ParameterizedTest(name = "from .{0}")
    @ValueSource(strings = {"xlsx", "docx", "ods"})
    void theWholeAppendixImportsWithEveryDeadlineUnderstood(String format) throws Exception {
        Path file = write(format, ProvincePlan2025.rows());
        PlanImport dryRun = context.planImport().dryRun(file, request(List.of()));
        assertThat(dryRun.year()).isEqualTo(2025);
        assertThat(dryRun.preview().errors()).as("errors: %s", dryRun.preview().problems()).isZero();
        assertThat(dryRun.preview().byArea()).containsExactlyEntriesOf(ProvincePlan2025.TASKS_BY_AREA);
        assertThat(dryRun.preview().deadlines()).isEmpty();

        PlanImport imported = context.planImport().commit(file, request(List.of()));
        List<Task> tasks = context.plans().snapshot(imported.plan()).tasks();
        assertThat(tasks).hasSize(ProvincePlan2025.TASKS);
        assertThat(tasks.stream().filter(Task::recurring)).hasSize(ProvincePlan2025.RECURRING);
        assertThat(tasks.stream().filter(Task::hasNoFixedDeadline)).hasSize(ProvincePlan2025.NO_FIXED_DEADLINE)
                .allSatisfy(t -> assertThat(t.deadlineText()).isIn("Theo tiến độ của Trung ương", "Khi có yêu cầu"));
        assertThat(tasks.stream().filter(t -> "Trong năm".equals(t.deadlineText())))
                .hasSize(4).allSatisfy(t -> assertThat(t.dueDate()).isEqualTo(LocalDate.of(2025, 12, 31)));
        assertThat(tasks.stream().filter(t -> "Quý II, IV".equals(t.deadlineText())))
                .allSatisfy(t -> assertThat(t.dueDate()).isEqualTo(LocalDate.of(2025, 12, 31)));
        assertThat(tasks.stream().filter(t -> "Chậm nhất 30/9".equals(t.deadlineText())))
                .allSatisfy(t -> assertThat(t.dueDate()).isEqualTo(LocalDate.of(2025, 9, 30)));
    }

    @Test
    void aTaskWithNoFixedDeadlineIsNeverOverdueNorDue() throws Exception {
        PlanImport imported = context.planImport().commit(write("xlsx", ProvincePlan2025.rows()), request(List.of()));
        PlanSnapshot snapshot = context.plans().snapshot(imported.plan());
        List<TaskState> yearEnd = snapshot.states(LocalDate.of(2026, 3, 1));
        assertThat(yearEnd).filteredOn(s -> s.task().hasNoFixedDeadline())
                .hasSize(ProvincePlan2025.NO_FIXED_DEADLINE)
                .allSatisfy(s -> assertThat(s.category()).isEqualTo(DeadlineCategory.NOT_STARTED));
        assertThat(yearEnd).filteredOn(s -> s.category() == DeadlineCategory.OVERDUE)
                .hasSize(ProvincePlan2025.TASKS - ProvincePlan2025.RECURRING - ProvincePlan2025.NO_FIXED_DEADLINE);
    }

    /** Every screen's figures and the report of a plan with tasks that have no fixed deadline, as a user would ask. */
    @Test
    void theOverviewTheLaggingListAndTheReportTakeTasksWithNoFixedDeadline() throws Exception {
        Plan plan = context.planImport().commit(write("xlsx", ProvincePlan2025.rows()), request(List.of())).plan();
        LocalDate asOf = LocalDate.of(2025, 12, 31);
        assertThat(context.plans().overview(plan, asOf, null, 60)).isNotNull();
        assertThat(context.plans().lagging(plan, asOf, LaggingPolicy.DEFAULT, 60, false).units())
                .filteredOn(u -> u.unit().name().equals("Công an tỉnh")).singleElement()
                .satisfies(u -> assertThat(u.overdue()).isPositive());
        assertThat(context.plans().summary(plan, asOf).overall().planned()).isEqualTo(ProvincePlan2025.TASKS);
        ReportService reports = context.reports();
        Report report = reports.build(new ReportService.Request(plan, ReportPeriod.parse("2025").orElseThrow(), asOf,
                EnumSet.allOf(ReportPart.class), Language.VI));
        for (ReportFormat format : ReportFormat.values()) {
            Path file = folder.resolve("bao-cao." + format.name().toLowerCase(java.util.Locale.ROOT));
            reports.write(report, format, file);
            assertThat(file).isNotEmptyFile();
        }
    }

    @Test
    void aWordingNobodyCanReadWaitsForTheUsersWordAndThenAppliesToEveryCellWrittenSo() throws Exception {
        Path file = write("xlsx", ProvincePlan2025.rows("Khi có yêu cầu", "Theo KH của tỉnh"));
        String before = DatabaseFingerprint.of(context);

        ImportPreview refused = context.planImport().dryRun(file, request(List.of())).preview();
        assertThat(refused.importable()).isFalse();
        assertThat(refused.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.written()).isEqualTo("Theo KH của tỉnh");
            assertThat(d.cells()).isEqualTo(4);
            assertThat(d.meaning()).isNull();
        });
        assertThat(refused.problems()).filteredOn(p -> p.messageKey().equals("import.problem.deadlineUnreadable"))
                .hasSize(4).allSatisfy(p -> assertThat(p.args()).containsExactly("2025"));
        assertThatThrownBy(() -> context.planImport().commit(file, request(List.of())))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(DatabaseFingerprint.of(context)).isEqualTo(before);

        List<DeadlineAnswer> answers = List.of(new DeadlineAnswer("theo kh của  TỈNH", "Không có thời hạn cố định"));
        ImportPreview answered = context.planImport().dryRun(file, request(answers)).preview();
        assertThat(answered.importable()).isTrue();
        assertThat(answered.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.answered()).isTrue();
            assertThat(d.meaning().hasNoFixedDeadline()).isTrue();
        });
        PlanImport imported = context.planImport().commit(file, request(answers));
        List<Task> settled = context.plans().snapshot(imported.plan()).tasks().stream()
                .filter(t -> t.deadlineText().startsWith("Theo KH")).toList();
        assertThat(settled).hasSize(4).allSatisfy(t -> {
            assertThat(t.deadlineText()).isEqualTo("Theo KH của tỉnh (Không có thời hạn cố định)");
            assertThat(t.dueDate()).isNull();
        });
    }

    @Test
    void anImpossibleDateCanBePutRightAndTheCorrectedDayIsKept() throws Exception {
        Path file = write("docx", ProvincePlan2025.rows("Chậm nhất 30/9", "31/9/2025"));
        ImportPreview refused = context.planImport().dryRun(file, request(List.of())).preview();
        assertThat(refused.problems()).filteredOn(p -> p.messageKey().equals("import.problem.deadlineImpossible")).hasSize(4);

        List<DeadlineAnswer> answers = List.of(DeadlineAnswer.parse("31/9/2025=30/9/2025"));
        PlanImport imported = context.planImport().commit(file, request(answers));
        List<Task> tasks = context.plans().snapshot(imported.plan()).tasks();
        assertThat(tasks).noneMatch(t -> t.deadlineText().contains("31/9"));
        // The four corrected cells, and the four the Word file writes as 30/9/2025 itself.
        assertThat(tasks.stream().filter(t -> "30/9/2025".equals(t.deadlineText())).map(Task::dueDate)
                .collect(Collectors.toList())).hasSize(8).containsOnly(LocalDate.of(2025, 9, 30));
    }

    @Test
    void anAnswerThatCannotBeReadItselfIsAnErrorAtEachCell() throws Exception {
        Path file = write("xlsx", ProvincePlan2025.rows("Khi có yêu cầu", "Theo KH của tỉnh"));
        ImportPreview preview = context.planImport().dryRun(file,
                request(List.of(DeadlineAnswer.parse("Theo KH của tỉnh=sớm")))).preview();
        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).filteredOn(p -> p.messageKey().equals("import.problem.deadlineAnswerUnreadable"))
                .hasSize(4).allSatisfy(p -> assertThat(p.args()).containsExactly("sớm", "2025"));
        assertThat(preview.tasks().stream().collect(Collectors.groupingBy(t -> t.row().areaCode(), Collectors.counting())))
                .hasSize(7);
        ImportPreview lastYear = context.planImport().dryRun(file,
                request(List.of(DeadlineAnswer.parse("Theo KH của tỉnh=31/12/2024")))).preview();
        assertThat(lastYear.problems()).filteredOn(p -> p.messageKey().equals("import.problem.deadlineBeforePlan"))
                .as("an answer before the plan's year is a mistake like a cell's").hasSize(4);
    }
}

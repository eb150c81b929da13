package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskDraftTest {

    static final Plan PLAN = new Plan(7, 2026, "KH 2026", null, null, PlanScope.PROVINCE, "NQ76", false, false);
    static final List<ReformArea> AREAS = List.of(new ReformArea("NQ76", "TTHC", "Cải cách thủ tục hành chính", "Procedures", 3));
    static final List<Unit> UNITS = List.of(
            new Unit(1, "Sở Nội vụ", null, UnitKind.DEPARTMENT, null, null, null),
            new Unit(2, "Sở Kế hoạch và Đầu tư", null, UnitKind.DEPARTMENT, null, LocalDate.of(2025, 2, 28), 3L));

    @ParameterizedTest(name = "{0} | {1} | {2} | {3} | {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            III.9 | TTHC | Rà soát thủ tục | 1    | Quý II/2026 | ''
            null  | TTHC | Rà soát thủ tục | 1    | Quý II/2026 | code:task.problem.required
            iii.1 | TTHC | Rà soát thủ tục | 1    | Quý II/2026 | code:task.problem.duplicateCode
            III.9 | TTHC | '   '           | 1    | Quý II/2026 | title:task.problem.required
            III.9 | XYZ  | Rà soát thủ tục | 1    | Quý II/2026 | area:task.problem.area
            III.9 | TTHC | Rà soát thủ tục | null | Quý II/2026 | lead:task.problem.lead
            III.9 | TTHC | Rà soát thủ tục | 2    | Quý II/2026 | lead:task.problem.leadGone
            III.9 | TTHC | Rà soát thủ tục | 1    | Sớm         | deadline:task.problem.deadlineUnreadable
            III.9 | TTHC | Rà soát thủ tục | 1    | 31/02/2026  | deadline:task.problem.deadlineImpossible
            III.9 | TTHC | Rà soát thủ tục | 1    | 30/6/2025   | deadline:task.problem.deadlineBeforePlan
            III.9 | TTHC | Rà soát thủ tục | 1    | null        | deadline:task.problem.required
            """)
    void eachProblemNamesItsField(String code, String area, String title, Long lead, String deadline, String expected) {
        TaskDraft draft = new TaskDraft(code, area, title, lead, null, "Báo cáo", deadline);
        String found = String.join(",", draft.problems(PLAN, AREAS, UNITS, List.of("III.1", "III.2")).stream()
                .map(p -> p.field() + ":" + p.messageKey()).toList());
        assertThat(found).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Quý II/2026, 2026-06-30, false", "Thường xuyên, 2026-12-31, true"})
    void aValidDraftBecomesATaskWithItsDueDate(String deadline, LocalDate due, boolean recurring) {
        Task task = new TaskDraft("III.9", "TTHC", "Rà soát", 1L, null, null, deadline).toTask(0, PLAN, 5, List.of());
        assertThat(task.dueDate()).isEqualTo(due);
        assertThat(task.recurring()).isEqualTo(recurring);
        assertThat(task.planId()).isEqualTo(7);
    }
}

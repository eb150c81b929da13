package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarryOverTest {

    static final Plan PLAN_2025 = new Plan(1, 2025, "KH 2025", null, null, PlanScope.PROVINCE, "NQ76", false, false);
    static final Unit TTTT = new Unit(2, "Sở Thông tin và Truyền thông", null, UnitKind.DEPARTMENT, null,
            LocalDate.of(2025, 2, 28), 3L);
    static final Unit KHCN = new Unit(3, "Sở Khoa học và Công nghệ", null, UnitKind.DEPARTMENT, null, null, null);
    static final Unit NOI_VU = new Unit(1, "Sở Nội vụ", null, UnitKind.DEPARTMENT, null, null, null);

    static Task task(long id, long lead, String deadline, boolean recurring) {
        DueDate due = DeadlineText.parse(deadline, 2025);
        return new Task(id, 1, "VII." + id, "CPS", "Nhiệm vụ " + id, lead, List.of(), null, "Báo cáo", deadline,
                due.date(), recurring, (int) id);
    }

    @Test
    void onlyUnfinishedDatedTasksGoOnLedByTheUnitsOfTheNewYear() {
        PlanSnapshot previous = new PlanSnapshot(PLAN_2025, List.of(), List.of(NOI_VU, TTTT, KHCN),
                List.of(task(1, 2, "Quý II/2025", false), task(2, 1, "30/9/2025", false), task(3, 1, "Thường xuyên", true),
                        task(4, 1, "Quý IV", false)),
                List.of(new ProgressUpdate(10, 2, LocalDate.of(2025, 9, 1), TaskStatus.COMPLETED, 100, null, null, "CV",
                        Instant.parse("2025-09-01T02:00:00Z"), null)));
        List<TaskDraft> drafts = CarryOver.unfinished(previous, 2026, List.of(NOI_VU, TTTT, KHCN));
        assertThat(drafts).extracting(TaskDraft::code).containsExactly("VII.1", "VII.4");
        assertThat(drafts.get(0).leadUnitId()).as("the merged department's successor").isEqualTo(3L);
        assertThat(drafts.get(0).deadlineText()).isEqualTo("Quý II/2026");
        assertThat(drafts.get(1).deadlineText()).isEqualTo("Quý IV");
        assertThat(DeadlineText.parse(drafts.get(1).deadlineText(), 2026).date()).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}

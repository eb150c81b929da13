package vn.cchc.dashboard.app;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchc.dashboard.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanDraft;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.testing.TestClock;

@Tag(TestDatabase.TAG)
class PlanEditorTest {

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

    @Test
    void aNewYearsPlanCarriesLastYearsUnfinishedTasksToTodaysUnits() {
        PlanSnapshot year2026 = context.plans().snapshot(context.plans().planFor(2026));
        long unfinished = year2026.states(LocalDate.of(2026, 12, 31)).stream()
                .filter(s -> !s.isCompleted() && !s.task().recurring()).count();

        Plan year2027 = context.planEditor().create(new PlanDraft(2027, "Kế hoạch cải cách hành chính năm 2027",
                "150/KH-UBND", LocalDate.of(2026, 12, 18), true));

        assertThat(year2027.programmeCode()).isEqualTo("NQ76");
        PlanSnapshot carried = context.plans().snapshot(year2027);
        assertThat(carried.tasks()).hasSize((int) unfinished).isNotEmpty();
        assertThat(carried.tasks()).allMatch(t -> t.dueDate().getYear() == 2027);
        assertThat(carried.units()).allMatch(u -> u.existsOn(LocalDate.of(2027, 1, 1)));
        assertThat(context.plans().planFor(2027)).isEqualTo(year2027);
    }

    @Test
    void lastYearsMergedDepartmentsHandTheirTasksToTheirSuccessors() {
        Plan year2026 = context.planEditor().create(new PlanDraft(2026, "Kế hoạch bổ sung năm 2026", null, null, true));
        PlanSnapshot carried = context.plans().snapshot(year2026);
        assertThat(carried.tasks()).isNotEmpty();
        assertThat(carried.units()).extracting(Unit::name)
                .doesNotContain("Sở Thông tin và Truyền thông", "Sở Kế hoạch và Đầu tư", "UBND huyện An Phú");
    }

    @Test
    void aPlanWithProblemsIsNotCreated() {
        int plans = context.plans().plans().size();
        assertThatThrownBy(() -> context.planEditor().create(new PlanDraft(2031, " ", null, LocalDate.of(2032, 1, 5), false)))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactly("plan.problem.noProgramme", "task.problem.required", "plan.problem.documentDate"));
        assertThat(context.plans().plans()).hasSize(plans);
    }

    @Test
    void anArchivedPlanIsOfferedAfterTheOthers() {
        Plan current = context.plans().planFor(2026);
        context.planEditor().archive(current);
        assertThat(context.plans().planFor(null).year()).isEqualTo(2025);
        assertThat(context.plans().overview(current, TestClock.TODAY, null, 60).select(TaskSelection.ALL)).isNotEmpty();
    }
}

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
import vn.cchc.dashboard.domain.AuditAction;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitDraft;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.testing.TestClock;

@Tag(TestDatabase.TAG)
class UnitServiceTest {

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

    Unit unit(String name) {
        return context.units().units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aUnitIsAddedRenamedAndADuplicateNameRefused() {
        Unit added = context.units().save(null, new UnitDraft("UBND xã Hòa Lạc", null, UnitKind.COMMUNE,
                LocalDate.of(2025, 7, 1), null));
        assertThatThrownBy(() -> context.units().save(null, new UnitDraft("ubnd xa  hoa lac", null, UnitKind.COMMUNE, null, null)))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("unit.problem.duplicate"));
        Unit renamed = context.units().save(added, new UnitDraft("UBND phường Hòa Lạc", "P. Hòa Lạc", UnitKind.COMMUNE,
                LocalDate.of(2025, 7, 1), null));
        assertThat(unit("UBND phường Hòa Lạc").shortName()).isEqualTo("P. Hòa Lạc");
        assertThat(renamed.id()).isEqualTo(added.id());
    }

    @Test
    void aMergerEndsTheUnitAndHandsItsOpenTasksToTheSuccessorOnly() {
        Unit justice = unit("Sở Tư pháp");
        Unit home = unit("Sở Nội vụ");
        LocalDate date = LocalDate.of(2026, 12, 1);
        PlanSnapshot before = context.plans().snapshot(context.plans().planFor(2026));
        long open = before.states(date).stream()
                .filter(s -> s.task().leadUnitId() == justice.id() && (!s.isCompleted() || s.task().recurring())).count();
        long done = before.states(date).stream()
                .filter(s -> s.task().leadUnitId() == justice.id() && s.isCompleted() && !s.task().recurring()).count();
        long lastYear = context.plans().snapshot(context.plans().planFor(2025)).tasks().stream()
                .filter(t -> t.leadUnitId() == justice.id()).count();

        int moved = context.units().merge(justice, home, date, true);

        assertThat(moved).isEqualTo((int) open).isPositive();
        Unit ended = unit("Sở Tư pháp");
        assertThat(ended.validTo()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(ended.successorId()).isEqualTo(home.id());
        PlanSnapshot after = context.plans().snapshot(context.plans().planFor(2026));
        assertThat(after.tasks().stream().filter(t -> t.leadUnitId() == justice.id()).count())
                .as("completed tasks stay with the unit that did them; recurring work goes on with the successor")
                .isEqualTo(done);
        assertThat(context.plans().snapshot(context.plans().planFor(2025)).tasks().stream()
                .filter(t -> t.leadUnitId() == justice.id()).count()).as("history stays as it was").isEqualTo(lastYear);
        TaskState movedTask = after.states(date).stream().filter(s -> s.task().leadUnitId() == home.id())
                .filter(s -> context.tasks().history(s.task().id()).entries().stream()
                        .anyMatch(e -> "lead".equals(e.field()))).findFirst().orElseThrow();
        assertThat(context.tasks().history(movedTask.task().id()).entries()).anyMatch(e -> e.action() == AuditAction.TASK_CHANGED
                && "lead".equals(e.field()) && "Sở Tư pháp".equals(e.oldValue()) && "Sở Nội vụ".equals(e.newValue()));
    }

    @Test
    void aUnitWithTasksOrHistoryIsNotDeletedButAMistakeIs() {
        Unit home = unit("Sở Nội vụ");
        assertThatThrownBy(() -> context.units().delete(home))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("unit.problem.inUse"));
        assertThat(context.units().units()).contains(home);
        Unit typo = context.units().save(null, new UnitDraft("Sở Nội vu (gõ nhầm)", null, UnitKind.DEPARTMENT, null, null));
        context.units().delete(typo);
        assertThat(context.units().units()).doesNotContain(typo);
    }

    @Test
    void aUnitCannotMergeIntoItself() {
        Unit home = unit("Sở Nội vụ");
        assertThatThrownBy(() -> context.units().merge(home, home, LocalDate.of(2026, 12, 1), true))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("unit.problem.selfMerge"));
    }
}

package vn.cchc.dashboard.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.dashboard.domain.AuditAction;
import vn.cchc.dashboard.domain.AuditEntry;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitDraft;
import vn.cchc.dashboard.store.Store;

/**
 * The list of units, and what happens to it: a new unit, a renamed one, a merger. A merged unit keeps its
 * record and its history; it only ends, and names its successor.
 */
public final class UnitService {

    private final Store store;
    private final Clock clock;
    private final AppSettings settings;

    public UnitService(Store store, Clock clock, AppSettings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    public List<Unit> units() {
        return store.database().inTransaction(store.units()::findAll);
    }

    /** Adds a unit, or saves an existing one ({@code before} non-null), all or nothing. */
    public Unit save(Unit before, UnitDraft draft) {
        return store.database().inTransaction(c -> {
            List<Unit> others = store.units().findAll(c).stream().filter(u -> before == null || u.id() != before.id()).toList();
            List<FieldProblem> problems = draft.problems(others);
            if (!problems.isEmpty()) {
                throw new InvalidDraftException(problems);
            }
            if (before == null) {
                long id = store.units().insert(c, draft.toUnit(0, null));
                return draft.toUnit(id, null);
            }
            Unit after = draft.toUnit(before.id(), before.successorId());
            store.units().update(c, after);
            return after;
        });
    }

    /**
     * Deletes a unit nothing refers to (a mistake just made). A unit that leads or cooperates on tasks, or
     * succeeds another, is history: it is refused with one sentence – end it or merge it instead.
     */
    public void delete(Unit unit) {
        store.database().inTransaction(c -> {
            if (store.units().references(c, unit.id()) > 0) {
                throw AppException.invalidInput("unit.problem.inUse", unit.name());
            }
            store.units().delete(c, unit.id());
            return null;
        });
    }

    /**
     * Merges {@code merged} into {@code successor} from {@code date}: the merged unit ends the day before and
     * names its successor. With {@code reassignOpenTasks}, the tasks it leads that are not completed on that
     * day, in plans of that year or later, are led by the successor – each change in the audit trail.
     *
     * @return how many tasks were reassigned
     */
    public int merge(Unit merged, Unit successor, LocalDate date, boolean reassignOpenTasks) {
        if (merged.id() == successor.id()) {
            throw AppException.invalidInput("unit.problem.selfMerge");
        }
        if (merged.validFrom() != null && !date.isAfter(merged.validFrom())) {
            throw AppException.invalidInput("unit.problem.mergeBeforeStart");
        }
        String user = settings.userName();
        Instant now = clock.instant();
        return store.database().inTransaction(c -> {
            store.units().update(c, new Unit(merged.id(), merged.name(), merged.shortName(), merged.kind(),
                    merged.validFrom(), date.minusDays(1), successor.id()));
            if (!reassignOpenTasks) {
                return 0;
            }
            int moved = 0;
            for (Plan plan : store.plans().findAll(c)) {
                if (plan.year() < date.getYear() || plan.archived()) {
                    continue;
                }
                PlanSnapshot snapshot = store.snapshot(c, plan.id()).orElseThrow();
                for (TaskState state : snapshot.states(date)) {
                    Task task = state.task();
                    // Recurring work goes on whatever was reported this year: the successor carries it.
                    if (task.leadUnitId() == merged.id() && (task.recurring() || !state.isCompleted())) {
                        store.tasks().update(c, new Task(task.id(), task.planId(), task.code(), task.areaCode(),
                                task.title(), successor.id(), task.cooperatingUnitIds(), task.cooperationText(),
                                task.expectedOutput(), task.deadlineText(), task.dueDate(), task.recurring(), task.sortOrder()));
                        store.audit().insert(c, new AuditEntry(0, now, user, AuditAction.TASK_CHANGED, plan.id(), task.id(),
                                null, "lead", merged.name(), successor.name()));
                        moved++;
                    }
                }
            }
            return moved;
        });
    }
}

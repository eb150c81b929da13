package vn.cchc.dashboard.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.dashboard.domain.AuditAction;
import vn.cchc.dashboard.domain.AuditEntry;
import vn.cchc.dashboard.domain.FieldChange;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskDraft;
import vn.cchc.dashboard.domain.TaskHistory;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.store.Store;
import java.util.ArrayList;
import java.util.Map;

/**
 * Changes to tasks as people make them: each one validated, saved at once in one transaction with its audit
 * entry, attributed to the user profile. Blocking: call it off the FX thread.
 */
public final class TaskService {

    private final Store store;
    private final Clock clock;
    private final AppSettings settings;
    private final TaskWriter writer;
    private final ProgressWriter progressWriter;

    public TaskService(Store store, Clock clock, AppSettings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.writer = new TaskWriter(store);
        this.progressWriter = new ProgressWriter(store);
    }

    /**
     * Records a progress update on {@code taskId}.
     *
     * @throws InvalidDraftException when the draft has problems (nothing is written)
     * @throws AppException          when the task no longer exists
     */
    public ProgressUpdate recordProgress(long taskId, ProgressDraft draft) {
        return recordProgress(List.of(taskId), draft).get(0);
    }

    /**
     * Records the same progress update on several tasks at once (a bulk update): all of them or none.
     *
     * @throws InvalidDraftException when the draft has problems (nothing is written)
     * @throws AppException          when one of the tasks no longer exists (nothing is written)
     */
    public List<ProgressUpdate> recordProgress(List<Long> taskIds, ProgressDraft draft) {
        return recordProgress(taskIds, draft, Map.of());
    }

    /**
     * As {@link #recordProgress(List, ProgressDraft)}, based on what the user saw: when another user (another
     * window, another computer on the shared server) recorded progress on one of the tasks since, nothing is
     * written and the user is told, rather than the newer update being silently overruled.
     *
     * @param seen the newest update id each task had when the user looked
     *             ({@link vn.cchc.dashboard.domain.PlanSnapshot#latestUpdateIds}); tasks missing from it are not checked
     * @throws AppException "error.progress.changedElsewhere" when a task has a newer update than {@code seen}
     */
    public List<ProgressUpdate> recordProgress(List<Long> taskIds, ProgressDraft draft, Map<Long, Long> seen) {
        String user = settings.userLabel();
        Instant now = clock.instant();
        return store.database().inTransaction(c -> progressWriter.underLock(c, taskIds, lock -> {
            List<ProgressUpdate> saved = new ArrayList<>();
            for (long taskId : taskIds) {
                long planId = store.tasks().planOf(c, taskId);
                Plan plan = planId < 0 ? null : store.plans().findById(c, planId).orElse(null);
                if (plan == null || !lock.holds(taskId)) {
                    throw AppException.invalidInput("error.task.gone");
                }
                Long expected = seen.get(taskId);
                if (expected != null && store.progress().latestId(c, taskId) != expected) {
                    throw AppException.invalidInput("error.progress.changedElsewhere",
                            store.tasks().findById(c, taskId).map(Task::code).orElse(String.valueOf(taskId)));
                }
                check(draft.problems(LocalDate.now(clock), plan.year()));
                ProgressUpdate update = new ProgressUpdate(0, taskId, draft.date(), draft.status(),
                        draft.effectivePercent(), draft.note(), draft.evidence(), user, now, null);
                saved.add(lock.insert(update, planId, AuditAction.PROGRESS_RECORDED, null));
            }
            return saved;
        }));
    }

    /**
     * Corrects a recorded update: a new update supersedes it (it is never changed), and the audit trail keeps
     * both sides.
     *
     * @throws InvalidDraftException when the correction has problems
     * @throws AppException          when the update is gone or was already corrected or withdrawn
     */
    public ProgressUpdate correctProgress(long updateId, ProgressDraft draft) {
        String user = settings.userLabel();
        Instant now = clock.instant();
        return store.database().inTransaction(c -> {
            ProgressUpdate target = target(c, updateId);
            return progressWriter.underLock(c, List.of(target.taskId()), lock -> {
                refuseSuperseded(c, target);
                long planId = store.tasks().planOf(c, target.taskId());
                Plan plan = store.plans().findById(c, planId).orElseThrow(() -> AppException.invalidInput("error.task.gone"));
                check(draft.problems(LocalDate.now(clock), plan.year()));
                ProgressUpdate correction = new ProgressUpdate(0, target.taskId(), draft.date(), draft.status(),
                        draft.effectivePercent(), draft.note(), draft.evidence(), user, now, target.id());
                return lock.insert(correction, planId, AuditAction.PROGRESS_CORRECTED, describe(target));
            });
        });
    }

    /**
     * Withdraws an update recorded by mistake: a withdrawal row supersedes it (it is never deleted), and the
     * task stands as it did before. Undo uses this.
     *
     * @throws AppException when the update is gone or was already corrected or withdrawn
     */
    public ProgressUpdate withdrawProgress(long updateId) {
        return withdrawProgress(List.of(updateId)).get(0);
    }

    /** Withdraws several updates (undoing a bulk update): all of them or none. */
    public List<ProgressUpdate> withdrawProgress(List<Long> updateIds) {
        String user = settings.userLabel();
        Instant now = clock.instant();
        return store.database().inTransaction(c -> {
            List<ProgressUpdate> targets = new ArrayList<>();
            for (long updateId : updateIds) {
                targets.add(target(c, updateId));
            }
            return progressWriter.underLock(c, targets.stream().map(ProgressUpdate::taskId).toList(), lock -> {
                List<ProgressUpdate> withdrawals = new ArrayList<>();
                for (ProgressUpdate target : targets) {
                    refuseSuperseded(c, target);
                    ProgressUpdate withdrawal = new ProgressUpdate(0, target.taskId(), target.asOf(), target.status(),
                            target.percent(), null, null, user, now, target.id(), true);
                    withdrawals.add(lock.insert(withdrawal, store.tasks().planOf(c, target.taskId()),
                            AuditAction.PROGRESS_CORRECTED, describe(target)));
                }
                return withdrawals;
            });
        });
    }

    /** The update to correct or withdraw. Updates are never changed, so it may be read before its task's lock. */
    private ProgressUpdate target(java.sql.Connection c, long updateId) throws java.sql.SQLException {
        return store.progress().findById(c, updateId).orElseThrow(() -> AppException.invalidInput("error.progress.gone"));
    }

    /**
     * Called under the task's lock: two users correcting the same update at once cannot both succeed; the second
     * finds it already superseded.
     */
    private void refuseSuperseded(java.sql.Connection c, ProgressUpdate target) throws java.sql.SQLException {
        if (target.withdrawal() || store.progress().isSuperseded(c, target.id())) {
            throw AppException.invalidInput("error.progress.alreadyWithdrawn");
        }
    }

    /**
     * Adds a task to {@code plan}, at the end of its list.
     *
     * @throws InvalidDraftException when the draft has problems (nothing is written)
     */
    public Task addTask(Plan plan, TaskDraft draft) {
        String user = settings.userLabel();
        Instant now = clock.instant();
        return store.database().inTransaction(c -> {
            List<Task> tasks = store.tasks().findByPlan(c, plan.id());
            List<Unit> units = store.units().findAll(c);
            check(draft.problems(plan, store.referenceData().areas(c, plan.programmeCode()), units,
                    tasks.stream().map(Task::code).toList()));
            int sortOrder = tasks.stream().mapToInt(Task::sortOrder).max().orElse(0) + 1;
            return writer.insert(c, plan, draft, sortOrder, units, user, now);
        });
    }

    /**
     * Saves an edited task, one audit entry per changed field.
     *
     * @param before the task as the form loaded it: if someone else changed it since, nothing is saved
     * @throws InvalidDraftException when the draft has problems
     * @throws AppException          when the task was changed or deleted elsewhere in the meantime
     */
    public Task updateTask(Task before, TaskDraft draft) {
        String user = settings.userLabel();
        Instant now = clock.instant();
        return store.database().inTransaction(c -> {
            Task current = currentOrFail(c, before);
            Plan plan = store.plans().findById(c, current.planId()).orElseThrow();
            List<Unit> units = store.units().findAll(c);
            check(draft.problems(plan, store.referenceData().areas(c, plan.programmeCode()), units,
                    store.tasks().findByPlan(c, plan.id()).stream().filter(t -> t.id() != current.id()).map(Task::code).toList()));
            Task after = draft.toTask(current.id(), plan, current.sortOrder(), current.cooperatingUnitIds());
            List<FieldChange> changes = FieldChange.between(current, after);
            if (changes.isEmpty()) {
                return current;
            }
            store.tasks().update(c, after);
            for (FieldChange change : changes) {
                FieldChange readable = change.field().equals("lead")
                        ? new FieldChange("lead", unitName(units, current.leadUnitId()), unitName(units, after.leadUnitId()))
                        : change;
                store.audit().insert(c, new AuditEntry(0, now, user, AuditAction.TASK_CHANGED, plan.id(), current.id(),
                        null, readable.field(), readable.before(), readable.after()));
            }
            return after;
        });
    }

    /**
     * Takes a task out of its plan. Its updates and audit trail stay.
     *
     * @throws AppException when the task was changed or deleted elsewhere in the meantime
     */
    public void deleteTask(Task before) {
        String user = settings.userLabel();
        Instant now = clock.instant();
        store.database().inTransaction(c -> {
            Task current = currentOrFail(c, before);
            store.tasks().delete(c, current.id());
            store.audit().insert(c, new AuditEntry(0, now, user, AuditAction.TASK_DELETED, current.planId(),
                    current.id(), null, null, current.code() + " " + current.title(), null));
            return null;
        });
    }

    /** Every unit, for choosing a lead unit; the form offers those that exist during the plan's year. */
    public List<Unit> units() {
        return store.database().inTransaction(store.units()::findAll);
    }

    private Task currentOrFail(java.sql.Connection c, Task before) throws java.sql.SQLException {
        Task current = store.tasks().findById(c, before.id())
                .orElseThrow(() -> AppException.invalidInput("error.task.gone"));
        if (!current.equals(before)) {
            throw AppException.invalidInput("error.task.changedElsewhere", current.code());
        }
        return current;
    }

    /** The audit trail names units, so that it reads without the database. */
    private static String unitName(List<Unit> units, long id) {
        return units.stream().filter(u -> u.id() == id).map(Unit::name).findFirst().orElse(String.valueOf(id));
    }

    private static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
    }

    /** The task's updates and audit trail, as they are now. */
    public TaskHistory history(long taskId) {
        return store.database().inTransaction(c -> new TaskHistory(taskId, store.progress().findByTask(c, taskId),
                store.audit().findByTask(c, taskId)));
    }

    private static String describe(ProgressUpdate update) {
        return ProgressWriter.describe(update);
    }
}

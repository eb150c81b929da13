package vn.cchc.dashboard.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.dashboard.domain.AuditAction;
import vn.cchc.dashboard.domain.AuditEntry;
import vn.cchc.dashboard.domain.Cooperation;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskDraft;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.store.Store;

/** Writes a new task with its audit entry, within the caller's transaction: one way for every new task. */
final class TaskWriter {

    private final Store store;

    TaskWriter(Store store) {
        this.store = store;
    }

    /** Inserts a draft without problems as the plan's task number {@code sortOrder}; returns it as stored. */
    Task insert(Connection c, Plan plan, TaskDraft draft, int sortOrder, List<Unit> units, String user, Instant now)
            throws SQLException {
        List<Long> cooperating = Cooperation.unitsNamedIn(draft.cooperationText(), units, LocalDate.of(plan.year(), 1, 1),
                draft.leadUnitId());
        long id = insertAll(c, plan, List.of(draft.toTask(0, plan, sortOrder, cooperating)), user, now).get(0);
        return store.tasks().findById(c, id).orElseThrow();
    }

    /**
     * Inserts {@code tasks} of {@code plan} (their ids are ignored; an import knows their cooperating units already)
     * with one audit entry each, in batches; returns the new ids.
     */
    List<Long> insertAll(Connection c, Plan plan, List<Task> tasks, String user, Instant now) throws SQLException {
        List<Long> ids = store.tasks().insertAll(c, tasks);
        List<AuditEntry> created = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            created.add(new AuditEntry(0, now, user, AuditAction.TASK_CREATED, plan.id(), ids.get(i), null, null, null,
                    task.code() + " " + task.title()));
        }
        store.audit().insertAll(c, created);
        return ids;
    }
}

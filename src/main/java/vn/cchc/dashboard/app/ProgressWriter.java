package vn.cchc.dashboard.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.cchc.dashboard.domain.AuditAction;
import vn.cchc.dashboard.domain.AuditEntry;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.store.Store;

/**
 * Writes progress updates with their audit entries, within the caller's transaction: one way for every update.
 * <p>
 * Updates of existing tasks – saved in the window, imported from a returned form, recorded by the command line –
 * are written only through {@link #underLock}: the tasks' row locks first, then the check, then the insert. Two
 * writers on the same task therefore never both decide from the same state; the second waits for the first to
 * commit and then sees its update (two imports of one form both recorded theirs in 4 of 9 rounds when the import
 * checked without the lock).
 */
final class ProgressWriter {

    private final Store store;

    ProgressWriter(Store store) {
        this.store = store;
    }

    /** What a writer does under the tasks' locks: reads what the tasks hold only now, and records through the lock. */
    @FunctionalInterface
    interface LockedWork<T> {
        T apply(Locked lock) throws SQLException;
    }

    /**
     * Takes the row locks of {@code taskIds} (in id order, so that two writers sharing tasks never wait on each
     * other in a circle), then runs {@code work}, which checks what the tasks hold now and records through the
     * {@link Locked} it is given. The locks last until the caller's transaction ends.
     */
    <T> T underLock(Connection c, Collection<Long> taskIds, LockedWork<T> work) throws SQLException {
        Set<Long> existing = new HashSet<>();
        for (long taskId : new TreeSet<>(taskIds)) {
            if (store.tasks().lockForProgress(c, taskId)) {
                existing.add(taskId);
            }
        }
        return work.apply(new Locked(c, existing));
    }

    /** The tasks locked by {@link #underLock}, and the only way to record an update of one of them. */
    final class Locked {

        private final Connection c;
        private final Set<Long> taskIds;

        private Locked(Connection c, Set<Long> taskIds) {
            this.c = c;
            this.taskIds = taskIds;
        }

        /** True when the task's row is locked: it exists (deleted tasks too: their history can still be corrected). */
        boolean holds(long taskId) {
            return taskIds.contains(taskId);
        }

        /** Inserts {@code update} and its audit entry; returns it as stored. */
        ProgressUpdate insert(ProgressUpdate update, long planId, AuditAction action, String oldValue)
                throws SQLException {
            if (!holds(update.taskId())) {
                // A write without its task's lock is exactly the race this class exists to prevent.
                throw new IllegalStateException("progress of task " + update.taskId() + " written without its lock");
            }
            long id = store.progress().insert(c, update);
            store.audit().insert(c, audit(update, id, planId, action, oldValue));
            return stored(update, id);
        }
    }

    /**
     * Inserts updates of tasks created in the same transaction (a plan import's progress columns), with their audit
     * entries, in batches; returns them as stored. No other writer can see those tasks yet, so there is nothing to lock.
     */
    List<ProgressUpdate> insertAll(Connection c, List<ProgressUpdate> updates, long planId, AuditAction action)
            throws SQLException {
        List<Long> ids = store.progress().insertAll(c, updates);
        List<AuditEntry> entries = new ArrayList<>(updates.size());
        List<ProgressUpdate> stored = new ArrayList<>(updates.size());
        for (int i = 0; i < updates.size(); i++) {
            entries.add(audit(updates.get(i), ids.get(i), planId, action, null));
            stored.add(stored(updates.get(i), ids.get(i)));
        }
        store.audit().insertAll(c, entries);
        return stored;
    }

    private static AuditEntry audit(ProgressUpdate update, long id, long planId, AuditAction action, String oldValue) {
        return new AuditEntry(0, update.enteredAt(), update.enteredBy(), action, planId, update.taskId(), id, null,
                oldValue, update.withdrawal() ? "withdrawn" : describe(update));
    }

    private static ProgressUpdate stored(ProgressUpdate update, long id) {
        return new ProgressUpdate(id, update.taskId(), update.asOf(), update.status(), update.percent(), update.note(),
                update.evidence(), update.enteredBy(), update.enteredAt(), update.supersedesId(), update.withdrawal());
    }

    /** The audit trail's own words for an update: plain, so that an exported log reads without the app. */
    static String describe(ProgressUpdate update) {
        StringBuilder text = new StringBuilder()
                .append(update.asOf()).append(' ').append(update.status()).append(' ').append(update.percent()).append('%');
        if (update.evidence() != null) {
            text.append(" · ").append(update.evidence());
        }
        if (update.note() != null) {
            text.append(" · ").append(update.note());
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
    }
}

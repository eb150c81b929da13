package vn.cchc.dashboard.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.dashboard.domain.AuditAction;
import vn.cchc.dashboard.domain.AuditEntry;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.store.Store;

/** Writes a progress update with its audit entry, within the caller's transaction: one way for every update. */
final class ProgressWriter {

    private final Store store;

    ProgressWriter(Store store) {
        this.store = store;
    }

    /** Inserts {@code update} and its audit entry; returns it as stored. */
    ProgressUpdate insert(Connection c, ProgressUpdate update, long planId, AuditAction action, String oldValue)
            throws SQLException {
        long id = store.progress().insert(c, update);
        store.audit().insert(c, audit(update, id, planId, action, oldValue));
        return stored(update, id);
    }

    /** Inserts new updates of {@code planId}'s tasks with their audit entries, in batches; returns them as stored. */
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

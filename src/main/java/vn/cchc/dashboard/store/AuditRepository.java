package vn.cchc.dashboard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.cchc.dashboard.domain.AuditAction;
import vn.cchc.dashboard.domain.AuditEntry;

/** The audit trail: only ever added to, read per task or as a whole. */
public final class AuditRepository {

    private static final String COLUMNS =
            "id, occurred_at, user_name, action, plan_id, task_id, update_id, field, old_value, new_value";

    /** Adds {@code entry} (its id is ignored) within the caller's transaction and returns the new id. */
    public long insert(Connection c, AuditEntry entry) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO audit_entry (occurred_at, user_name, action, plan_id, task_id, update_id,"
                        + " field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.occurredAt(), entry.user(), entry.action(), entry.planId(), entry.taskId(), entry.updateId(),
                entry.field(), entry.oldValue(), entry.newValue());
    }

    /** A task's entries, oldest first. */
    public List<AuditEntry> findByTask(Connection c, long taskId) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM audit_entry WHERE task_id = ? ORDER BY occurred_at, id",
                AuditRepository::map, taskId);
    }

    private static AuditEntry map(ResultSet r) throws SQLException {
        return new AuditEntry(r.getLong("id"), Jdbc.instant(r, "occurred_at"), r.getString("user_name"),
                AuditAction.valueOf(r.getString("action")), Jdbc.nullableLong(r, "plan_id"),
                Jdbc.nullableLong(r, "task_id"), Jdbc.nullableLong(r, "update_id"), r.getString("field"),
                r.getString("old_value"), r.getString("new_value"));
    }
}

package vn.cchc.dashboard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.dashboard.domain.AuditAction;
import vn.cchc.dashboard.domain.AuditEntry;
import vn.cchc.dashboard.domain.AuditLine;
import vn.cchc.dashboard.domain.ProgressUpdate;

/** The audit trail: only ever added to, read per task or as a whole. */
public final class AuditRepository {

    private final ProgressRepository progress = new ProgressRepository();
    private final java.util.function.Supplier<String> login;

    /**
     * @param login the session's login, recorded with every entry added: on the shared server the authenticated
     *              login, which the server's policy checks (a row naming another login is refused)
     */
    AuditRepository(java.util.function.Supplier<String> login) {
        this.login = login;
    }

    private static final String COLUMNS =
            "id, occurred_at, user_name, action, plan_id, task_id, update_id, field, old_value, new_value";

    private static final String INSERT = "INSERT INTO audit_entry (occurred_at, user_name, action, plan_id, task_id,"
            + " update_id, field, old_value, new_value, login_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Adds {@code entry} (its id is ignored) within the caller's transaction and returns the new id. */
    public long insert(Connection c, AuditEntry entry) throws SQLException {
        return Jdbc.insert(c, INSERT, values(entry));
    }

    /** Inserts many entries (their ids are ignored) in JDBC batches. */
    public void insertAll(Connection c, List<AuditEntry> entries) throws SQLException {
        Jdbc.updateAll(c, INSERT, entries.stream().map(this::values).toList());
    }

    private Object[] values(AuditEntry entry) {
        return new Object[] {entry.occurredAt(), entry.user(), entry.action(), entry.planId(), entry.taskId(),
                entry.updateId(), entry.field(), entry.oldValue(), entry.newValue(), login.get()};
    }

    /** A task's entries, oldest first. */
    public List<AuditEntry> findByTask(Connection c, long taskId) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM audit_entry WHERE task_id = ? ORDER BY occurred_at, id",
                AuditRepository::map, taskId);
    }

    /**
     * The trail of one plan, newest first, with each entry's task code and title; at most {@code limit} lines.
     */
    public List<AuditLine> findByPlan(Connection c, long planId, int limit) throws SQLException {
        Map<Long, String> logins = new HashMap<>();
        List<AuditEntry> entries = Jdbc.query(c, "SELECT " + COLUMNS + ", login_name FROM audit_entry WHERE plan_id = ?"
                + " ORDER BY occurred_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY", r -> {
                    AuditEntry entry = map(r);
                    logins.put(entry.id(), r.getString("login_name"));
                    return entry;
                }, planId);
        Map<String, String> accounts = new HashMap<>();
        Jdbc.query(c, "SELECT login, full_name FROM app_account", r -> accounts.put(r.getString(1), r.getString(2)));
        Map<Long, String[]> tasks = new HashMap<>();
        Jdbc.query(c, "SELECT id, code, title FROM task WHERE plan_id = ?",
                r -> tasks.put(r.getLong(1), new String[] {r.getString(2), r.getString(3)}), planId);
        Map<Long, ProgressUpdate> updates = new HashMap<>();
        for (ProgressUpdate u : progress.findByPlan(c, planId)) {
            updates.put(u.id(), u);
        }
        return entries.stream().map(e -> {
            String[] task = e.taskId() == null ? null : tasks.get(e.taskId());
            ProgressUpdate update = e.updateId() == null ? null : updates.get(e.updateId());
            ProgressUpdate superseded = update == null || update.supersedesId() == null ? null
                    : updates.get(update.supersedesId());
            String login = logins.get(e.id());
            return new AuditLine(e, task == null ? null : task[0], task == null ? null : task[1], update, superseded,
                    login, login == null ? null : accounts.get(login));
        }).toList();
    }

    private static AuditEntry map(ResultSet r) throws SQLException {
        return new AuditEntry(r.getLong("id"), Jdbc.instant(r, "occurred_at"), r.getString("user_name"),
                AuditAction.valueOf(r.getString("action")), Jdbc.nullableLong(r, "plan_id"),
                Jdbc.nullableLong(r, "task_id"), Jdbc.nullableLong(r, "update_id"), r.getString("field"),
                r.getString("old_value"), r.getString("new_value"));
    }
}

package vn.cchc.dashboard.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.TaskStatus;
import java.util.Optional;

/** Progress updates: only ever inserted, never changed, so the history of every task stays complete. */
public final class ProgressRepository {

    private static final String INSERT = "INSERT INTO progress_update (task_id, as_of, status, percent_done, note,"
            + " evidence, entered_by, entered_at, supersedes_id, withdrawal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Inserts {@code update} (its id is ignored) and returns the new id. */
    public long insert(Connection c, ProgressUpdate update) throws SQLException {
        return Jdbc.insert(c, INSERT, values(update));
    }

    /** Inserts many updates (their ids are ignored) in JDBC batches; returns the new ids in order. */
    public List<Long> insertAll(Connection c, List<ProgressUpdate> updates) throws SQLException {
        return Jdbc.insertAll(c, INSERT, updates.stream().map(ProgressRepository::values).toList());
    }

    private static Object[] values(ProgressUpdate update) {
        return new Object[] {update.taskId(), update.asOf(), update.status(), update.percent(), update.note(),
                update.evidence(), update.enteredBy(), update.enteredAt(), update.supersedesId(), update.withdrawal()};
    }

    private static final String COLUMNS = "u.id, u.task_id, u.as_of, u.status, u.percent_done, u.note, u.evidence,"
            + " u.entered_by, u.entered_at, u.supersedes_id, u.withdrawal";

    /** Every update of the plan's tasks, deleted tasks' included (their history stays readable). */
    public List<ProgressUpdate> findByPlan(Connection c, long planId) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM progress_update u"
                + " JOIN task t ON t.id = u.task_id WHERE t.plan_id = ? ORDER BY u.task_id, u.as_of, u.id",
                ProgressRepository::map, planId);
    }

    /** One task's updates, in the order they were entered. */
    public List<ProgressUpdate> findByTask(Connection c, long taskId) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM progress_update u WHERE u.task_id = ? ORDER BY u.entered_at, u.id",
                ProgressRepository::map, taskId);
    }

    /** By position, in the order of {@link #COLUMNS}: the plan's whole history passes through here. */
    private static ProgressUpdate map(java.sql.ResultSet r) throws SQLException {
        return new ProgressUpdate(r.getLong(1), r.getLong(2), Jdbc.date(r, 3), TaskStatus.valueOf(r.getString(4)),
                r.getInt(5), r.getString(6), r.getString(7), r.getString(8), Jdbc.instant(r, 9), Jdbc.nullableLong(r, 10),
                r.getBoolean(11));
    }

    public Optional<ProgressUpdate> findById(Connection c, long id) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM progress_update u WHERE u.id = ?", ProgressRepository::map, id)
                .stream().findFirst();
    }

    /** The id of the newest update row of {@code taskId} (corrections and withdrawals count), or 0 when none. */
    public long latestId(Connection c, long taskId) throws SQLException {
        return Jdbc.queryLong(c, "SELECT COALESCE(MAX(id), 0) FROM progress_update WHERE task_id = ?", taskId);
    }

    /** True when a later row corrects or withdraws update {@code id}. */
    public boolean isSuperseded(Connection c, long id) throws SQLException {
        return Jdbc.queryLong(c, "SELECT COUNT(*) FROM progress_update WHERE supersedes_id = ?", id) > 0;
    }

    public boolean exists(Connection c, long id) throws SQLException {
        return Jdbc.queryLong(c, "SELECT COUNT(*) FROM progress_update WHERE id = ?", id) == 1;
    }
}

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

    /** Every column but the texts, which come last in {@link #COLUMNS}, so that {@link #map} reads either list. */
    private static final String COLUMNS_WITHOUT_TEXTS = "u.id, u.task_id, u.as_of, u.status, u.percent_done,"
            + " u.entered_by, u.entered_at, u.supersedes_id, u.withdrawal";
    private static final String COLUMNS = COLUMNS_WITHOUT_TEXTS + ", u.note, u.evidence";

    /** Every update of the plan's tasks, deleted tasks' included (their history stays readable). */
    public List<ProgressUpdate> findByPlan(Connection c, long planId) throws SQLException {
        return findByPlan(c, planId, true);
    }

    /**
     * As {@link #findByPlan}, each update without its note and evidence (null): what a plan's snapshot holds. No
     * calculation reads them, and reading and checking them was a fifth of a plan's first read. An update is never
     * changed, so its texts can be read later, with the plan's, and are the same.
     */
    public List<ProgressUpdate> findByPlanWithoutTexts(Connection c, long planId) throws SQLException {
        return findByPlan(c, planId, false);
    }

    private static List<ProgressUpdate> findByPlan(Connection c, long planId, boolean texts) throws SQLException {
        return Jdbc.query(c, "SELECT " + (texts ? COLUMNS : COLUMNS_WITHOUT_TEXTS) + " FROM progress_update u"
                + " JOIN task t ON t.id = u.task_id WHERE t.plan_id = ? ORDER BY u.task_id, u.as_of, u.id",
                r -> map(r, texts), planId);
    }

    /** One task's updates, in the order they were entered. */
    public List<ProgressUpdate> findByTask(Connection c, long taskId) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM progress_update u WHERE u.task_id = ? ORDER BY u.entered_at, u.id",
                ProgressRepository::map, taskId);
    }

    /** By position, in the order of {@link #COLUMNS}: the plan's whole history passes through here. */
    private static ProgressUpdate map(java.sql.ResultSet r) throws SQLException {
        return map(r, true);
    }

    /** As {@link #map(java.sql.ResultSet)}; without {@code texts}, the row has none and the update's are null. */
    private static ProgressUpdate map(java.sql.ResultSet r, boolean texts) throws SQLException {
        return new ProgressUpdate(r.getLong(1), r.getLong(2), Jdbc.date(r, 3), TaskStatus.valueOf(r.getString(4)),
                r.getInt(5), texts ? r.getString(10) : null, texts ? r.getString(11) : null, r.getString(6),
                Jdbc.instant(r, 7), Jdbc.nullableLong(r, 8), r.getBoolean(9));
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

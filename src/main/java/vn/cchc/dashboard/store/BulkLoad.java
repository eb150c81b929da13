package vn.cchc.dashboard.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Work that writes tens of thousands of rows in one transaction (a plan appendix of 10^4–10^5 tasks) on the embedded
 * H2 file, without H2 writing the file every 32 rows.
 * <p>
 * Why: each new identity value past the 32 an H2 sequence holds in memory is saved by a commit of H2's own system
 * session, and with {@code WRITE_DELAY=0} (which keeps acknowledged commits from being lost to a kill) every commit
 * writes all changed pages to the file – the import's uncommitted ones too. A 100.000-task import made some 6.000
 * such writes: a quarter of its time, and a file four times the size of its data.
 * <p>
 * So for the length of the work the write delay is H2's default, and back at 0 before the transaction commits. It
 * stays all or nothing and durable: nothing of the work counts until the commit, which with the delay at 0 is on disk
 * when it returns; pages written earlier are uncommitted and rolled back if the process dies first. The setting is a
 * schema row, so the transaction holds H2's schema lock until it ends (other connections' sequence saves wait): fine
 * here, where one worker thread does all of the app's database work.
 */
final class BulkLoad {

    /** H2's own default: how long H2 may keep changes in memory while the bulk work runs. */
    private static final int DELAY_DURING_WORK_MS = 500;

    private BulkLoad() {
    }

    /** {@code work} with the write delay relaxed while it runs and restored to {@code restoredMs} before it returns. */
    static <T> SqlWork<T> relaxingWriteDelay(SqlWork<T> work, int restoredMs) {
        return connection -> {
            setWriteDelay(connection, DELAY_DURING_WORK_MS);
            T result;
            try {
                result = work.apply(connection);
            } catch (SQLException | RuntimeException e) {
                restore(connection, restoredMs, e);
                throw e;
            }
            setWriteDelay(connection, restoredMs);
            return result;
        };
    }

    private static void restore(Connection connection, int restoredMs, Exception cause) {
        try {
            setWriteDelay(connection, restoredMs);
        } catch (SQLException failed) {
            cause.addSuppressed(failed);
        }
    }

    private static void setWriteDelay(Connection connection, int ms) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY " + ms);
        }
    }
}

package vn.cchc.dashboard.store;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * The application's database: a pool of connections, the schema brought up to date on open, and the one
 * way to change data, {@link #inTransaction}. Every change commits as a whole or not at all.
 */
public final class Database implements AutoCloseable {

    /** File name (without H2's ".mv.db") of the embedded database inside the data folder. */
    public static final String EMBEDDED_NAME = "cchc";
    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final DataSource dataSource;
    private final AutoCloseable closer;

    private Database(DataSource dataSource, AutoCloseable closer) {
        this.dataSource = dataSource;
        this.closer = closer;
    }

    /**
     * Opens (creating if needed) the embedded H2 database in {@code folder} and migrates its schema.
     * {@code WRITE_DELAY=0}: H2 otherwise acknowledges commits it has not yet written, and a crash right
     * after a save loses them.
     */
    public static Database openEmbedded(Path folder) {
        return openEmbedded(folder, Migrations.LOCATION);
    }

    /**
     * As {@link #openEmbedded(Path)} with the migrations found in {@code locations} (tests add a failing one).
     * A schema this build would change is backed up first, into {@link #backupsFolder}; when the upgrade
     * fails, that backup is put back and the failure reported: the data stays as the older version left it.
     */
    static Database openEmbedded(Path folder, String... locations) {
        Path file = folder.toAbsolutePath().resolve(EMBEDDED_NAME);
        String url = "jdbc:h2:file:" + file + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "cchc", "");
        pool.setMaxConnections(8);
        Database database = new Database(pool, pool::dispose);
        try {
            database.inTransaction(c -> c.isValid(5));
            Migrations migrations = new Migrations(pool, locations);
            migrations.refuseNewer();
            if (!migrations.upgradesExisting()) {
                migrations.migrate();
                return database;
            }
            Path backup = backupsFolder(folder).resolve(EMBEDDED_NAME + "-" + BACKUP_STAMP.format(LocalDateTime.now())
                    + "-truoc-nang-cap-v" + migrations.currentVersion() + ".zip");
            EmbeddedBackup.write(database, backup);
            try {
                migrations.migrate();
                return database;
            } catch (StoreException failed) {
                pool.dispose();
                EmbeddedBackup.putInPlace(backup, folder);
                throw new StoreException(StoreException.Reason.UPGRADE_FAILED, "schema upgrade failed; restored " + backup,
                        failed);
            }
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** Where backups of the embedded database in {@code dataFolder} are kept. */
    public static Path backupsFolder(Path dataFolder) {
        return dataFolder.toAbsolutePath().resolve("backups");
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new StoreException(StoreException.Reason.FAILED, "closing the database failed", e);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    static StoreException translate(SQLException e) {
        StoreException.Reason reason = switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> StoreException.Reason.IN_USE;
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1,
                 ErrorCode.WRONG_USER_OR_PASSWORD -> StoreException.Reason.CORRUPT;
            case ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.DATABASE_IS_READ_ONLY -> StoreException.Reason.NOT_WRITABLE;
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 ->
                    unreadable(e) ? StoreException.Reason.CORRUPT : StoreException.Reason.NOT_WRITABLE;
            case ErrorCode.GENERAL_ERROR_1 -> unreadable(e) ? StoreException.Reason.CORRUPT : StoreException.Reason.FAILED;
            default -> StoreException.Reason.FAILED;
        };
        return new StoreException(reason, e.getMessage(), e);
    }

    /**
     * H2 reports a damaged or truncated file as a general or I/O error wrapping its storage layer's
     * exception; the storage error code tells reading (a damaged file) from writing (a full or locked disk).
     */
    private static boolean unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException storage) {
                int code = storage.getErrorCode();
                return code == DataUtils.ERROR_READING_FAILED || code == DataUtils.ERROR_FILE_CORRUPT
                        || code == DataUtils.ERROR_UNSUPPORTED_FORMAT || code == DataUtils.ERROR_UNKNOWN_DATA_TYPE;
            }
        }
        return false;
    }
}

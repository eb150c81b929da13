package vn.cchc.dashboard.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The application's database: a pool of connections, the schema brought up to date on open, and the one
 * way to change data, {@link #inTransaction}. Every change commits as a whole or not at all. Either the embedded
 * H2 file of one data folder, or a PostgreSQL server shared by several users ({@link #openServer}): the same
 * migrations and the same repositories run on both.
 */
public final class Database implements AutoCloseable {

    /** Where the data lives: backups and restores belong to the embedded file; a server has its own backups. */
    public enum Kind { EMBEDDED, SERVER }

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    /** File name (without H2's ".mv.db") of the embedded database inside the data folder. */
    public static final String EMBEDDED_NAME = "cchc";
    /** Every commit on disk when it returns (see {@link #openEmbedded(Path)}). */
    private static final int WRITE_DELAY_MS = 0;
    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final Kind kind;
    private final String location;
    private final DatabaseKey key;
    private volatile String login;
    /** Counted per file, not per object: two {@link Database}s opened on one file in this JVM share H2's engine. */
    private final AtomicLong changes;

    private static final Map<String, AtomicLong> CHANGES_BY_FILE = new ConcurrentHashMap<>();

    private Database(DataSource dataSource, AutoCloseable closer, Kind kind, String location, DatabaseKey key) {
        this.dataSource = dataSource;
        this.closer = closer;
        this.kind = kind;
        this.location = location;
        this.key = key;
        this.changes = CHANGES_BY_FILE.computeIfAbsent(kind + ":" + location, k -> new AtomicLong());
    }

    /**
     * Who this session is, as the audit trail records it: on a shared server the authenticated login
     * (session_user, asked once), on the embedded database the operating-system account running the application.
     */
    public String login() {
        String known = login;
        if (known == null) {
            known = kind == Kind.SERVER ? inTransaction(c -> Jdbc.query(c, "SELECT session_user", r -> r.getString(1)).get(0))
                    : System.getProperty("user.name", "?");
            login = known;
        }
        return known;
    }

    /** The key the embedded file is encrypted with, or null when it is not encrypted (or the data is on a server). */
    public DatabaseKey key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** What to show a person: the embedded file's folder, or the server's address (never with a password). */
    public String location() {
        return location;
    }

    /**
     * Opens (creating if needed) the embedded H2 database in {@code folder} and migrates its schema.
     * {@code WRITE_DELAY=0}: H2 otherwise acknowledges commits it has not yet written, and a crash right
     * after a save loses them.
     */
    public static Database openEmbedded(Path folder) {
        return openEmbedded(folder, KeySource.NONE, Migrations.LOCATION);
    }

    /**
     * As {@link #openEmbedded(Path)}; when the file is encrypted, with the key {@code keys} gives for the folder's
     * {@link EncryptionMarker}. A new database is created unencrypted (encryption is turned on by converting it).
     *
     * @throws StoreException {@code KEY_NEEDED}, {@code WRONG_KEY} or {@code KEY_MARKER_MISSING} for an encrypted
     *                        file that this source cannot open
     */
    public static Database openEmbedded(Path folder, KeySource keys) {
        return openEmbedded(folder, keys, Migrations.LOCATION);
    }

    static Database openEmbedded(Path folder, String... locations) {
        return openEmbedded(folder, KeySource.NONE, locations);
    }

    /**
     * As {@link #openEmbedded(Path)} with the migrations found in {@code locations} (tests add a failing one).
     * A schema this build would change is backed up first, into {@link #backupsFolder}; when the upgrade
     * fails, that backup is put back and the failure reported: the data stays as the older version left it.
     */
    static Database openEmbedded(Path folder, KeySource keys, String... locations) {
        Path file = folder.toAbsolutePath().resolve(EMBEDDED_NAME);
        refuseEmpty(folder.resolve(EMBEDDED_NAME + ".mv.db"));
        DatabaseKey key = EncryptionMarker.isEncrypted(folder.resolve(EMBEDDED_NAME + ".mv.db"))
                ? keys.keyFor(EncryptionMarker.read(folder)) : null;
        String url = "jdbc:h2:file:" + file + ";WRITE_DELAY=" + WRITE_DELAY_MS + (key == null ? "" : ";CIPHER=AES");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "cchc", key == null ? "" : key.connectionPassword());
        pool.setMaxConnections(8);
        Database database = new Database(pool, pool::dispose, Kind.EMBEDDED, folder.toAbsolutePath().toString(), key);
        try {
            openFirst(database, key != null);
            if (Migrations.upToDate(pool, locations)) {
                return database;
            }
            Migrations migrations = new Migrations(pool, locations);
            migrations.refuseNewer();
            if (!migrations.upgradesExisting()) {
                migrations.migrate();
                return database;
            }
            Path backup = backupsFolder(folder).resolve(EMBEDDED_NAME + "-" + backupStamp(LocalDateTime.now())
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

    /**
     * H2 takes an existing 0-byte file for a new database and writes an empty one over it. A 0-byte file is what a
     * power cut or a sync tool leaves of real data: it is damaged, never new.
     */
    private static void refuseEmpty(Path databaseFile) {
        try {
            if (Files.isRegularFile(databaseFile) && Files.size(databaseFile) == 0) {
                throw new StoreException(StoreException.Reason.CORRUPT, "the database file is empty: " + databaseFile);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.CORRUPT, "the database file cannot be read: " + databaseFile, e);
        }
    }

    /** The first connection; on an encrypted file H2's decryption error means the key does not fit. */
    private static void openFirst(Database database, boolean encrypted) {
        try {
            database.inTransaction(c -> c.isValid(5));
        } catch (StoreException e) {
            if (encrypted && e.getCause() instanceof SQLException sql && sql.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                throw new StoreException(StoreException.Reason.WRONG_KEY, "the passphrase does not open " + database.location, e);
            }
            throw e;
        }
    }

    /**
     * Connects to a shared PostgreSQL database and migrates its schema with the same scripts as the embedded one.
     * Flyway runs each PostgreSQL migration in a transaction, so a failed upgrade leaves the schema as it was;
     * backing the server up is its administrator's job (pg_dump), not this application's.
     *
     * @throws StoreException {@code UNREACHABLE} when the server cannot be reached, {@code ACCESS_DENIED} for
     *                        a wrong user or password, {@code NEWER_VERSION} for a schema from a newer build
     */
    public static Database openServer(ServerAddress address) {
        return openServer(address, Migrations.LOCATION);
    }

    static Database openServer(ServerAddress address, String... locations) {
        HikariDataSource pool = ServerPool.open(address);
        Database database = new Database(pool, pool::close, Kind.SERVER, address.url(), null);
        try {
            if (!Migrations.upToDate(pool, locations)) {
                Migrations migrations = new Migrations(pool, locations);
                migrations.refuseNewer();
                migrations.migrate();
                // New tables need the accounts' grants and policies too: the owner brings them up to date.
                database.inTransaction(c -> {
                    if (ServerAccess.installed(c) && ServerAccess.sessionOwnsSchema(c)) {
                        ServerAccess.install(c);
                    }
                    return null;
                });
            }
            // Asked now, so that no audited change later needs a second connection for it.
            LOG.info("Connected to the shared database " + address.url() + " as " + database.login());
            return database;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** "2026-12-07-113015": when a backup was made, in its file name (sorts by time, no character a file system refuses). */
    public static String backupStamp(LocalDateTime made) {
        return BACKUP_STAMP.format(made);
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
                boolean changed = kind == Kind.EMBEDDED && changesData(connection);
                try {
                    connection.commit();
                } finally {
                    if (changed) {
                        changes.incrementAndGet();
                    }
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw locatedHere(SqlFailures.translate(e));
        }
    }

    /** As {@link #inTransaction} for work writing 10^4–10^5 rows (a plan import): see {@link BulkLoad}. */
    public <T> T inBulkTransaction(SqlWork<T> work) {
        return inTransaction(kind == Kind.EMBEDDED ? BulkLoad.relaxingWriteDelay(work, WRITE_DELAY_MS) : work);
    }

    /** The same failure naming where it happened, so that "the disk of {folder} is full" can name the folder. */
    private StoreException locatedHere(StoreException e) {
        // A shared server's problem is not in any folder of this computer.
        return new StoreException(e.reason(), e.getMessage(), e.getCause(), kind == Kind.EMBEDDED ? location : null);
    }

    /**
     * How many transactions have changed the embedded file since it was opened in this JVM: the same count means
     * the same data, because no other process can write the file while this one holds it (H2's file lock and the
     * app's instance lock). Empty on a shared server, where other clients write; ask the data itself there.
     */
    public OptionalLong localChanges() {
        return kind == Kind.EMBEDDED ? OptionalLong.of(changes.get()) : OptionalLong.empty();
    }

    /** H2's TRANSACTION_ID() is null until the transaction has changed a row. */
    private static boolean changesData(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT TRANSACTION_ID()")) {
            return result.next() && result.getObject(1) != null;
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
}

package vn.cchc.dashboard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/** Brings a database's schema up to the version this build knows, and refuses one from a newer build. */
final class Migrations {

    static final String LOCATION = "classpath:db/migration";
    /** The newest schema version this build's scripts make (V1 … V10); MigrationsTest holds it to the scripts. */
    static final int LATEST = 14;

    private final Flyway flyway;
    /** What Flyway found before migrating, read once: each read scans the migrations and the history table. */
    private MigrationInfoService info;

    Migrations(DataSource dataSource, String... locations) {
        this.flyway = Flyway.configure().dataSource(dataSource).locations(locations).load();
    }

    /**
     * True when the schema is exactly what this build's own scripts make: versions 1 to {@link #LATEST} applied,
     * each successfully, and nothing else. One query, so that an everyday start does not load Flyway (some 400
     * classes and a scan of the class path: seconds of start-up on an office PC). Anything else — a new database,
     * an older or newer schema, a failed migration, extra script locations — is Flyway's to judge.
     */
    static boolean upToDate(DataSource dataSource, String... locations) {
        if (!List.of(locations).equals(List.of(LOCATION))) {
            return false;
        }
        Set<String> expected = IntStream.rangeClosed(1, LATEST).mapToObj(Integer::toString).collect(Collectors.toSet());
        Set<String> applied = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rows.next()) {
                String version = rows.getString(1);
                // A row without a version is Flyway's own note that it created the history table.
                if (!rows.getBoolean(2) || version != null && !applied.add(version)) {
                    return false;
                }
            }
        } catch (SQLException noHistoryYet) {
            return false;
        }
        return applied.equals(expected);
    }

    /** Refuses a schema written by a newer build: Flyway would otherwise ignore the migrations it does not know. */
    void refuseNewer() {
        run(() -> {
            for (MigrationInfo applied : info().applied()) {
                if (applied.getState() == MigrationState.FUTURE_SUCCESS || applied.getState() == MigrationState.FUTURE_FAILED) {
                    throw new StoreException(StoreException.Reason.NEWER_VERSION,
                            "database schema version " + applied.getVersion() + " is newer than this application");
                }
            }
            return null;
        });
    }

    /** The schema version applied, or null for an empty database. */
    String currentVersion() {
        return run(() -> info().current() == null ? null : info().current().getVersion().getVersion());
    }

    /** True when the database already holds a schema that this build would change: back it up first. */
    boolean upgradesExisting() {
        return run(() -> info().current() != null && info().pending().length > 0);
    }

    void migrate() {
        run(flyway::migrate);
        info = null;
    }

    private MigrationInfoService info() {
        if (info == null) {
            info = flyway.info();
        }
        return info;
    }

    private interface FlywayWork<T> {
        T run();
    }

    private static <T> T run(FlywayWork<T> work) {
        try {
            return work.run();
        } catch (FlywayException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql) {
                    throw SqlFailures.translate(sql);
                }
            }
            throw new StoreException(StoreException.Reason.FAILED, e.getMessage(), e);
        }
    }
}

package vn.cchc.dashboard.store;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/** Brings a database's schema up to the version this build knows, and refuses one from a newer build. */
final class Migrations {

    static final String LOCATION = "classpath:db/migration";

    private final Flyway flyway;
    /** What Flyway found before migrating, read once: each read scans the migrations and the history table. */
    private MigrationInfoService info;

    Migrations(DataSource dataSource, String... locations) {
        this.flyway = Flyway.configure().dataSource(dataSource).locations(locations).load();
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
                    throw Database.translate(sql);
                }
            }
            throw new StoreException(StoreException.Reason.FAILED, e.getMessage(), e);
        }
    }
}

package vn.cchc.dashboard.store;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** Brings a database's schema up to the version this build knows, and refuses one from a newer build. */
final class Migrations {

    static final String LOCATION = "classpath:db/migration";

    private final Flyway flyway;

    Migrations(DataSource dataSource, String... locations) {
        this.flyway = Flyway.configure().dataSource(dataSource).locations(locations).load();
    }

    /** Refuses a schema written by a newer build: Flyway would otherwise ignore the migrations it does not know. */
    void refuseNewer() {
        run(() -> {
            for (MigrationInfo info : flyway.info().applied()) {
                if (info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED) {
                    throw new StoreException(StoreException.Reason.NEWER_VERSION,
                            "database schema version " + info.getVersion() + " is newer than this application");
                }
            }
            return null;
        });
    }

    /** The schema version applied, or null for an empty database. */
    String currentVersion() {
        return run(() -> flyway.info().current() == null ? null : flyway.info().current().getVersion().getVersion());
    }

    /** True when the database already holds a schema that this build would change: back it up first. */
    boolean upgradesExisting() {
        return run(() -> flyway.info().current() != null && flyway.info().pending().length > 0);
    }

    void migrate() {
        run(flyway::migrate);
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

package vn.cchc.dashboard.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** Brings a database's schema up to the version this build knows, and refuses one from a newer build. */
final class Migrations {

    private Migrations() {
    }

    static void migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        try {
            // Flyway ignores migrations it does not know by default; a newer app's schema must not be touched.
            for (MigrationInfo info : flyway.info().applied()) {
                if (info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED) {
                    throw new StoreException(StoreException.Reason.NEWER_VERSION,
                            "database schema version " + info.getVersion() + " is newer than this application");
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.sql.SQLException sql) {
                throw Database.translate(sql);
            }
            throw new StoreException(StoreException.Reason.FAILED, e.getMessage(), e);
        }
    }
}

package vn.cchc.dashboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick "schema is current" check that lets an everyday start skip Flyway must never say yes wrongly. */
class MigrationsTest {

    @TempDir
    Path folder;

    @Test
    void theNewestVersionIsTheNewestScript() throws IOException {
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = scripts.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(Migrations.LATEST).isEqualTo(newest);
        }
    }

    @Test
    void onlyASchemaMadeByExactlyThisBuildsScriptsIsCurrent() {
        Database.openEmbedded(folder).close();
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + folder.resolve(Database.EMBEDDED_NAME),
                "cchc", "");
        try {
            assertThat(Migrations.upToDate(pool, Migrations.LOCATION)).isTrue();
            assertThat(Migrations.upToDate(pool, Migrations.LOCATION, "classpath:db/broken"))
                    .as("other scripts are Flyway's to judge").isFalse();
            execute(pool, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '4'");
            assertThat(Migrations.upToDate(pool, Migrations.LOCATION)).as("a failed migration").isFalse();
            execute(pool, "UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '4'");
            execute(pool, "INSERT INTO \"flyway_schema_history\" SELECT \"installed_rank\" + 100, '99', \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", TRUE"
                    + " FROM \"flyway_schema_history\" WHERE \"version\" = '4'");
            assertThat(Migrations.upToDate(pool, Migrations.LOCATION)).as("a newer schema").isFalse();
            execute(pool, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('4', '99')");
            assertThat(Migrations.upToDate(pool, Migrations.LOCATION)).as("an older schema").isFalse();
        } finally {
            pool.dispose();
        }
    }

    @Test
    void aNewDatabaseIsNotCurrent() {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + folder.resolve("leer"), "cchc", "");
        try {
            assertThat(Migrations.upToDate(pool, Migrations.LOCATION)).isFalse();
        } finally {
            pool.dispose();
        }
    }

    private static void execute(JdbcConnectionPool pool, String sql) {
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

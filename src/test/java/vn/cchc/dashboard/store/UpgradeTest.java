package vn.cchc.dashboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.domain.PlanScope;

/**
 * A database made by any earlier version opens in this one: backed up first, then migrated, its data intact.
 * An upgrade that fails halfway puts the backup back, so the data stays as the older version left it.
 */
class UpgradeTest {

    @TempDir
    Path folder;

    /** A database at schema {@code version}, holding one unit, plan, task and progress update, as that version wrote them. */
    void databaseAtVersion(String version) {
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(Database.EMBEDDED_NAME) + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "cchc", "");
        try {
            Flyway.configure().dataSource(pool).locations(Migrations.LOCATION).target(version).load().migrate();
            try (Connection c = pool.getConnection()) {
                Jdbc.update(c, "INSERT INTO org_unit (id, name, kind) VALUES (1, 'Sở Nội vụ', 'DEPARTMENT')");
                Jdbc.update(c, "INSERT INTO plan (id, plan_year, title, scope, programme_code) VALUES"
                        + " (1, 2024, 'Kế hoạch CCHC năm 2024', 'PROVINCE', 'NQ76')");
                Jdbc.update(c, "INSERT INTO task (id, plan_id, code, area_code, title, lead_unit_id, due_date, recurring,"
                        + " sort_order) VALUES (1, 1, 'I.1', 'CDDH', 'Ban hành kế hoạch', 1, DATE '2024-03-31', FALSE, 1)");
                Jdbc.update(c, "INSERT INTO progress_update (id, task_id, as_of, status, percent_done, entered_by, entered_at)"
                        + " VALUES (1, 1, DATE '2024-03-20', 'COMPLETED', 100, 'Chuyên viên', TIMESTAMP '2024-03-20 09:00:00')");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.dispose();
        }
    }

    @ParameterizedTest(name = "a database of schema version {0}")
    @ValueSource(strings = {"1", "2", "3", "4"})
    void anOlderDatabaseIsBackedUpThenMigratedWithItsDataIntact(String version) throws Exception {
        databaseAtVersion(version);
        try (Database upgraded = Database.openEmbedded(folder)) {
            assertThat(count(upgraded, "SELECT COUNT(*) FROM progress_update WHERE task_id = 1"))
                    .isEqualTo(1);
            assertThat(count(upgraded, "SELECT COUNT(*) FROM indicator")).isPositive();
            assertThat(count(upgraded, "SELECT COUNT(*) FROM \"flyway_schema_history\""
                    + " WHERE \"version\" = '" + Migrations.LATEST + "' AND \"success\"")).isEqualTo(1);
        }
        List<Path> backups = backups();
        assertThat(backups).singleElement().satisfies(b ->
                assertThat(b.getFileName().toString()).contains("-truoc-nang-cap-v" + version));
        BackupContents kept = EmbeddedBackup.verify(backups.get(0), Files.createTempDirectory(folder, "check"));
        assertThat(kept).isEqualTo(new BackupContents(1, 1, 1, 1));
    }

    @Test
    void nationalPlansWrittenBeforeKindsKeepWorkingAsTheProvincesOrTheMinistriesPlan() throws Exception {
        databaseAtVersion("6");
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(Database.EMBEDDED_NAME) + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "cchc", "");
        try (Connection c = pool.getConnection()) {
            Jdbc.update(c, "INSERT INTO org_unit (id, name, kind) VALUES (2, 'UBND tỉnh Hưng Yên', 'PROVINCE'),"
                    + " (3, 'Bộ Tư pháp', 'MINISTRY'), (4, 'Văn phòng Chính phủ', 'CENTRAL_AGENCY')");
            Jdbc.update(c, "INSERT INTO plan (id, plan_year, title, scope, programme_code) VALUES"
                    + " (2, 2023, 'Nhiệm vụ của các tỉnh', 'NATIONAL', 'NQ76'),"
                    + " (3, 2023, 'Nhiệm vụ của các bộ', 'NATIONAL', 'NQ76'),"
                    + " (4, 2022, 'Theo dõi chưa có nhiệm vụ', 'NATIONAL', 'NQ76')");
            Jdbc.update(c, "INSERT INTO task (id, plan_id, code, area_code, title, lead_unit_id, due_date, recurring,"
                    + " sort_order) VALUES (2, 2, '1', 'TC', 'Rà soát văn bản', 2, DATE '2023-06-30', FALSE, 1),"
                    + " (3, 3, '1', 'TC', 'Xây dựng luật', 3, DATE '2023-06-30', FALSE, 1),"
                    + " (4, 3, '2', 'CPS', 'Cổng dịch vụ công', 4, DATE '2023-09-30', FALSE, 2)");
        } finally {
            pool.dispose();
        }
        try (Database upgraded = Database.openEmbedded(folder)) {
            PlanRepository plans = new PlanRepository();
            assertThat(upgraded.inTransaction(plans::findAll)).extracting(Plan::id, Plan::kind).containsExactlyInAnyOrder(
                    tuple(1L, PlanKind.LOCAL), tuple(2L, PlanKind.PROVINCES), tuple(3L, PlanKind.MINISTRIES),
                    tuple(4L, PlanKind.PROVINCES));
            assertThat(upgraded.inTransaction(plans::findAll)).filteredOn(p -> p.id() > 1)
                    .allMatch(p -> p.scope() == PlanScope.NATIONAL);
            assertThatThrownBy(() -> upgraded.inTransaction(c -> Jdbc.update(c,
                    "UPDATE plan SET kind = 'MINISTRIES' WHERE id = 1")))
                    .as("a province's plan cannot claim to follow the ministries").isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void anUpgradeThatFailsHalfwayPutsTheDataBackAsItWas() throws Exception {
        databaseAtVersion(String.valueOf(Migrations.LATEST));
        assertThatThrownBy(() -> Database.openEmbedded(folder, Migrations.LOCATION, "classpath:db/broken"))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.UPGRADE_FAILED));
        try (Database reopened = Database.openEmbedded(folder)) {
            assertThat(count(reopened, "SELECT COUNT(*) FROM task")).isEqualTo(1);
            assertThat(count(reopened, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE UPPER(COLUMN_NAME) = 'HALF_DONE'")).as("the half-done change is gone").isZero();
        }
        assertThat(backups()).singleElement().satisfies(b ->
                assertThat(b.getFileName().toString()).contains("-truoc-nang-cap-v" + Migrations.LATEST));
    }

    @Test
    void anUpToDateDatabaseOpensWithoutABackup() {
        databaseAtVersion(String.valueOf(Migrations.LATEST));
        Database.openEmbedded(folder).close();
        assertThat(backups()).isEmpty();
    }

    private static long count(Database database, String sql) {
        return database.inTransaction(c -> Jdbc.queryLong(c, sql));
    }

    private List<Path> backups() {
        Path dir = Database.backupsFolder(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".zip")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

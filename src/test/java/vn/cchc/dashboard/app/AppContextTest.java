package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.testing.ChildJvm;
import vn.cchc.dashboard.testing.TestClock;

class AppContextTest {

    @TempDir
    Path folder;

    @Test
    void aFirstStartOnAnEmptyFolderCreatesTheLabelledSample() {
        try (AppContext context = AppContext.open(folder.resolve("new"), TestClock.today(), true)) {
            assertThat(context.plans().plans()).hasSize(2).allMatch(p -> p.sample() && p.title().contains("Dữ liệu mẫu"));
            assertThat(context.plans().planFor(null).year()).isEqualTo(2026);
        }
    }

    @Test
    void theLogFollowsTheDataFolderThatIsOpen() throws Exception {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        AppContext.open(first, TestClock.today(), false).close();
        AppContext.open(second, TestClock.today(), true).close();
        assertThat(dailyLogs(second)).contains("creating the sample province");
        assertThat(dailyLogs(first)).isNotEmpty().doesNotContain("creating the sample province");
    }

    /** The daily files' text: the records carry the real time, so their day is not the test clock's. */
    private static String dailyLogs(Path dataFolder) throws IOException {
        try (Stream<Path> logs = Files.list(dataFolder.resolve("logs"))) {
            StringBuilder text = new StringBuilder();
            for (Path day : logs.filter(f -> f.getFileName().toString().matches("cchc-\\d{4}-\\d{2}-\\d{2}\\.log")).toList()) {
                text.append(Files.readString(day));
            }
            return text.toString();
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndNotTouched() throws Exception {
        AppContext.open(folder, TestClock.today(), false).close();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'cchc', 1, TRUE)");
        }
        String before = schemaHistory();

        assertThatThrownBy(() -> AppContext.open(folder, TestClock.today(), true))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.store.NEWER_VERSION"));
        assertThat(schemaHistory()).as("no migration ran on the newer database").isEqualTo(before);
        assertThat(count("plan")).as("and no sample was written into it").isZero();
    }

    private String schemaHistory() throws Exception {
        StringBuilder rows = new StringBuilder();
        try (Connection c = connect(); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT \"installed_rank\", \"version\", \"checksum\" FROM \"flyway_schema_history\""
                     + " ORDER BY \"installed_rank\"")) {
            while (r.next()) {
                rows.append(r.getInt(1)).append(' ').append(r.getString(2)).append(' ').append(r.getInt(3)).append('\n');
            }
        }
        return rows.toString();
    }

    private long count(String table) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve(Database.EMBEDDED_NAME), "cchc", "");
    }

    @Test
    void aDamagedDatabaseFileIsRefusedAndLeftAsItWas() throws Exception {
        byte[] garbage = "Đây không phải cơ sở dữ liệu".repeat(500).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(folder.resolve("cchc.mv.db"), garbage);
        assertThatThrownBy(() -> AppContext.open(folder, TestClock.today(), true))
                .isInstanceOfSatisfying(DamagedDataException.class,
                        e -> assertThat(AppException.explain(e).messageKey()).isEqualTo("error.data.damaged.noBackup"));
        assertThat(Files.readAllBytes(folder.resolve("cchc.mv.db"))).isEqualTo(garbage);
    }

    @Test
    void aDataFolderThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> AppContext.open(file, TestClock.today(), true))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.dataFolder.notFolder"));
        assertThatThrownBy(() -> AppContext.open(file.resolve("child"), TestClock.today(), true))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.dataFolder.cannotCreate"));
    }

    @Test
    void aSecondCopyOnTheSameFolderIsToldAtOnceAndTheFirstKeepsWorking() throws Exception {
        try (ChildJvm first = ChildJvm.start(LockHolder.class, folder.toString())) {
            assertThat(first.readLine()).isEqualTo("OPEN");
            long started = System.nanoTime();
            assertThatThrownBy(() -> AppContext.open(folder, TestClock.today(), true))
                    .isInstanceOfSatisfying(AppException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.instance.running"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(first.process().isAlive()).isTrue();
        }
        // Once the other copy is gone (even killed), the folder opens normally.
        try (AppContext context = AppContext.open(folder, TestClock.today(), false)) {
            assertThat(context.plans().plans()).isEmpty();
        }
    }

    @Test
    void aCommandLineRunHoldingTheFolderIsNamedAsSuchNotAsAWindow() throws Exception {
        try (ChildJvm command = ChildJvm.start(LockHolder.class, folder.toString(), "COMMAND")) {
            assertThat(command.readLine()).isEqualTo("OPEN");
            assertThatThrownBy(() -> AppContext.open(folder, TestClock.today(), false))
                    .isInstanceOfSatisfying(AppException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.instance.runningCommand");
                        assertThat(e.localized(vn.cchc.dashboard.i18n.Messages.of(vn.cchc.dashboard.i18n.Language.VI)))
                                .contains("Một lệnh dòng lệnh", "đang dùng dữ liệu").doesNotContain("cửa sổ");
                    });
        }
        // The next holder, a window, writes its own note: a later refusal names the window again.
        try (AppContext window = AppContext.open(folder, TestClock.today(), false)) {
            assertThat(InstanceLock.holder(folder)).isEqualTo(InstanceLock.Holder.WINDOW);
        }
    }
}

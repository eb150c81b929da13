package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.store.ServerAddress;
import vn.cchc.dashboard.testing.TestDatabase;

/** {@code migrate-to --db URL}: the sample province copied to a server, verified, and then used from there. */
@Tag(TestDatabase.TAG)
class MigrateToCommandTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path folder;

    /** The test's server schema as a person would type it, password included (it is taken out at once). */
    String serverUrl() {
        ServerAddress server = db.server().orElseThrow();
        return server.url() + "&password=" + server.passwordInUrl();
    }

    @Test
    void withoutATargetServerItSaysWhatToType() {
        CliRunner.Run run = CliRunner.run(folder, "migrate-to");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("Hãy cho biết máy chủ đích: migrate-to --db jdbc:postgresql://");
    }

    @Test
    void anAddressThatIsNotPostgresqlIsOneSentence() {
        CliRunner.Run run = CliRunner.run(folder, "migrate-to", "--db", "mysql://may-chu/cchc?password=bi-mat");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith("Địa chỉ máy chủ không hợp lệ: mysql://may-chu/cchc?password=***.")
                .doesNotContain("bi-mat");
    }

    @Test
    @EnabledIfSystemProperty(named = "cchc.test.db", matches = "pg")
    void theSampleProvinceMovesToTheServerVerifiedAndReadsTheSameThere() {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
        String localSummary = CliRunner.run(folder, "summary", "--json").out();

        CliRunner.Run migrated = CliRunner.run(folder, "migrate-to", "--db", serverUrl());

        assertThat(migrated.exitCode()).as(migrated.err()).isZero();
        assertThat(migrated.out()).contains("progress_update", "task ", "org_unit")
                .contains("số dòng và tổng kiểm khớp ở cả hai phía").doesNotContain(db.server().get().passwordInUrl());
        assertThat(migrated.out().lines().filter(l -> l.startsWith("  ")).toList()).hasSize(25).allSatisfy(line -> {
            String[] cells = line.strip().split("\\s+");
            assertThat(cells[1]).isEqualTo(cells[2]);
            assertThat(cells[3]).isEqualTo(cells[4]);
        });
        CliRunner.Run onServer = CliRunner.run(folder.resolve("may-khac"), "--db", serverUrl(), "summary", "--json");
        assertThat(onServer.out()).isEqualTo(localSummary);

        CliRunner.Run again = CliRunner.run(folder, "migrate-to", "--db", serverUrl());
        assertThat(again.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(again.err()).contains("đã có dữ liệu").contains("--replace");
        assertThat(CliRunner.run(folder, "migrate-to", "--db", serverUrl(), "--replace").exitCode()).isZero();
    }

    @Test
    @EnabledIfSystemProperty(named = "cchc.test.db", matches = "pg")
    void backupAndRestoreSayThatTheServerHasItsOwn() {
        CliRunner.Run backup = CliRunner.run(folder, "--db", serverUrl(), "backup");
        assertThat(backup.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(backup.err()).contains("người quản trị máy chủ").contains("pg_dump");
    }
}

package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.DataFolder;

/**
 * The command line never replaces data silently: a damaged database file is refused with the exact restore command
 * of its newest good backup, and a read command on a folder without data says how to start instead of making data up.
 */
class NoSilentDataCommandTest {

    @TempDir
    Path folder;

    private Path backupThenDamage(byte[] damaged) throws Exception {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
        CliRunner.Run backup = CliRunner.run(folder, "backup");
        assertThat(backup.exitCode()).isZero();
        Path zip;
        try (var files = Files.list(folder.resolve("backups"))) {
            zip = files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        Files.write(DataFolder.embeddedDatabase(folder), damaged);
        return zip;
    }

    @Test
    void anEmptyDatabaseFileIsRefusedWithTheRestoreCommandAndLeftAsItWas() throws Exception {
        Path zip = backupThenDamage(new byte[0]);

        for (String command : new String[] {"summary", "demo"}) {
            CliRunner.Run run = CliRunner.run(folder, command);
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.DAMAGED_DATA);
            assertThat(run.err()).as(command).contains("bị rỗng hoặc hỏng", "restore \"" + zip.toAbsolutePath() + "\"",
                    "--data-dir \"" + folder + "\"").doesNotContain("Exception");
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.out()).isEmpty();
            assertThat(Files.size(DataFolder.embeddedDatabase(folder))).as("nothing created over it").isZero();
        }
    }

    @Test
    void aDatabaseFileGoneWhileItsBackupsRemainIsRefusedAndNothingIsCreatedInItsPlace() throws Exception {
        Path zip = backupThenDamage(new byte[0]);
        Files.delete(DataFolder.embeddedDatabase(folder));

        for (String command : new String[] {"summary", "demo"}) {
            CliRunner.Run run = CliRunner.run(folder, command);
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.DAMAGED_DATA);
            assertThat(run.err()).as(command).contains("không còn trong thư mục", "restore \"" + zip.toAbsolutePath() + "\"")
                    .doesNotContain("Exception", "bị rỗng");
            assertThat(run.err().lines()).hasSize(1);
            assertThat(DataFolder.embeddedDatabase(folder)).as("nothing created in its place").doesNotExist();
        }
        assertThat(CliRunner.run(folder, "restore", zip.toString()).exitCode()).isZero();
        assertThat(CliRunner.run(folder, "summary").out()).contains("Dữ liệu mẫu");
    }

    @Test
    void theCommandItPrintsRestoresTheData() throws Exception {
        Path zip = backupThenDamage(new byte[0]);

        CliRunner.Run restore = CliRunner.run(folder, "restore", zip.toString());

        assertThat(restore.exitCode()).isZero();
        CliRunner.Run summary = CliRunner.run(folder, "summary");
        assertThat(summary.exitCode()).isZero();
        assertThat(summary.out()).contains("Dữ liệu mẫu");
    }

    @Test
    void aTruncatedDatabaseFileIsRefusedTooAndItsBytesStay() throws Exception {
        assertThat(CliRunner.run(folder.resolve("whole"), "demo").exitCode()).isZero();
        byte[] whole = Files.readAllBytes(DataFolder.embeddedDatabase(folder.resolve("whole")));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        Path zip = backupThenDamage(truncated);

        CliRunner.Run run = CliRunner.run(folder, "summary", "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.DAMAGED_DATA);
        assertThat(run.err()).contains("restore \"" + zip.toAbsolutePath() + "\"");
        assertThat(Files.readAllBytes(DataFolder.embeddedDatabase(folder))).isEqualTo(truncated);
    }

    @Test
    void withoutABackupTheRefusalSaysThereIsNoneAndCreatesNothing() throws Exception {
        Files.write(DataFolder.embeddedDatabase(folder), new byte[0]);

        CliRunner.Run run = CliRunner.run(folder, "demo");

        assertThat(run.exitCode()).isEqualTo(ExitCode.DAMAGED_DATA);
        assertThat(run.err()).contains("không có bản sao lưu nào còn dùng được").doesNotContain("restore");
        assertThat(Files.size(DataFolder.embeddedDatabase(folder))).isZero();
    }

    @Test
    void aReadCommandOnAnEmptyFolderSaysHowToStartAndCreatesNothing() throws Exception {
        Path empty = folder.resolve("moi");

        for (String command : new String[] {"summary", "lagging", "backup"}) {
            CliRunner.Run run = CliRunner.run(empty, command);
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(run.err()).as(command).contains("chưa có dữ liệu", "cchc-dashboard demo", "import-plan");
        }
        assertThat(DataFolder.embeddedDatabase(empty)).doesNotExist();
    }

    @Test
    void demoStillCreatesTheSampleAndReadCommandsThenReadIt() {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();

        CliRunner.Run summary = CliRunner.run(folder, "summary");

        assertThat(summary.exitCode()).isZero();
        assertThat(summary.out()).contains("Dữ liệu mẫu");
    }

    @Test
    void importPlanOnAnEmptyFolderCreatesItsPlanAndNoSample() {
        CliRunner.Run imported = CliRunner.run(folder, "import-plan", ImportPlanCommandTest.PLAN);
        assertThat(imported.exitCode()).isZero();

        CliRunner.Run summary = CliRunner.run(folder, "summary");

        assertThat(summary.exitCode()).isZero();
        assertThat(summary.out()).contains("năm 2023").doesNotContain("Dữ liệu mẫu");
    }
}

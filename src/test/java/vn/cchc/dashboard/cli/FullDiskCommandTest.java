package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.faults.DataPrint;
import vn.cchc.dashboard.testing.faults.FaultyJvm;

/**
 * What a user of the command line sees when the disk is full: one sentence naming the disk's folder, exit code 5 and
 * no stack trace – although the log, in the same folder, cannot be written either – and nothing half-written: the
 * data, an earlier backup and an earlier export stay as they were. The real launcher runs in a child JVM whose file
 * system runs out of space where the test says, so H2, the log and the files meet the full disk as on a real one.
 */
class FullDiskCommandTest {

    /** Enough for opening the data (H2 writes a little on open), far too little for re-creating the sample. */
    private static final long A_LITTLE_SPACE = 64_000;

    @TempDir
    Path folder;

    @TempDir
    Path otherDisk;

    private final Messages vi = Messages.of(Language.VI);

    @BeforeEach
    void sampleData() {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
    }

    @Test
    void aDiskThatFillsUpMidCommandIsOneSentenceExitFiveAndTheDataStaysAsItWas() throws Exception {
        String before = DataPrint.of(folder);

        FaultyJvm.Run run = FaultyJvm.fullDisk(folder, A_LITTLE_SPACE).run("demo", "--reset", "--data-dir",
                folder.toString());

        assertOneSentence(run, ExitCode.DISK_FULL, vi.format("error.store.DISK_FULL", folder));
        assertThat(DataPrint.of(folder)).isEqualTo(before);
        assertThat(CliRunner.run(folder, "summary", "--as-of", "23/11/2026").exitCode()).as("usable again").isZero();
    }

    @Test
    void aDiskAlreadyFullWhenTheDataIsOpenedSaysTheSame() throws Exception {
        String before = DataPrint.of(folder);

        FaultyJvm.Run run = FaultyJvm.fullDisk(folder, 0).run("summary", "--data-dir", folder.toString());

        assertOneSentence(run, ExitCode.DISK_FULL, vi.format("error.store.DISK_FULL", folder));
        assertThat(DataPrint.of(folder)).isEqualTo(before);
    }

    @Test
    void aBackupOnAFullDiskLeavesNoFileAndTheEarlierBackupAsItWas() throws Exception {
        Path backup = otherDisk.resolve("ban-sao.zip");
        assertThat(CliRunner.run(folder, "backup", "--out", backup.toString()).exitCode()).isZero();
        byte[] earlier = Files.readAllBytes(backup);

        FaultyJvm.Run run = FaultyJvm.fullDisk(otherDisk, 0).run("backup", "--out", backup.toString(), "--data-dir",
                folder.toString());

        assertOneSentence(run, ExitCode.DISK_FULL, vi.format("error.backup.diskFull", backup.toAbsolutePath()));
        assertThat(Files.readAllBytes(backup)).isEqualTo(earlier);
        assertThat(namesIn(otherDisk)).containsExactly("ban-sao.zip");
    }

    @Test
    void anExportOnAFullDiskKeepsTheEarlierFileAndLeavesNoPart() throws Exception {
        Path export = otherDisk.resolve("nhiem-vu.xlsx");
        assertThat(CliRunner.run(folder, "export", "tasks", "--out", export.toString()).exitCode()).isZero();
        byte[] earlier = Files.readAllBytes(export);

        FaultyJvm.Run run = FaultyJvm.fullDisk(otherDisk, 0).run("export", "tasks", "--out", export.toString(),
                "--data-dir", folder.toString());

        assertOneSentence(run, ExitCode.DISK_FULL, vi.format("error.file.diskFull", export.toAbsolutePath()));
        assertThat(Files.readAllBytes(export)).isEqualTo(earlier);
        assertThat(namesIn(otherDisk)).containsExactly("nhiem-vu.xlsx");
    }

    /** The failure as a person reads it: this one sentence on stderr, nothing on stdout, no trace of the code. */
    static void assertOneSentence(FaultyJvm.Run run, int exitCode, String sentence) {
        assertThat(run.err()).as("stderr").isEqualTo(sentence + System.lineSeparator())
                .doesNotContain("Exception").doesNotContain("at vn.").doesNotContain("ErrorManager");
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(run.exitCode()).as("exit code").isEqualTo(exitCode);
    }

    private static java.util.List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}

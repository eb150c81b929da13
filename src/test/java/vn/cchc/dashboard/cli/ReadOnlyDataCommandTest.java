package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.DataFolder;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.faults.DataPrint;
import vn.cchc.dashboard.testing.faults.FaultyJvm;

/**
 * A data folder or database file that cannot be written is one sentence naming the folder and saying so – not a
 * damaged file, not "check the disk space", no stack trace – and nothing changes. Injected in a child JVM's file
 * system, which holds as root too; the same through real permissions where they stop this user (not root).
 */
class ReadOnlyDataCommandTest {

    @TempDir
    Path folder;

    private final Messages vi = Messages.of(Language.VI);

    @BeforeEach
    void sampleData() {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
    }

    @Test
    void aReadOnlyDataFolderIsOneSentenceNamingItAndNothingChanges() throws Exception {
        String before = DataPrint.of(folder);

        FaultyJvm.Run run = FaultyJvm.readOnly(folder).run("demo", "--reset", "--data-dir", folder.toString());

        FullDiskCommandTest.assertOneSentence(run, ExitCode.FAILURE, vi.format("error.dataFolder.notWritable", folder));
        assertThat(DataPrint.of(folder)).isEqualTo(before);
    }

    @Test
    void aReadOnlyDatabaseFileIsStillReadButAChangeIsRefusedNamingTheFolder() throws Exception {
        String before = DataPrint.of(folder);
        FaultyJvm readOnlyFile = FaultyJvm.readOnly(DataFolder.embeddedDatabase(folder));

        FaultyJvm.Run read = readOnlyFile.run("summary", "--as-of", "23/11/2026", "--data-dir", folder.toString());
        FaultyJvm.Run change = readOnlyFile.run("demo", "--reset", "--data-dir", folder.toString());

        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(read.out()).contains("Dữ liệu mẫu");
        FullDiskCommandTest.assertOneSentence(change, ExitCode.FAILURE, vi.format("error.store.NOT_WRITABLE", folder));
        assertThat(change.err()).contains("chỉ cho đọc").doesNotContain("hỏng").doesNotContain("dung lượng");
        assertThat(DataPrint.of(folder)).isEqualTo(before);
    }

    @Test
    void aFolderMadeReadOnlyByItsPermissionsSaysTheSame() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        String before = DataPrint.of(folder);
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "permissions do not stop this user (root)");

            CliRunner.Run run = CliRunner.run(folder, "demo", "--reset");

            assertThat(run.err()).isEqualTo(vi.format("error.dataFolder.notWritable", folder) + System.lineSeparator());
            assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        } finally {
            Files.setPosixFilePermissions(folder, usual);
        }
        assertThat(DataPrint.of(folder)).isEqualTo(before);
    }

    @Test
    void aDatabaseFileMadeReadOnlyByItsPermissionsNamesTheFolder() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path file = DataFolder.embeddedDatabase(folder);
        String before = DataPrint.of(folder);
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assumeFalse(Files.isWritable(file), "permissions do not stop this user (root)");

            CliRunner.Run run = CliRunner.run(folder, "demo", "--reset");

            assertThat(run.err()).isEqualTo(vi.format("error.store.NOT_WRITABLE", folder) + System.lineSeparator());
            assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        } finally {
            Files.setPosixFilePermissions(file, usual);
        }
        assertThat(DataPrint.of(folder)).isEqualTo(before);
    }
}

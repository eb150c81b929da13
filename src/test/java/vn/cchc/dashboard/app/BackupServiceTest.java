package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanDraft;
import vn.cchc.dashboard.testing.CancelAt;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.work.CancelledException;

/** Backups are verified before they count; a restore replaces the data only with a good one, and keeps what it replaced. */
class BackupServiceTest {

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    @Test
    void aBackupRestoresTheDataAsItWasAndKeepsTheReplacedData() {
        Path backup;
        BackupContents before;
        try (AppContext context = AppContext.open(folder, TestClock.today(), true)) {
            backup = context.backups().backup(BackupService.Kind.MANUAL, null).file();
            before = BackupService.verify(backup);
            context.planEditor().create(new PlanDraft(2027, "Kế hoạch CCHC năm 2027", null, null, false));
        }
        assertThat(before.plans()).isEqualTo(2);
        BackupContents restored = AppContext.restore(folder, backup, TestClock.today());
        assertThat(restored).isEqualTo(before);
        try (AppContext context = AppContext.open(folder, TestClock.today(), false)) {
            assertThat(context.plans().plans()).extracting(Plan::year).doesNotContain(2027);
            List<BackupService.Backup> backups = context.backups().list();
            BackupService.Backup replaced = backups.stream().filter(b -> b.kind() == BackupService.Kind.BEFORE_RESTORE)
                    .findFirst().orElseThrow();
            assertThat(BackupService.verify(replaced.file()).plans()).as("the replaced data, 2027 plan included").isEqualTo(3);
        }
    }

    @Test
    void aRestoreCancelledBeforeOrWhileVerifyingChangesNothingAndKeepsNoCopy() {
        Path backup = backupThenAddAPlan();

        for (CancelAt cancel : List.of(new CancelAt("work.step.backupVerifying", 0),
                CancelAt.after("work.step.backupVerifying", 0))) {
            assertThatThrownBy(() -> AppContext.restore(folder, backup, TestClock.today(), cancel))
                    .isInstanceOf(CancelledException.class);
        }

        try (AppContext context = AppContext.open(folder, TestClock.today(), false)) {
            assertThat(context.plans().plans()).extracting(Plan::year).contains(2027);
            assertThat(context.backups().list()).extracting(BackupService.Backup::kind)
                    .doesNotContain(BackupService.Kind.BEFORE_RESTORE);
        }
    }

    @Test
    void aCancelPressedOnceTheReplacingBeganIsNotHonouredAndTheRestoreEnds() {
        Path backup = backupThenAddAPlan();
        CancelAt tooLate = new CancelAt("work.step.restoreReplacing", 0);

        assertThat(AppContext.restore(folder, backup, TestClock.today(), tooLate).plans()).isEqualTo(2);

        assertThat(tooLate.steps()).isEqualTo(1);
        try (AppContext context = AppContext.open(folder, TestClock.today(), false)) {
            assertThat(context.plans().plans()).extracting(Plan::year).doesNotContain(2027);
        }
    }

    /** The sample backed up, then a 2027 plan added after it: a restore takes the plan away again. */
    private Path backupThenAddAPlan() {
        try (AppContext context = AppContext.open(folder, TestClock.today(), true)) {
            Path backup = context.backups().backup(BackupService.Kind.MANUAL, elsewhere.resolve("sao-luu.zip")).file();
            context.planEditor().create(new PlanDraft(2027, "Kế hoạch CCHC năm 2027", null, null, false));
            return backup;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"work.step.backupWriting", "work.step.backupVerifying"})
    void aBackupCancelledBeforeOrAfterWritingLeavesNoFileAndTheDatabaseWorks(String cancelledAt) throws IOException {
        try (AppContext context = AppContext.open(folder, TestClock.today(), true)) {
            Path target = elsewhere.resolve("sao-luu.zip");

            assertThatThrownBy(() -> context.backups().backup(BackupService.Kind.MANUAL, target,
                    new CancelAt(cancelledAt, 0))).isInstanceOf(CancelledException.class);

            try (var left = Files.list(elsewhere)) {
                assertThat(left).as("no backup and no temporary file").isEmpty();
            }
            assertThat(context.backups().backup(BackupService.Kind.MANUAL, target).contents().plans()).isEqualTo(2);
        }
    }

    @Test
    void aFileThatIsNotOneOfOurBackupsIsRefusedAndTheDataStaysAsItWas() throws IOException {
        try (AppContext context = AppContext.open(folder, TestClock.today(), true)) {
            context.backups().backup(BackupService.Kind.MANUAL, elsewhere.resolve("good.zip"));
        }
        Path other = elsewhere.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry("photos/anh.jpg"));
            zip.write(new byte[] {1, 2, 3});
        }
        assertRefused(other, "error.backup.NOT_OURS");

        Path truncated = elsewhere.resolve("truncated.zip");
        byte[] good = Files.readAllBytes(elsewhere.resolve("good.zip"));
        Files.write(truncated, java.util.Arrays.copyOf(good, good.length / 3));
        assertRefused(truncated, "error.backup.CORRUPT");

        Path text = elsewhere.resolve("notes.zip");
        Files.writeString(text, "không phải tệp zip");
        assertRefused(text, "error.backup.NOT_OURS");

        try (AppContext context = AppContext.open(folder, TestClock.today(), false)) {
            assertThat(context.plans().plans()).hasSize(2);
            assertThat(context.backups().list()).as("nothing replaced, nothing kept").isEmpty();
        }
    }

    private void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> AppContext.restore(folder, file, TestClock.today()))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void onExitOneBackupADayAndOnlyTheLastDaysAreKept() throws IOException {
        try (AppContext context = AppContext.open(folder, TestClock.today(), true)) {
            context.settings().setBackupsKept(2);
            Path dir = context.backups().folder();
            Files.createDirectories(dir);
            for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
                Path old = dir.resolve("cchc-" + TestClock.TODAY.minusDays(daysAgo) + "-180000-khi-thoat.zip");
                try (OutputStream out = Files.newOutputStream(old)) {
                    out.write(1);
                }
                Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2026-11-20T00:00:00Z").minusSeconds(daysAgo * 86_400L)));
            }
            context.backups().onExit();
            context.backups().onExit();
            List<BackupService.Backup> exits = context.backups().list().stream()
                    .filter(b -> b.kind() == BackupService.Kind.EXIT).toList();
            assertThat(exits).hasSize(2);
            assertThat(exits.get(0).file().getFileName().toString()).startsWith("cchc-" + TestClock.TODAY);
            assertThat(exits.get(1).file().getFileName().toString()).startsWith("cchc-" + TestClock.TODAY.minusDays(1));
        }
    }
}

package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.testing.TestClock;

/**
 * An empty, truncated or unreadable database file is what a power cut or a sync tool leaves of real data: it is
 * refused with its newest good backup named, and nothing is ever created over it.
 */
class DamagedDataTest {

    @TempDir
    Path folder;

    /** Real data (the sample, two plans) with a verified backup of it, then the database file as a power cut leaves it. */
    private Path dataWithBackupThenDamaged(byte[] damaged) throws Exception {
        Path backup;
        try (AppContext context = AppContext.open(folder, TestClock.today(), true)) {
            backup = context.backups().backup(BackupService.Kind.EXIT, null).file();
        }
        Files.write(DataFolder.embeddedDatabase(folder), damaged);
        return backup;
    }

    private byte[] truncatedDatabase() throws Exception {
        try (AppContext context = AppContext.open(folder.resolve("whole"), TestClock.today(), true)) {
            context.plans().plans();
        }
        byte[] whole = Files.readAllBytes(DataFolder.embeddedDatabase(folder.resolve("whole")));
        return Arrays.copyOf(whole, whole.length / 3);
    }

    @Test
    void anEmptyDatabaseFileIsRefusedWithItsNewestGoodBackupAndLeftEmpty() throws Exception {
        Path backup = dataWithBackupThenDamaged(new byte[0]);

        assertThatThrownBy(() -> AppContext.open(folder, TestClock.today(), true))
                .isInstanceOfSatisfying(DamagedDataException.class, e -> {
                    assertThat(e.backup()).map(BackupService.Backup::file).contains(backup);
                    assertThat(e.databaseFile()).isEqualTo(DataFolder.embeddedDatabase(folder));
                });
        assertThat(Files.size(DataFolder.embeddedDatabase(folder))).as("nothing created over the empty file").isZero();
    }

    @Test
    void aTruncatedDatabaseFileIsRefusedAndItsBytesStayAsTheyWere() throws Exception {
        byte[] truncated = truncatedDatabase();
        Path backup = dataWithBackupThenDamaged(truncated);

        assertThatThrownBy(() -> AppContext.open(folder, TestClock.today(), false))
                .isInstanceOfSatisfying(DamagedDataException.class,
                        e -> assertThat(e.backup()).map(BackupService.Backup::file).contains(backup));
        assertThat(Files.readAllBytes(DataFolder.embeddedDatabase(folder))).isEqualTo(truncated);
    }

    @Test
    void withoutAnyBackupTheRefusalSaysSoAndCreatesNothing() throws Exception {
        Files.write(DataFolder.embeddedDatabase(folder), new byte[0]);

        assertThatThrownBy(() -> AppContext.open(folder, TestClock.today(), true))
                .isInstanceOfSatisfying(DamagedDataException.class, e -> {
                    assertThat(e.backup()).isEmpty();
                    assertThat(AppException.explain(e).messageKey()).isEqualTo("error.data.damaged.noBackup");
                });
        assertThat(Files.size(DataFolder.embeddedDatabase(folder))).isZero();
    }

    @Test
    void aBackupThatNoLongerVerifiesIsPassedOverForAnOlderGoodOne() throws Exception {
        Path good = dataWithBackupThenDamaged(new byte[0]);
        Path bad = Files.write(good.resolveSibling("cchc-2026-11-23-090000-thu-cong.zip"), new byte[0]);
        Files.setLastModifiedTime(good, FileTime.from(Instant.parse("2026-11-22T08:00:00Z")));
        Files.setLastModifiedTime(bad, FileTime.from(Instant.parse("2026-11-23T09:00:00Z")));

        assertThat(BackupService.newestVerified(folder, vn.cchc.dashboard.store.KeySource.NONE))
                .map(BackupService.Backup::file).contains(good);
    }

    @Test
    void theOfferedBackupRestoresTheDataThroughTheRestorePath() throws Exception {
        Path backup = dataWithBackupThenDamaged(new byte[0]);
        DamagedDataException refused = catchDamaged();

        AppContext.restore(folder, refused.backup().orElseThrow().file(), TestClock.today());

        try (AppContext context = AppContext.open(folder, TestClock.today(), false)) {
            assertThat(context.plans().plans()).extracting(Plan::sample).containsOnly(true).hasSize(2);
        }
        assertThat(backup).exists();
    }

    private DamagedDataException catchDamaged() {
        try {
            AppContext.open(folder, TestClock.today(), false).close();
        } catch (DamagedDataException e) {
            return e;
        }
        throw new AssertionError("the damaged file was opened");
    }
}

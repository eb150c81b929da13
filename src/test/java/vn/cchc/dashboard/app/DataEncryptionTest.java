package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.store.EncryptionMarker;
import vn.cchc.dashboard.store.FileEncryption;
import vn.cchc.dashboard.store.KeySource;
import vn.cchc.dashboard.testing.TestClock;

/** Turning encryption on, changing its passphrase and turning it off keep every row, or change nothing at all. */
class DataEncryptionTest {

    /** Few PBKDF2 rounds: the mechanism is under test, not the work factor. */
    private final DataEncryption encryption = new DataEncryption(FileEncryption.H2, 1_000);

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    @Test
    void onChangeAndOffKeepEveryRowAndTheSameSummary() {
        State before = state(KeySource.NONE);

        encryption.enable(folder, "mật khẩu thứ nhất".toCharArray(), TestClock.today());
        assertThat(DataEncryption.encrypted(folder)).isTrue();
        assertThat(state(KeySource.passphrase("mật khẩu thứ nhất".toCharArray()))).isEqualTo(before);

        encryption.change(folder, KeySource.passphrase("mật khẩu thứ nhất".toCharArray()), "mật khẩu thứ hai".toCharArray(),
                TestClock.today());
        assertRefused(() -> AppContext.open(folder, null, KeySource.passphrase("mật khẩu thứ nhất".toCharArray()),
                TestClock.today(), false), "error.store.WRONG_KEY");
        assertThat(state(KeySource.passphrase("mật khẩu thứ hai".toCharArray()))).isEqualTo(before);

        encryption.disable(folder, KeySource.passphrase("mật khẩu thứ hai".toCharArray()), TestClock.today());
        assertThat(DataEncryption.encrypted(folder)).isFalse();
        assertThat(Files.exists(folder.resolve(EncryptionMarker.FILE_NAME))).isFalse();
        assertThat(state(KeySource.NONE)).isEqualTo(before);
        try (AppContext context = AppContext.open(folder, TestClock.today(), false)) {
            assertThat(context.backups().list()).filteredOn(b -> b.kind() == BackupService.Kind.BEFORE_ENCRYPTION_CHANGE)
                    .as("one verified backup before each change").hasSize(3);
        }
    }

    @Test
    void aConversionWhoseResultDoesNotVerifyLeavesTheOldFileAsItWas() throws IOException {
        State before = state(KeySource.NONE);
        // A real conversion, then its output cut short: a full disk or a crash in the middle of H2's rewrite.
        DataEncryption damaging = new DataEncryption((work, from, to) -> {
            FileEncryption.H2.convert(work, from, to);
            Path file = work.resolve("cchc.mv.db");
            try {
                byte[] converted = Files.readAllBytes(file);
                Files.write(file, java.util.Arrays.copyOf(converted, converted.length / 2));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, 1_000);

        assertRefused(() -> damaging.enable(folder, "mật khẩu dài đủ".toCharArray(), TestClock.today()),
                "error.encryption.verify");

        assertThat(DataEncryption.encrypted(folder)).as("the old, plain file is still in place").isFalse();
        assertThat(Files.exists(folder.resolve(EncryptionMarker.FILE_NAME))).isFalse();
        assertThat(Files.exists(folder.resolve(DataEncryption.WORK_FOLDER))).isFalse();
        assertThat(state(KeySource.NONE)).isEqualTo(before);
    }

    @Test
    void aShortPassphraseAWrongCurrentOneOrAPlainStoreAreRefusedBeforeAnythingChanges() {
        state(KeySource.NONE);
        assertRefused(() -> encryption.enable(folder, "ngắn".toCharArray(), TestClock.today()), "error.encryption.short");
        assertRefused(() -> encryption.disable(folder, KeySource.NONE, TestClock.today()), "error.encryption.notOn");
        encryption.enable(folder, "mật khẩu dài đủ".toCharArray(), TestClock.today());
        assertRefused(() -> encryption.disable(folder, KeySource.passphrase("mật khẩu sai bét".toCharArray()),
                TestClock.today()), "error.store.WRONG_KEY");
        assertRefused(() -> encryption.enable(folder, "mật khẩu khác nữa".toCharArray(), TestClock.today()),
                "error.encryption.alreadyOn");
        assertRefused(() -> AppContext.open(folder, TestClock.today(), false), "error.store.KEY_NEEDED");
        assertThat(DataEncryption.encrypted(folder)).isTrue();
    }

    @Test
    void anEncryptedStoreIsBackedUpEncryptedAndRestoresOnlyWithItsPassphrase() {
        state(KeySource.NONE);
        encryption.enable(folder, "mật khẩu dài đủ".toCharArray(), TestClock.today());
        KeySource right = KeySource.passphrase("mật khẩu dài đủ".toCharArray());
        Path backup = elsewhere.resolve("sao-luu.zip");
        BackupContents made;
        try (AppContext context = AppContext.open(folder, null, right, TestClock.today(), false)) {
            made = context.backups().backup(BackupService.Kind.MANUAL, backup).contents();
            context.backups().onExit();
        }

        assertRefused(() -> BackupService.verify(backup), "error.backup.KEY_NEEDED");
        assertRefused(() -> AppContext.restore(folder, backup, KeySource.passphrase("mật khẩu sai bét".toCharArray()),
                TestClock.today()), "error.backup.WRONG_KEY");
        assertThat(AppContext.restore(folder, backup, right, TestClock.today())).isEqualTo(made);
        assertThat(DataEncryption.encrypted(folder)).isTrue();
        try (AppContext context = AppContext.open(folder, null, right, TestClock.today(), false)) {
            assertThat(context.backups().list()).extracting(BackupService.Backup::kind)
                    .contains(BackupService.Kind.EXIT, BackupService.Kind.BEFORE_RESTORE);
            for (BackupService.Backup kept : context.backups().list()) {
                assertThat(BackupService.verify(kept.file(), right)).as(kept.file().toString()).isEqualTo(made);
            }
        }
    }

    /** What the data holds and what the dashboard makes of it: equal before and after a conversion. */
    private record State(BackupContents counts, List<PlanSummary> summaries) {
    }

    private State state(KeySource keys) {
        try (AppContext context = AppContext.open(folder, null, keys, TestClock.today(), true)) {
            LocalDate asOf = context.plans().today();
            List<PlanSummary> summaries = context.plans().plans().stream().map((Plan p) -> context.plans().summary(p, asOf))
                    .toList();
            return new State(vn.cchc.dashboard.store.EmbeddedBackup.count(folder, keys), summaries);
        }
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}

package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.store.EmbeddedBackup;
import vn.cchc.dashboard.store.EncryptionMarker;
import vn.cchc.dashboard.store.FileEncryption;
import vn.cchc.dashboard.store.KeySource;
import vn.cchc.dashboard.testing.PlainText;
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

    @Test
    void turningEncryptionOnLeavesNoPlainCopyOfTheDataAndEncryptsTheOlderBackups() {
        State before = state(KeySource.NONE);
        List<Path> older = olderBackups();
        assertThat(PlainText.placesHolding(folder, SECRETS)).as("the scan sees the plain data before")
                .contains("cchc.mv.db", "backups/" + older.get(0).getFileName() + "!cchc.mv.db");

        DataEncryption.Enabled enabled = encryption.enable(folder, PASSPHRASE.toCharArray(), TestClock.today());

        assertThat(PlainText.placesHolding(folder, SECRETS)).isEmpty();
        assertThat(enabled.backupsEncrypted()).isEqualTo(older.size());
        assertThat(enabled.backupsLeftPlain()).isEmpty();
        KeySource right = KeySource.passphrase(PASSPHRASE.toCharArray());
        for (Path backup : older) {
            assertRefused(() -> BackupService.verify(backup), "error.backup.KEY_NEEDED");
            assertThat(BackupService.verify(backup, right)).as(backup.toString()).isEqualTo(before.counts());
        }
        try (AppContext context = AppContext.open(folder, null, right, TestClock.today(), false)) {
            assertThat(context.backups().list()).extracting(BackupService.Backup::file)
                    .as("the encrypted backups keep their names and their order")
                    .containsSubsequence(newestFirst(older).toArray(Path[]::new));
        }
        assertThat(AppContext.restore(folder, older.get(0), right, TestClock.today())).isEqualTo(before.counts());
        assertThat(state(right)).isEqualTo(before);
        assertThat(PlainText.placesHolding(folder, SECRETS)).as("after a restore, too").isEmpty();
    }

    @Test
    void aCrashWhileTheOlderBackupsAreEncryptedLosesNothingAndATryAgainFinishes() {
        State before = state(KeySource.NONE);
        List<Path> older = olderBackups();
        // Conversions: the database's copy, the first older backup, then the process "dies" on the second one.
        AtomicInteger conversions = new AtomicInteger();
        DataEncryption dying = new DataEncryption((work, from, to) -> {
            if (conversions.incrementAndGet() == 3) {
                throw new IllegalStateException("the process dies here");
            }
            FileEncryption.H2.convert(work, from, to);
        }, 1_000);

        assertThatThrownBy(() -> dying.enable(folder, PASSPHRASE.toCharArray(), TestClock.today()))
                .hasMessageContaining("dies");

        assertThat(DataEncryption.encrypted(folder)).as("the plain database is still in place").isFalse();
        assertThat(state(KeySource.NONE)).isEqualTo(before);
        KeySource right = KeySource.passphrase(PASSPHRASE.toCharArray());
        for (Path backup : older) {
            KeySource keys = EmbeddedBackup.holdsEncrypted(backup) ? right : KeySource.NONE;
            assertThat(BackupService.verify(backup, keys)).as(backup.toString()).isEqualTo(before.counts());
        }
        assertThat(older.stream().filter(EmbeddedBackup::holdsEncrypted)).as("one was encrypted before the crash")
                .hasSize(1);

        encryption.enable(folder, PASSPHRASE.toCharArray(), TestClock.today());

        assertThat(PlainText.placesHolding(folder, SECRETS)).isEmpty();
        for (Path backup : older) {
            assertThat(BackupService.verify(backup, right)).as(backup.toString()).isEqualTo(before.counts());
        }
        assertThat(state(right)).isEqualTo(before);
    }

    @Test
    void aBackupThatDoesNotOpenIsLeftAsItWasAndNamed() throws IOException {
        state(KeySource.NONE);
        Path damaged = vn.cchc.dashboard.store.Database.backupsFolder(folder).resolve("cchc-2026-01-05-080000-thu-cong.zip");
        Files.createDirectories(damaged.getParent());
        Files.write(damaged, "PK not really a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        DataEncryption.Enabled enabled = encryption.enable(folder, PASSPHRASE.toCharArray(), TestClock.today());

        assertThat(enabled.backupsLeftPlain()).containsExactly(damaged);
        assertThat(Files.readString(damaged)).isEqualTo("PK not really a zip");
        assertThat(DataEncryption.encrypted(folder)).isTrue();
    }

    private static final String PASSPHRASE = "mật khẩu dài đủ";
    /** The sample province's name and a unit's: text of the data that no encrypted file shows. */
    private static final String[] SECRETS = {"Minh Giang", "Sở Tư pháp"};

    /** Daily backups on exit on two days before, and one made by hand: all plain, made before encryption. */
    private List<Path> olderBackups() {
        List<Path> made = new java.util.ArrayList<>();
        for (LocalDate day : List.of(TestClock.TODAY.minusDays(2), TestClock.TODAY.minusDays(1))) {
            try (AppContext context = AppContext.open(folder, null, KeySource.NONE, TestClock.on(day), false)) {
                context.backups().onExit();
                made.add(context.backups().list().get(0).file());
            }
        }
        try (AppContext context = AppContext.open(folder, null, KeySource.NONE, TestClock.today(), false)) {
            made.add(context.backups().backup(BackupService.Kind.MANUAL, null).file());
        }
        return made;
    }

    private static List<Path> newestFirst(List<Path> files) {
        List<Path> reversed = new java.util.ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        return reversed;
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

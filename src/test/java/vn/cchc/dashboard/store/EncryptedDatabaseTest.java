package vn.cchc.dashboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.zip.ZipFile;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.sample.SampleProvince;
import vn.cchc.dashboard.testing.TestClock;

/** An encrypted embedded store opens with its passphrase only, hides its text on disk, and its backups stay encrypted. */
class EncryptedDatabaseTest {

    /** Few rounds: these tests check the mechanism, not the work factor. */
    private static final EncryptionMarker MARKER = EncryptionMarker.fresh(1_000);

    @TempDir
    Path plain;
    @TempDir
    Path encrypted;
    @TempDir
    Path scratch;

    @Test
    void theEncryptedFileOpensWithItsPassphraseAndHidesTheTitlesThatAPlainFileShows() throws IOException {
        String title = createWithTask(plain);
        createWithTask(encrypted);
        encrypt(encrypted, "mật khẩu dài đủ");

        try (Database reopened = Database.openEmbedded(encrypted, KeySource.passphrase("mật khẩu dài đủ".toCharArray()))) {
            assertThat(reopened.key()).isNotNull();
            assertThat((long) reopened.inTransaction(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM task"))).isPositive();
        }
        assertThat(contains(plain, title)).as("a plain file shows its titles").isTrue();
        assertThat(contains(encrypted, title)).as("an encrypted one does not").isFalse();
        assertThat(EncryptionMarker.isEncrypted(file(encrypted))).isTrue();
        assertThat(EncryptionMarker.isEncrypted(file(plain))).isFalse();
    }

    @Test
    void aWrongPassphraseOrNoneIsRefusedWithItsOwnReason() {
        createWithTask(encrypted);
        encrypt(encrypted, "đúng mật khẩu");

        assertThatThrownBy(() -> Database.openEmbedded(encrypted, KeySource.passphrase("sai mật khẩu".toCharArray())))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.WRONG_KEY));
        assertThatThrownBy(() -> Database.openEmbedded(encrypted))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.KEY_NEEDED));
    }

    @Test
    void anEncryptedFileWithoutItsMarkerSaysSoInsteadOfCallingThePassphraseWrong() throws IOException {
        createWithTask(encrypted);
        encrypt(encrypted, "đúng mật khẩu");
        Files.delete(encrypted.resolve(EncryptionMarker.FILE_NAME));

        assertThatThrownBy(() -> Database.openEmbedded(encrypted, KeySource.passphrase("đúng mật khẩu".toCharArray())))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.KEY_MARKER_MISSING));
    }

    @Test
    void aBackupOfAnEncryptedStoreStaysEncryptedCarriesItsMarkerAndVerifiesOnlyWithTheKey() throws IOException {
        String title = createWithTask(encrypted);
        encrypt(encrypted, "đúng mật khẩu");
        Path zip = scratch.resolve("backup.zip");
        KeySource right = KeySource.passphrase("đúng mật khẩu".toCharArray());
        try (Database database = Database.openEmbedded(encrypted, right)) {
            EmbeddedBackup.write(database, zip);
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry(EncryptionMarker.FILE_NAME)).isNotNull();
            byte[] inZip = z.getInputStream(z.getEntry(EmbeddedBackup.ENTRY)).readAllBytes();
            assertThat(new String(inZip, 0, 9, StandardCharsets.US_ASCII)).isEqualTo("H2encrypt");
            assertThat(indexOf(inZip, stored(title))).isNegative();
        }

        BackupContents contents = EmbeddedBackup.verify(zip, Files.createDirectory(scratch.resolve("a")), right);
        assertThat(contents.tasks()).isPositive();
        assertThatThrownBy(() -> EmbeddedBackup.verify(zip, Files.createDirectory(scratch.resolve("b"))))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.KEY_NEEDED));
        assertThatThrownBy(() -> EmbeddedBackup.verify(zip, Files.createDirectory(scratch.resolve("c")),
                KeySource.passphrase("mật khẩu khác".toCharArray())))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.WRONG_KEY));
    }

    @Test
    void aDamagedMarkerIsNotMistakenForAWrongPassphrase() throws IOException {
        Files.writeString(encrypted.resolve(EncryptionMarker.FILE_NAME), "scheme=khác\nsalt=abc\n");
        assertThatThrownBy(() -> EncryptionMarker.read(encrypted))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.KEY_MARKER_MISSING));
    }

    /** The sample province (real plans, units and updates); returns the title of its first task. */
    private static String createWithTask(Path folder) {
        try (Database database = Database.openEmbedded(folder)) {
            SampleProvince.install(new Store(database), TestClock.today());
            return database.inTransaction(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT title FROM task ORDER BY id FETCH FIRST 1 ROWS ONLY")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
        }
    }

    private static void encrypt(Path folder, String passphrase) {
        DatabaseKey key = DatabaseKey.derive(passphrase.toCharArray(), MARKER);
        Path work = folder.resolve("work");
        Path copy = FileEncryption.convertedCopy(folder, work, null, key, FileEncryption.H2);
        try {
            key.marker().writeTo(folder);
            Files.move(copy, file(folder), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        EmbeddedBackup.deleteFolder(work);
    }

    private static Path file(Path folder) {
        return folder.resolve(EmbeddedBackup.ENTRY);
    }

    private static boolean contains(Path folder, String text) throws IOException {
        return indexOf(Files.readAllBytes(file(folder)), stored(text)) >= 0;
    }

    /** {@code text} as H2's storage layer writes strings (close to, but not quite, UTF-8). */
    private static byte[] stored(String text) {
        ByteBuffer buffer = new WriteBuffer().putStringData(text, text.length()).getBuffer();
        buffer.flip();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package vn.cchc.dashboard.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.files.AtomicFile;
import vn.cchc.dashboard.files.DiskFull;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.DatabaseKey;
import vn.cchc.dashboard.store.EmbeddedBackup;
import vn.cchc.dashboard.store.EncryptionMarker;
import vn.cchc.dashboard.store.FileEncryption;
import vn.cchc.dashboard.store.KeySource;
import vn.cchc.dashboard.store.StoreException;

/**
 * Turns encryption of a data folder's embedded database on or off, or changes its passphrase. The data must not be
 * open (the window closes its context first). In order: the current data is opened with the current key and
 * counted, a copy is converted and opened twice, a backup is made and verified, and only when the copy holds
 * exactly what the original held does it replace the original. Any failure before that leaves the old file as it
 * was; the backup stays in any case. Turning encryption on leaves no plain copy of the data behind (see
 * {@link #enable}). Blocking: call it off the FX thread.
 */
public final class DataEncryption {

    private static final Logger LOG = Logger.getLogger(DataEncryption.class.getName());
    /** The work folder beside the database (same file system, so that the final move is atomic). */
    static final String WORK_FOLDER = ".doi-ma-hoa";

    private final FileEncryption.Converter converter;
    private final int iterations;
    private final InstanceLock.Holder holder;

    /** For the window: with H2's converter and the default PBKDF2 work factor. */
    public DataEncryption() {
        this(InstanceLock.Holder.WINDOW);
    }

    /**
     * @param holder who holds the data folder meanwhile, as another copy refused is told (a window or a command)
     */
    public DataEncryption(InstanceLock.Holder holder) {
        this(FileEncryption.H2, EncryptionMarker.fresh().iterations(), holder);
    }

    /** @param converter how the copy is converted (tests pass one that damages it) */
    DataEncryption(FileEncryption.Converter converter, int iterations) {
        this(converter, iterations, InstanceLock.Holder.WINDOW);
    }

    private DataEncryption(FileEncryption.Converter converter, int iterations, InstanceLock.Holder holder) {
        this.converter = converter;
        this.iterations = iterations;
        this.holder = holder;
    }

    /** Shorter passphrases are refused. */
    public static final int MIN_PASSPHRASE_LENGTH = DatabaseKey.MIN_PASSPHRASE_LENGTH;

    /** The environment variable holding the data passphrase for the command line. */
    public static final String KEY_ENV = "CCHC_DB_KEY";

    /**
     * The data passphrase of the command line: the first line of {@code keyFile} when given, else {@value #KEY_ENV};
     * {@link KeySource#NONE} without either (an encrypted folder is then refused with the reason).
     */
    public static KeySource keys(Path keyFile, Map<String, String> env) {
        String passphrase = keyFile != null ? SecretFile.firstLine(keyFile, "error.encryption.keyFile") : env.get(KEY_ENV);
        return passphrase == null || passphrase.isEmpty() ? KeySource.NONE : KeySource.passphrase(passphrase.toCharArray());
    }

    /** A new passphrase from {@code file} (its first line); refused when missing or shorter than the minimum. */
    public static char[] newPassphrase(Path file) {
        char[] passphrase = SecretFile.firstLine(file, "error.encryption.keyFile").toCharArray();
        checkLength(passphrase);
        return passphrase;
    }

    /** True when the data folder's database file is encrypted (reads its first bytes: off the FX thread). */
    public static boolean encrypted(Path dataFolder) {
        return EncryptionMarker.isEncrypted(dataFolder.resolve(Database.EMBEDDED_NAME + ".mv.db"));
    }

    /**
     * What turning encryption on did: what the data holds, how many older plain backups were encrypted with the same
     * passphrase, and the plain backups left as they were because they could not be opened.
     */
    public record Enabled(BackupContents contents, int backupsEncrypted, List<Path> backupsLeftPlain) {
    }

    /**
     * Encrypts the unencrypted data of {@code dataFolder} with {@code passphrase}, and its plain backups with it: no
     * plain copy of the data stays in the folder.
     */
    public Enabled enable(Path dataFolder, char[] passphrase, Clock clock) {
        checkLength(passphrase);
        return convert(dataFolder, false, KeySource.NONE, passphrase, clock, true);
    }

    /** Re-encrypts the encrypted data with {@code passphrase}; {@code current} must open it. */
    public BackupContents change(Path dataFolder, KeySource current, char[] passphrase, Clock clock) {
        checkLength(passphrase);
        return convert(dataFolder, true, current, passphrase, clock);
    }

    /** As {@link #change(Path, KeySource, char[], Clock)} for the folder of {@code current}, with its passphrase. */
    public BackupContents change(DataAddress current, char[] passphrase, Clock clock) {
        return change(current.folder(), current.keys(), passphrase, clock);
    }

    /** As {@link #change(Path, KeySource, char[], Clock)} with the current passphrase as typed. */
    public BackupContents change(Path dataFolder, char[] current, char[] passphrase, Clock clock) {
        return change(dataFolder, KeySource.passphrase(current), passphrase, clock);
    }

    /** As {@link #disable(Path, KeySource, Clock)} for the folder of {@code current}, with its passphrase. */
    public BackupContents disable(DataAddress current, Clock clock) {
        return disable(current.folder(), current.keys(), clock);
    }

    /** As {@link #disable(Path, KeySource, Clock)} with the current passphrase as typed. */
    public BackupContents disable(Path dataFolder, char[] current, Clock clock) {
        return disable(dataFolder, KeySource.passphrase(current), clock);
    }

    /** Decrypts the encrypted data; {@code current} must open it. */
    public BackupContents disable(Path dataFolder, KeySource current, Clock clock) {
        return convert(dataFolder, true, current, null, clock);
    }

    private static void checkLength(char[] passphrase) {
        if (passphrase == null || passphrase.length < DatabaseKey.MIN_PASSPHRASE_LENGTH) {
            throw AppException.invalidInput("error.encryption.short", DatabaseKey.MIN_PASSPHRASE_LENGTH);
        }
    }

    private BackupContents convert(Path dataFolder, boolean fromEncrypted, KeySource current, char[] passphrase,
                                   Clock clock) {
        return convert(dataFolder, fromEncrypted, current, passphrase, clock, false).contents();
    }

    /**
     * In order: the data is counted; a copy is converted and must count the same twice; a backup is made and
     * verified; when encryption is turned on, the plain backups are encrypted; only then does the copy replace the
     * original. Until that last move the original is untouched, so a failure or a crash at any step leaves the data
     * as it was, openable as before. Turning encryption on, the backup is made of the encrypted copy and the plain
     * backups are converted before the move: no plain copy of the data is written, and once the file in place is
     * encrypted none is left in the data folder (except a backup that could not be opened, named in the outcome).
     */
    private Enabled convert(Path dataFolder, boolean fromEncrypted, KeySource current, char[] passphrase, Clock clock,
                            boolean encryptBackups) {
        DataFolder.prepare(dataFolder);
        Path file = dataFolder.resolve(Database.EMBEDDED_NAME + ".mv.db");
        Path work = dataFolder.resolve(WORK_FOLDER);
        try (InstanceLock lock = InstanceLock.acquire(dataFolder, holder)) {
            if (!Files.exists(file)) {
                throw AppException.invalidInput("error.encryption.noData", dataFolder);
            }
            if (encrypted(dataFolder) != fromEncrypted) {
                throw AppException.invalidInput(fromEncrypted ? "error.encryption.notOn" : "error.encryption.alreadyOn",
                        dataFolder);
            }
            DatabaseKey from = fromEncrypted ? current.keyFor(EncryptionMarker.read(dataFolder)) : null;
            KeySource fromKeys = from == null ? KeySource.NONE : KeySource.of(from);
            BackupContents before = EmbeddedBackup.count(dataFolder, fromKeys);
            // A new passphrase keeps the folder's salt: the marker then never has to change together with the file.
            DatabaseKey to = passphrase == null ? null : DatabaseKey.derive(passphrase,
                    from != null ? from.marker() : freshMarker());
            KeySource toKeys = to == null ? KeySource.NONE : KeySource.of(to);
            // Deleted only while this process holds the lock: another one may be converting in it.
            try {
                Path copy = verifiedCopy(dataFolder, work, from, to, before);
                Path backup = from == null && to != null ? keepBackup(work, dataFolder, toKeys, before, clock)
                        : keepBackup(dataFolder, dataFolder, fromKeys, before, clock);
                BackupEncryption.Outcome backups = encryptBackups
                        ? new BackupEncryption(converter).encryptAll(dataFolder, to)
                        : new BackupEncryption.Outcome(0, List.of());
                moveIntoPlace(dataFolder, copy, to);
                LOG.info("Encryption of " + dataFolder + " " + (to == null ? "turned off" : from == null ? "turned on"
                        : "passphrase changed") + "; backup before it: " + backup + "; plain backups encrypted: "
                        + backups.encrypted() + ", left: " + backups.leftPlain());
                return new Enabled(before, backups.encrypted(), backups.leftPlain());
            } finally {
                EmbeddedBackup.deleteFolder(work);
            }
        } catch (StoreException e) {
            throw DataOpening.fromStore(e, dataFolder);
        }
    }

    private EncryptionMarker freshMarker() {
        EncryptionMarker fresh = EncryptionMarker.fresh();
        return new EncryptionMarker(fresh.salt(), iterations);
    }

    /** A backup of the closed database in {@code source} as it is, verified to hold what the data holds. */
    private static Path keepBackup(Path source, Path dataFolder, KeySource keys, BackupContents expected, Clock clock) {
        String name = Database.EMBEDDED_NAME + "-" + BackupService.stamp(clock) + "-"
                + BackupService.Kind.BEFORE_ENCRYPTION_CHANGE.suffix();
        Path backup = Database.backupsFolder(dataFolder).resolve(name + ".zip");
        // Two changes within a second (turned on, then the passphrase changed) must not overwrite the first backup.
        for (int n = 2; Files.exists(backup); n++) {
            backup = backup.resolveSibling(name + "-" + n + ".zip");
        }
        EmbeddedBackup.zipClosed(source, backup);
        if (!BackupService.verify(backup, keys).equals(expected)) {
            throw AppException.failure("error.encryption.verify", null, dataFolder);
        }
        return backup;
    }

    /** The converted copy in {@code work}, opened twice and holding exactly what the original holds. */
    private Path verifiedCopy(Path dataFolder, Path work, DatabaseKey from, DatabaseKey to, BackupContents expected) {
        Path copy = FileEncryption.convertedCopy(dataFolder, work, from, to, converter);
        KeySource toKeys = to == null ? KeySource.NONE : KeySource.of(to);
        BackupContents first = countConverted(work, toKeys, dataFolder);
        BackupContents second = countConverted(work, toKeys, dataFolder);
        if (!first.equals(expected) || !second.equals(expected)) {
            throw AppException.failure("error.encryption.verify", null, dataFolder);
        }
        return copy;
    }

    private static void moveIntoPlace(Path dataFolder, Path copy, DatabaseKey to) {
        try {
            // The file's own header says whether it is encrypted: a marker beside a plain file is ignored, so the
            // marker goes first when turning on and last when turning off, and a crash in between misleads nothing.
            if (to != null) {
                to.marker().writeTo(dataFolder);
            }
            AtomicFile.moveIntoPlace(copy, dataFolder.resolve(Database.EMBEDDED_NAME + ".mv.db"));
            if (to == null) {
                EncryptionMarker.deleteFrom(dataFolder);
            }
        } catch (IOException e) {
            throw AppException.failure(DiskFull.causes(e) ? "error.store.DISK_FULL" : "error.store.NOT_WRITABLE", e,
                    dataFolder);
        }
    }

    private static BackupContents countConverted(Path work, KeySource keys, Path dataFolder) {
        try {
            return EmbeddedBackup.count(work, keys);
        } catch (StoreException e) {
            throw AppException.failure("error.encryption.verify", e, dataFolder);
        }
    }
}

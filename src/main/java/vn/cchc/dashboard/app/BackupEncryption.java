package vn.cchc.dashboard.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.files.AtomicFile;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.DatabaseKey;
import vn.cchc.dashboard.store.EmbeddedBackup;
import vn.cchc.dashboard.store.FileEncryption;
import vn.cchc.dashboard.store.KeySource;
import vn.cchc.dashboard.store.StoreException;

/**
 * Encrypts the unencrypted backups of a data folder whose encryption is being turned on, one at a time: each is
 * encrypted into a new file beside it, that file is opened and must hold what the plain one held, and only then does
 * it take the plain one's name (one atomic move). Whenever the process dies, each backup exists under its name, plain
 * or encrypted, and a leftover {@value #IN_PROGRESS} file is only an encrypted copy. Blocking.
 */
final class BackupEncryption {

    /** The end of an encrypted copy's name until it replaces its plain backup; not a ".zip", so never listed. */
    static final String IN_PROGRESS = ".ma-hoa";

    /** What became of the plain backups: how many are encrypted now, and those left as they were (unreadable). */
    record Outcome(int encrypted, List<Path> leftPlain) {
    }

    private static final Logger LOG = Logger.getLogger(BackupEncryption.class.getName());

    private final FileEncryption.Converter converter;

    BackupEncryption(FileEncryption.Converter converter) {
        this.converter = converter;
    }

    Outcome encryptAll(Path dataFolder, DatabaseKey key) {
        int encrypted = 0;
        List<Path> leftPlain = new ArrayList<>();
        for (BackupService.Backup backup : BackupService.list(Database.backupsFolder(dataFolder))) {
            Path plain = backup.file();
            try {
                if (!EmbeddedBackup.holdsEncrypted(plain)) {
                    encrypt(plain, key);
                    encrypted++;
                }
            } catch (AppException | StoreException | IOException e) {
                // A backup that does not open cannot be converted; deleting it could lose the only copy of something,
                // so it stays and the notice names it for the user to judge.
                LOG.log(Level.WARNING, "backup left unencrypted: " + plain, e);
                leftPlain.add(plain);
            }
        }
        return new Outcome(encrypted, List.copyOf(leftPlain));
    }

    private void encrypt(Path plain, DatabaseKey key) throws IOException {
        BackupContents held = BackupService.verify(plain);
        Path copy = plain.resolveSibling(plain.getFileName() + IN_PROGRESS);
        Path scratch = Files.createTempDirectory("cchc-encrypt-");
        try {
            EmbeddedBackup.encryptedCopy(plain, scratch, key, converter, copy);
            if (!BackupService.verify(copy, KeySource.of(key)).equals(held)) {
                throw new IOException("encrypted copy of " + plain + " does not hold what the backup holds");
            }
            // The list of backups is ordered by the file's time: the encrypted one keeps its place.
            FileTime made = Files.getLastModifiedTime(plain);
            Files.setLastModifiedTime(copy, made);
            AtomicFile.moveIntoPlace(copy, plain);
        } finally {
            Files.deleteIfExists(copy);
            EmbeddedBackup.deleteFolder(scratch);
        }
    }
}

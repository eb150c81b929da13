package vn.cchc.dashboard.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.cchc.dashboard.store.KeySource;
import vn.cchc.dashboard.store.StoreException;

/**
 * The data folder's database file is there but cannot be opened: empty (what a power cut or a sync tool leaves),
 * truncated or otherwise unreadable. Such a file is never taken for a new database: nothing is created over it, and
 * the newest backup that still verifies is named so that the user can restore it (the window offers it, the command
 * line prints the command).
 */
public final class DamagedDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Path dataFolder;
    private final transient BackupService.Backup backup;
    private final boolean missing;

    private DamagedDataException(Path dataFolder, BackupService.Backup backup, StoreException cause, boolean missing) {
        super((missing ? "missing" : "damaged") + " database in " + dataFolder + (backup == null ? ", no backup verifies"
                : ", newest good backup " + backup.file()), cause);
        this.dataFolder = dataFolder;
        this.backup = backup;
        this.missing = missing;
    }

    /** The refusal for {@code dataFolder}, whose database failed to open with {@code cause}, with its newest good backup. */
    static DamagedDataException of(Path dataFolder, KeySource keys, StoreException cause) {
        return new DamagedDataException(dataFolder, BackupService.newestVerified(dataFolder, keys).orElse(null), cause,
                false);
    }

    /**
     * Refuses a data folder whose database file is gone although backups of it remain: deleted, moved or not yet
     * synced back. Taken for a new folder, it would start empty (or with the sample) beside the province's backups.
     */
    static void refuseLost(Path dataFolder, KeySource keys) {
        if (!Files.exists(DataFolder.embeddedDatabase(dataFolder))) {
            Optional<BackupService.Backup> newest = BackupService.newestVerified(dataFolder, keys);
            if (newest.isPresent()) {
                throw new DamagedDataException(dataFolder, newest.get(), null, true);
            }
        }
    }

    /** "damaged" for a file that is there but unreadable, "missing" for one that is gone: the wording's key part. */
    public String wording() {
        return missing ? "missing" : "damaged";
    }

    /** The refusal behind {@code failure} (wrapped by background work or a command), or null when it is something else. */
    public static DamagedDataException in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DamagedDataException damaged) {
                return damaged;
            }
        }
        return null;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** The database file that cannot be opened. */
    public Path databaseFile() {
        return DataFolder.embeddedDatabase(dataFolder);
    }

    /** The newest backup that verifies, to restore; empty when there is none. */
    public Optional<BackupService.Backup> backup() {
        return Optional.ofNullable(backup);
    }
}

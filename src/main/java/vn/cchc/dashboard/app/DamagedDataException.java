package vn.cchc.dashboard.app;

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

    private DamagedDataException(Path dataFolder, BackupService.Backup backup, StoreException cause) {
        super("damaged database in " + dataFolder + (backup == null ? ", no backup verifies" : ", newest good backup "
                + backup.file()), cause);
        this.dataFolder = dataFolder;
        this.backup = backup;
    }

    /** The refusal for {@code dataFolder}, whose database failed to open with {@code cause}, with its newest good backup. */
    static DamagedDataException of(Path dataFolder, KeySource keys, StoreException cause) {
        return new DamagedDataException(dataFolder, BackupService.newestVerified(dataFolder, keys).orElse(null), cause);
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

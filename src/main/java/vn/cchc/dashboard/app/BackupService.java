package vn.cchc.dashboard.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.files.DiskFull;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.EmbeddedBackup;
import vn.cchc.dashboard.store.KeySource;
import vn.cchc.dashboard.store.StoreException;
import vn.cchc.dashboard.work.CancelledException;
import vn.cchc.dashboard.work.Progress;

/**
 * Backups of the data folder's database: made by hand, on exit (one a day, the last N days kept) and before
 * every schema upgrade (by the store); each one verified by opening a restored copy twice before it counts.
 * Blocking: call it off the FX thread.
 */
public final class BackupService {

    /** The kinds of backup, as they appear at the end of the file name. */
    public enum Kind {
        MANUAL("thu-cong"), EXIT("khi-thoat"), BEFORE_RESTORE("truoc-khoi-phuc"), BEFORE_UPGRADE("truoc-nang-cap"),
        BEFORE_ENCRYPTION_CHANGE("truoc-doi-ma-hoa");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        /** How the kind ends a backup's file name ("khi-thoat"). */
        public String suffix() {
            return suffix;
        }

        static Kind of(Path file) {
            String name = file.getFileName().toString();
            for (Kind kind : values()) {
                if (name.contains("-" + kind.suffix)) {
                    return kind;
                }
            }
            return MANUAL;
        }
    }

    /** A backup just made, and what its verification found in it. */
    public record Verified(Path file, BackupContents contents) {
    }

    /** One backup file in the backups folder. */
    public record Backup(Path file, Kind kind, LocalDateTime made, long bytes) {
    }

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    private final Path dataFolder;
    private final Database database;
    private final Clock clock;
    private final AppSettings settings;
    private final KeySource keys;

    BackupService(Path dataFolder, Database database, Clock clock, AppSettings settings, KeySource keys) {
        this.dataFolder = dataFolder;
        this.keys = keys;
        this.database = database;
        this.clock = clock;
        this.settings = settings;
    }

    public Path folder() {
        return Database.backupsFolder(dataFolder);
    }

    /** Every backup, the newest first. */
    public List<Backup> list() {
        return list(folder());
    }

    /**
     * The newest backup in {@code dataFolder}'s backups folder that verifies now (with the key {@code keys} gives), if
     * any: a backup's own file can be damaged too, and a copy kept before a restore may hold the damaged data it
     * replaced, so each is opened before it is offered. Blocking, and seconds per backup on a large database.
     */
    public static Optional<Backup> newestVerified(Path dataFolder, KeySource keys) {
        for (Backup backup : list(Database.backupsFolder(dataFolder))) {
            try {
                verify(backup.file(), keys);
                return Optional.of(backup);
            } catch (AppException notGood) {
                LOG.log(Level.INFO, "backup does not verify, not offered: " + backup.file(), notGood);
            }
        }
        return Optional.empty();
    }

    static List<Backup> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip")).map(BackupService::describe)
                    .sorted(Comparator.comparing(Backup::made).reversed()).toList();
        } catch (IOException e) {
            throw AppException.failure("error.backup.list", e, folder);
        }
    }

    private static Backup describe(Path file) {
        try {
            LocalDateTime made = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(),
                    ZoneId.systemDefault());
            return new Backup(file, Kind.of(file), made, Files.size(file));
        } catch (IOException e) {
            return new Backup(file, Kind.of(file), LocalDateTime.MIN, 0);
        }
    }

    /**
     * True when the data is in this folder's embedded file. A shared server is backed up by its own
     * administrator (pg_dump): this application neither pretends to back it up nor restores over it.
     */
    public boolean available() {
        return database.kind() == Database.Kind.EMBEDDED;
    }

    /**
     * A verified backup of the data as it is now, into the backups folder (or {@code target} when given).
     *
     * @throws AppException on a shared server, whose own backups apply
     */
    public Verified backup(Kind kind, Path target) {
        return backup(kind, target, Progress.NONE);
    }

    /**
     * As {@link #backup(Kind, Path)}, telling {@code progress} when it writes and when it verifies. A cancel is
     * honoured before writing, between writing and verifying, and after verifying; a backup already written is then
     * removed, so a cancelled backup leaves no file (H2's BACKUP statement itself runs to its end).
     */
    public Verified backup(Kind kind, Path target, Progress progress) {
        if (!available()) {
            throw AppException.invalidInput("error.backup.server", database.location());
        }
        Path file = target != null ? target : folder().resolve(Database.EMBEDDED_NAME + "-" + stamp(clock) + "-"
                + kind.suffix + ".zip");
        progress.step("work.step.backupWriting", 0, 0);
        try {
            EmbeddedBackup.write(database, file);
        } catch (StoreException e) {
            String key = e.reason() == StoreException.Reason.DISK_FULL ? "error.backup.diskFull" : "error.backup.write";
            throw AppException.failure(key, e, file.toAbsolutePath());
        }
        try {
            progress.step("work.step.backupVerifying", 0, 0);
            Verified verified = new Verified(file, verify(file, keys));
            progress.checkCancelled();
            return verified;
        } catch (CancelledException cancelled) {
            deleteCancelled(file, cancelled);
            throw cancelled;
        }
    }

    private static void deleteCancelled(Path file, CancelledException cancelled) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cancelled.addSuppressed(e);
            LOG.log(Level.WARNING, "a cancelled backup could not be removed: " + file, e);
        }
    }

    /** "2026-11-23-081500": when a backup was made, in its file name, sorting as it reads. */
    static String stamp(Clock clock) {
        return Database.backupStamp(LocalDateTime.now(clock));
    }

    /** Restores {@code zip} into a scratch folder and opens it twice; a clear refusal when it is not a good backup. */
    public static BackupContents verify(Path zip) {
        return verify(zip, KeySource.NONE);
    }

    /**
     * As {@link #verify(Path)}; a backup of an encrypted database stays encrypted and is opened with the key
     * {@code keys} gives ("error.backup.KEY_NEEDED" without one, "error.backup.WRONG_KEY" for another passphrase).
     */
    public static BackupContents verify(Path zip, KeySource keys) {
        // Said for what they are: a mistyped name or a folder is not a disk that is full or a backup that is damaged.
        if (Files.isDirectory(zip)) {
            throw AppException.invalidInput("error.backup.folder", zip.toAbsolutePath());
        }
        if (!Files.exists(zip)) {
            throw AppException.invalidInput("error.backup.notFound", zip.toAbsolutePath());
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("cchc-verify-");
            return EmbeddedBackup.verify(zip, scratch, keys);
        } catch (IOException e) {
            throw AppException.failure(DiskFull.causes(e) ? "error.backup.DISK_FULL" : "error.backup.verify", e,
                    zip.toAbsolutePath(), temporaryFolder());
        } catch (StoreException e) {
            throw AppException.failure("error.backup." + e.reason().name(), e, zip.toAbsolutePath(), temporaryFolder());
        } finally {
            if (scratch != null) {
                EmbeddedBackup.deleteFolder(scratch);
            }
        }
    }

    /** Where a backup is unpacked to be checked: the system's, often on another disk than the data. */
    private static Path temporaryFolder() {
        return Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    }

    /**
     * On exit: one backup a day, and only the last {@link AppSettings#backupsKept()} days of them kept. A
     * failure here never stops the application from closing; it is logged.
     */
    public void onExit() {
        if (!available()) {
            return;
        }
        try {
            LocalDate today = LocalDate.now(clock);
            List<Backup> exits = list().stream().filter(b -> b.kind() == Kind.EXIT).toList();
            if (exits.stream().noneMatch(b -> b.file().getFileName().toString().contains(today.toString()))) {
                backup(Kind.EXIT, null);
                exits = list().stream().filter(b -> b.kind() == Kind.EXIT).toList();
            }
            for (Backup old : exits.subList(Math.min(exits.size(), settings.backupsKept()), exits.size())) {
                Files.deleteIfExists(old.file());
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "backup on exit failed", e);
        }
    }
}

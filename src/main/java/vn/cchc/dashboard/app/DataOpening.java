package vn.cchc.dashboard.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.sample.SampleProvince;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.EmbeddedBackup;
import vn.cchc.dashboard.store.KeySource;
import vn.cchc.dashboard.store.ServerAddress;
import vn.cchc.dashboard.store.StoreException;
import vn.cchc.dashboard.work.Progress;

/**
 * What happens to a data folder before there is a context on it, or instead of one: finding the database its data
 * lives on (the folder's own, encrypted or not, or a shared server), holding the folder's lock for as long as it is
 * open, refusing a folder whose database is lost while verified backups remain, and putting a backup in place of the
 * data. Every failure of the store leaves here as an {@link AppException} a person can read. {@link AppContext}
 * keeps the doorways its callers use; this class keeps the one way through them.
 */
final class DataOpening {

    private static final Logger LOG = Logger.getLogger(DataOpening.class.getName());

    private DataOpening() {
    }

    /**
     * Opens the data folder on the database its settings name, unless the user chose to work locally: the shared
     * server {@code db} (a {@code jdbc:postgresql://} address) when given, else the one chosen in Cài đặt; its password
     * as typed at start, else from {@code dbPasswordFile} when given, {@link SharedServer#PASSWORD_ENV} or ~/.pgpass.
     */
    static AppContext open(Path dataFolder, String db, Path dbPasswordFile, SessionSecrets secrets, Clock clock,
                           boolean createSampleIfEmpty) {
        ServerAddress server = secrets.isLocalOnly() ? null
                : SharedServer.choose(db, dbPasswordFile, AppSettings.load(dataFolder), System.getenv());
        if (server != null && secrets.serverPassword() != null) {
            server = server.withPassword(secrets.serverPassword());
        }
        return open(dataFolder, server, secrets.keys(), clock, createSampleIfEmpty, InstanceLock.Holder.WINDOW);
    }

    /**
     * Opens the data folder on {@code server}, or on its own database (with the key {@code keys} gives) when null, the
     * folder locked for {@code holder}; on an empty database, the sample province when {@code createSampleIfEmpty}.
     * Nothing stays open or locked when opening fails.
     */
    static AppContext open(Path dataFolder, ServerAddress server, KeySource keys, Clock clock,
                           boolean createSampleIfEmpty, InstanceLock.Holder holder) {
        DataFolder.prepare(dataFolder);
        InstanceLock lock = InstanceLock.acquire(dataFolder, holder);
        Logs.writeTo(dataFolder, clock.getZone());
        Database database = null;
        try {
            database = server == null ? openDatabase(dataFolder, keys) : SharedServer.open(server);
            AppContext context = new AppContext(dataFolder, lock, database, AppSettings.load(dataFolder), clock, keys);
            if (createSampleIfEmpty && context.store().allPlans().isEmpty()) {
                LOG.info("Empty database: creating the sample province in " + dataFolder);
                SampleProvince.install(context.store(), clock);
            }
            return context;
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            lock.close();
            throw e instanceof StoreException se ? fromStore(se, dataFolder) : e;
        }
    }

    private static Database openDatabase(Path dataFolder, KeySource keys) {
        DamagedDataException.refuseLost(dataFolder, keys);
        try {
            return Database.openEmbedded(dataFolder, keys);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.CORRUPT) {
                throw DamagedDataException.of(dataFolder, keys, e);
            }
            throw fromStore(e, dataFolder);
        }
    }

    static AppException fromStore(StoreException e, Path dataFolder) {
        return AppException.failure("error.store." + e.reason().name(), e, dataFolder);
    }

    /**
     * Replaces the data in {@code dataFolder}, locked for {@code holder}, by the backup {@code zip}: only once the
     * backup verifies (an encrypted one with the key {@code keys} gives), and keeping the replaced data as a backup of
     * its own ("truoc-khoi-phuc"). {@code progress} is told while it verifies and while it replaces; a cancel is
     * honoured before and after verifying, never once the replacing begins (its final step): stopped there, the data
     * folder would hold neither the old data nor the new.
     *
     * @return what the restored data holds
     */
    static BackupContents restore(Path dataFolder, Path zip, KeySource keys, Clock clock, Progress progress,
                                  InstanceLock.Holder holder) {
        DataFolder.prepare(dataFolder);
        try (InstanceLock lock = InstanceLock.acquire(dataFolder, holder)) {
            progress.step("work.step.backupVerifying", 0, 0);
            BackupContents contents = BackupService.verify(zip, keys);
            progress.finalStep("work.step.restoreReplacing", 0, 0);
            if (Files.exists(dataFolder.resolve(Database.EMBEDDED_NAME + ".mv.db"))) {
                EmbeddedBackup.zipClosed(dataFolder, Database.backupsFolder(dataFolder).resolve(Database.EMBEDDED_NAME
                        + "-" + BackupService.stamp(clock) + "-" + BackupService.Kind.BEFORE_RESTORE.suffix() + ".zip"));
            }
            EmbeddedBackup.putInPlace(zip, dataFolder);
            LOG.info("Restored " + zip + " into " + dataFolder + ": " + contents);
            return contents;
        } catch (StoreException e) {
            throw fromStore(e, dataFolder);
        }
    }
}

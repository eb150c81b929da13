package vn.cchc.dashboard.app;

import java.nio.file.Path;
import java.time.Clock;
import vn.cchc.dashboard.app.accounts.AccountService;
import vn.cchc.dashboard.app.indicators.IndicatorLibrary;
import vn.cchc.dashboard.app.national.NationalResultsService;
import vn.cchc.dashboard.app.statistics.StatisticsService;
import vn.cchc.dashboard.app.unitindex.UnitIndexAnnouncement;
import vn.cchc.dashboard.app.unitindex.UnitIndexForms;
import vn.cchc.dashboard.app.unitindex.UnitIndexService;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.KeySource;
import vn.cchc.dashboard.store.ServerAddress;
import vn.cchc.dashboard.store.Store;
import vn.cchc.dashboard.work.Progress;

/**
 * The composition root: opens the data folder (one copy at a time), the database and the services on
 * it, and closes them in reverse order. Opening touches files and the database: never on the FX thread.
 * The ways to open or restore a folder are the static doorways here, all going through {@link DataOpening}; the
 * services are wired to each other in {@link Services}.
 */
public final class AppContext implements AutoCloseable {

    private final Path dataFolder;
    private final InstanceLock lock;
    private final Database database;
    private final Store store;
    private final AppSettings settings;
    private final Services services;
    private final Clock clock;
    private final KeySource keys;

    /** Builds the services on {@code database}, which it closes, and then {@code lock}, on {@link #close}. */
    AppContext(Path dataFolder, InstanceLock lock, Database database, AppSettings settings, Clock clock,
               KeySource keys) {
        this.dataFolder = dataFolder;
        this.keys = keys;
        this.lock = lock;
        this.database = database;
        this.store = new Store(database);
        this.settings = settings;
        this.clock = clock;
        this.services = Services.on(store, dataFolder, database, settings, clock, keys);
    }

    /**
     * Opens the data folder on the database its settings name: a shared server chosen in Cài đặt (its password
     * from {@link SharedServer#PASSWORD_ENV} or ~/.pgpass), else the folder's embedded database.
     *
     * @param createSampleIfEmpty on a database with no plan, create the sample province ("Dữ liệu mẫu"),
     *                            so that a first start shows something meaningful
     */
    public static AppContext open(Path dataFolder, Clock clock, boolean createSampleIfEmpty) {
        return DataOpening.open(dataFolder, null, null, SessionSecrets.NONE, clock, createSampleIfEmpty);
    }

    /**
     * As {@link #open(Path, Clock, boolean)}: the window's, on the shared server {@code db} when given ({@code --db}),
     * with its password from {@code dbPasswordFile} when given, and what the user typed at start – the data passphrase
     * of an encrypted folder, the server's password (before the other sources), or the choice to work locally.
     */
    public static AppContext open(Path dataFolder, String db, Path dbPasswordFile, SessionSecrets secrets, Clock clock,
                                  boolean createSampleIfEmpty) {
        return DataOpening.open(dataFolder, db, dbPasswordFile, secrets, clock, createSampleIfEmpty);
    }

    /**
     * As {@link #open(Path, Clock, boolean)}, on the shared PostgreSQL server {@code server} when given. The data
     * folder still holds this user's settings, log and lock; the plans, tasks and updates live on the server.
     *
     * @param server the shared server (with its password, if any), or null for the embedded database
     */
    public static AppContext open(Path dataFolder, ServerAddress server, Clock clock, boolean createSampleIfEmpty) {
        return open(dataFolder, server, KeySource.NONE, clock, createSampleIfEmpty);
    }

    /**
     * As {@link #open(Path, ServerAddress, Clock, boolean)}; an encrypted embedded database is opened with the key
     * {@code keys} gives (its failures: "error.store.KEY_NEEDED", "….WRONG_KEY", "….KEY_MARKER_MISSING").
     */
    public static AppContext open(Path dataFolder, ServerAddress server, KeySource keys, Clock clock,
                                  boolean createSampleIfEmpty) {
        return open(dataFolder, server, keys, clock, createSampleIfEmpty, InstanceLock.Holder.WINDOW);
    }

    /**
     * As {@link #open(Path, ServerAddress, KeySource, Clock, boolean)}, noting {@code holder} with the folder's lock:
     * another copy refused meanwhile is told whether a window or a command-line run has the data.
     */
    public static AppContext open(Path dataFolder, ServerAddress server, KeySource keys, Clock clock,
                                  boolean createSampleIfEmpty, InstanceLock.Holder holder) {
        return DataOpening.open(dataFolder, server, keys, clock, createSampleIfEmpty, holder);
    }

    /** As {@link #open(Path, ServerAddress, KeySource, Clock, boolean, InstanceLock.Holder)}, at {@code address}. */
    public static AppContext open(DataAddress address, Clock clock, boolean createSampleIfEmpty,
                                  InstanceLock.Holder holder) {
        return open(address.folder(), address.server(), address.keys(), clock, createSampleIfEmpty, holder);
    }

    /**
     * Refuses ({@link DamagedDataException}) a data folder whose database file is gone while verified backups of it
     * remain; does nothing otherwise. Read commands ask before they say a folder has no data.
     */
    public static void refuseLostData(DataAddress address) {
        DamagedDataException.refuseLost(address.folder(), address.keys());
    }

    /**
     * Replaces the data in {@code dataFolder} by the backup {@code zip}, which must not be open anywhere:
     * only once the backup verifies, and keeping the replaced data as a backup of its own ("truoc-khoi-phuc").
     *
     * @return what the restored data holds
     */
    public static BackupContents restore(Path dataFolder, Path zip, Clock clock) {
        return restore(dataFolder, zip, clock, Progress.NONE);
    }

    /**
     * As {@link #restore(Path, Path, Clock)}, {@code progress} told while it verifies and while it replaces. A cancel
     * is honoured before and after verifying, never once the replacing begins: stopped there, the data folder would
     * hold neither the old data nor the new.
     */
    public static BackupContents restore(Path dataFolder, Path zip, Clock clock, Progress progress) {
        return DataOpening.restore(dataFolder, zip, KeySource.NONE, clock, progress, InstanceLock.Holder.WINDOW);
    }

    /** As {@link #restore(Path, Path, Clock, Progress)}: an encrypted backup verified with the session's passphrase. */
    public static BackupContents restore(Path dataFolder, Path zip, SessionSecrets secrets, Clock clock,
                                         Progress progress) {
        return DataOpening.restore(dataFolder, zip, secrets.keys(), clock, progress, InstanceLock.Holder.WINDOW);
    }

    /** As {@link #restore(Path, Path, Clock)} with the key {@code keys} gives, unwatched: the command line's. */
    public static BackupContents restore(Path dataFolder, Path zip, KeySource keys, Clock clock) {
        return DataOpening.restore(dataFolder, zip, keys, clock, Progress.NONE, InstanceLock.Holder.COMMAND);
    }

    /** As {@link #restore(Path, Path, KeySource, Clock)}, into the folder of {@code address} with its passphrase. */
    public static BackupContents restore(DataAddress address, Path zip, Clock clock) {
        return restore(address.folder(), zip, address.keys(), clock);
    }

    /** The shared server's address (never with a password) when the data is on one; null for the own database. */
    public String sharedServer() {
        return database.kind() == Database.Kind.SERVER ? database.location() : null;
    }

    /** The database in use: the embedded file of the data folder, or a shared server. */
    public Database database() {
        return database;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public Store store() {
        return store;
    }

    public AppSettings settings() {
        return settings;
    }

    public PlanService plans() {
        return services.plans();
    }

    public TaskService tasks() {
        return services.tasks();
    }

    public UnitService units() {
        return services.units();
    }

    public IndicatorService indicators() {
        return services.indicators();
    }

    public BackupService backups() {
        return services.backups();
    }

    public PlanEditor planEditor() {
        return services.planEditor();
    }

    public PlanImportService planImport() {
        return services.planImport();
    }

    public PlanExportService planExport() {
        return services.planExport();
    }

    public ProgressExchangeService progressExchange() {
        return services.progressExchange();
    }

    /** The province's reform index of its own units (Chỉ số CCHC). */
    public UnitIndexService unitIndex() {
        return services.unitIndex();
    }

    /** The self-assessment forms of the reform index: sent to the units, read back, who has returned. */
    public UnitIndexForms unitIndexForms() {
        return services.unitIndexForms();
    }

    /** The announcement of a year's unit index: the decision with its ranking annex, and the results report. */
    public UnitIndexAnnouncement unitIndexAnnouncement() {
        return services.unitIndexAnnouncement();
    }

    /** The periodic reports: their content and their files. */
    public ReportService reports() {
        return services.reports();
    }

    public StatisticsService statistics() {
        return services.statistics();
    }

    /** The province's indicators, their targets and milestones, as the office edits them. */
    public IndicatorLibrary indicatorLibrary() {
        return services.indicatorLibrary();
    }

    /** Who is working and what they may do; on a shared server, its accounts. */
    public AccountService accounts() {
        return services.accounts();
    }

    /** The PAR Index and SIPAS results of every province, and where the province stands in them. */
    public NationalResultsService nationalResults() {
        return services.nationalResults();
    }

    public AuditService audit() {
        return services.audit();
    }

    public Clock clock() {
        return clock;
    }

    /** Where the key of the encrypted data came from (the session's passphrase), for restores and changes. */
    public KeySource keys() {
        return keys;
    }

    /** True when the data is this folder's embedded database and its file is encrypted. */
    public boolean encrypted() {
        return database.key() != null;
    }

    /** Closes the database before releasing the folder, so that the next copy finds it complete. */
    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }
}

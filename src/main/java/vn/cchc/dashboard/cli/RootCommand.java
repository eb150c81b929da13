package vn.cchc.dashboard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.cchc.dashboard.app.DataAddress;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.DataFolder;
import vn.cchc.dashboard.app.InstanceLock;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code cchc-dashboard}: with no subcommand it opens the window; the subcommands work without one. They are registered
 * by {@link Cli} (see {@link #SUBCOMMANDS}), and not at all when the window is being opened.
 */
@Command(name = "cchc-dashboard", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false)
final class RootCommand implements Callable<Integer> {

    /** The subcommands, in the order the help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(DemoCommand.class, SummaryCommand.class, ChartCommand.class,
            LaggingCommand.class, BackupCommand.class, RestoreCommand.class, MigrateToCommand.class,
            EncryptionCommand.class, ImportPlanCommand.class, ExportCommand.class, ProgressFormCommand.class,
            ImportProgressCommand.class, ReportCommand.class, IndicatorsCommand.class, UsersCommand.class,
            ImportIndexCommand.class, IndexRankCommand.class, StatisticsCommand.class, UnitIndexCommand.class);

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "option.data-dir", scope = ScopeType.INHERIT)
    Path dataDir;

    @Option(names = "--db", paramLabel = "URL", descriptionKey = "option.db", scope = ScopeType.INHERIT)
    String db;

    @Option(names = "--db-password-file", paramLabel = "FILE", descriptionKey = "option.db-password-file",
            scope = ScopeType.INHERIT)
    Path dbPasswordFile;

    @Option(names = "--key-file", paramLabel = "FILE", descriptionKey = "option.key-file", scope = ScopeType.INHERIT)
    Path keyFile;

    /** Parsed before picocli runs (the help text itself is in this language); declared here for --help. */
    @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "option.lang", scope = ScopeType.INHERIT)
    String lang;

    private final CliEnvironment environment;
    private final Messages messages;

    RootCommand(CliEnvironment environment, Messages messages) {
        this.environment = environment;
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    CliEnvironment environment() {
        return environment;
    }

    Path dataFolder() {
        return DataFolder.resolve(dataDir, environment.env(), environment.osName(), environment.home());
    }

    /** Opens the data to change it; an empty folder gets an empty database, never the sample (that is {@code demo}). */
    AppContext openContext() {
        return AppContext.open(address(), environment.clock(), false, InstanceLock.Holder.COMMAND);
    }

    /**
     * Opens the data to read it. A folder without data is said so, with how to start ("error.noData"), and left as it
     * was: a read command that created a database (let alone the sample province) would pass made-up figures for the
     * province's own.
     */
    AppContext openForReading() {
        DataAddress address = address();
        AppContext context = openExisting();
        try {
            if (context.plans().plans().isEmpty()) {
                throw address.onServer() ? AppException.invalidInput("error.noData.server", address.serverUrl())
                        : AppException.invalidInput("error.noData", address.folder());
            }
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /**
     * Opens data that exists, to read it, plans or none (the national results stand without a plan). A folder without
     * a database is said so ("error.noData") and left as it was.
     */
    AppContext openExisting() {
        DataAddress address = address();
        if (!address.onServer() && !Files.exists(DataFolder.embeddedDatabase(address.folder()))) {
            // Gone while its backups remain is lost data, not a folder without data.
            AppContext.refuseLostData(address);
            throw AppException.invalidInput("error.noData", address.folder());
        }
        return AppContext.open(address, environment.clock(), false, InstanceLock.Holder.COMMAND);
    }

    /**
     * The data this run works on: the data folder, the shared server from --db or the settings with its password,
     * and the passphrase of an encrypted folder ({@code --key-file}, else {@code CCHC_DB_KEY}).
     */
    DataAddress address() {
        return new DataAddress(dataFolder(), db, dbPasswordFile, keyFile, environment.env());
    }

    @Override
    public Integer call() {
        Language language = lang == null ? null : messages.language();
        environment.windowLauncher().open(dataFolder(), language, db, dbPasswordFile);
        return ExitCode.OK;
    }
}

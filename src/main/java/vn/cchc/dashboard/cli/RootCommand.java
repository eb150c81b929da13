package vn.cchc.dashboard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.DataFolder;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/** {@code cchc-dashboard}: with no subcommand it opens the window; the subcommands work without one. */
@Command(name = "cchc-dashboard", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, subcommands = {DemoCommand.class, SummaryCommand.class, ChartCommand.class, LaggingCommand.class,
                BackupCommand.class, RestoreCommand.class,
                ImportPlanCommand.class, ExportCommand.class, ProgressFormCommand.class, ImportProgressCommand.class,
                ReportCommand.class})
final class RootCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "option.data-dir", scope = ScopeType.INHERIT)
    Path dataDir;

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

    AppContext openContext(boolean createSampleIfEmpty) {
        return AppContext.open(dataFolder(), environment.clock(), createSampleIfEmpty);
    }

    @Override
    public Integer call() {
        Language language = lang == null ? null : messages.language();
        environment.windowLauncher().open(dataFolder(), language);
        return ExitCode.OK;
    }
}

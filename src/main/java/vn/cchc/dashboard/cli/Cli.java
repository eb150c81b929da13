package vn.cchc.dashboard.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.SharedServer;
import vn.cchc.dashboard.app.DamagedDataException;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/**
 * Runs the command line: parses, runs the subcommand and turns every failure into one sentence on
 * stderr and an exit code (0 ok, 2 bad usage, 3 invalid input data or no data yet, 4 a damaged database file,
 * 5 a full disk, 6 a change the shared server's role rules refuse, 1 anything else) – never a stack trace.
 */
public final class Cli {

    public static final String HELP_BUNDLE = "vn.cchc.dashboard.i18n.cli";
    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private Cli() {
    }

    /**
     * True when {@code args} hold nothing but the root command's own options with their values ({@code --data-dir D},
     * {@code --lang=en}): the window is being opened. Building the subcommands' descriptions, and loading the classes
     * of every option type they take, was a tenth of the window's start-up, for commands not run. Help and version
     * are not the window: they list the subcommands.
     */
    static boolean opensTheWindow(CommandSpec root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            boolean joined = args[i].contains("=");
            OptionSpec option = root.findOption(joined ? args[i].substring(0, args[i].indexOf('=')) : args[i]);
            if (option == null || option.usageHelp() || option.versionHelp()) {
                return false;
            }
            if (!joined && option.arity().max() > 0) {
                i++; // its value
            }
        }
        return true;
    }

    public static int run(String[] args, CliEnvironment environment) {
        String requested = languageOption(args);
        Optional<Language> language = requested == null ? Optional.of(Language.VI) : Language.fromCode(requested);
        Messages messages = Messages.of(language.orElse(Language.VI));
        if (language.isEmpty()) {
            environment.err().println(messages.format("error.language", requested));
            environment.err().flush();
            return ExitCode.USAGE;
        }
        CommandLine commandLine = new CommandLine(new RootCommand(environment, messages));
        if (!opensTheWindow(commandLine.getCommandSpec(), args)) {
            RootCommand.SUBCOMMANDS.forEach(commandLine::addSubcommand); // before the settings below, which reach them
        }
        commandLine.setOut(environment.out())
                .setErr(environment.err())
                .registerConverter(LocalDate.class, new DateConverter(messages))
                .setParameterExceptionHandler((e, a) -> usageError(e, messages, environment))
                .setExecutionExceptionHandler((e, cmd, parseResult) -> failure(e, messages, environment));
        commandLine.setResourceBundle(ResourceBundle.getBundle(HELP_BUNDLE, messages.language().locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        int code = commandLine.execute(args);
        environment.out().flush();
        environment.err().flush();
        return code;
    }

    /** {@code --lang} decides the language of everything, parse errors and help included, so it is read first. */
    static String languageOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return null;
    }

    private static int usageError(CommandLine.ParameterException e, Messages messages, CliEnvironment environment) {
        environment.err().println(conversionMessage(e).orElseGet(() -> usageMessage(e, messages)));
        return ExitCode.USAGE;
    }

    private static String usageMessage(CommandLine.ParameterException e, Messages messages) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return messages.format("error.usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        return messages.format("error.usage", Text.clean(e.getMessage()));
    }

    /** A bad date is reported in the user's words, not picocli's "Invalid value for option". */
    private static Optional<String> conversionMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CommandLine.TypeConversionException) {
                return Optional.of(t.getMessage());
            }
        }
        return Optional.empty();
    }

    private static int failure(Exception e, Messages messages, CliEnvironment environment) {
        if (e instanceof UsageException usage) {
            environment.err().println(usage.getMessage());
            return ExitCode.USAGE;
        }
        DamagedDataException damaged = DamagedDataException.in(e);
        if (damaged != null) {
            LOG.log(Level.WARNING, "damaged database refused", e);
            environment.err().println(damaged.backup().map(b -> messages.format("error.data." + damaged.wording() + ".cli",
                    damaged.databaseFile(), messages.formats().dateTime(b.made()), damaged.dataFolder(),
                    b.file().toAbsolutePath())).orElseGet(() -> AppException.explain(damaged).localized(messages)));
            return ExitCode.DAMAGED_DATA;
        }
        AppException app = AppException.explain(e);
        if (app != null) {
            LOG.log(Level.FINE, "command failed", e);
            environment.err().println(app.localized(messages));
            if (AppException.diskFull(e)) {
                return ExitCode.DISK_FULL;
            }
            if (AppException.permissionDenied(e)) {
                return ExitCode.NOT_PERMITTED;
            }
            return app.isInvalidInput() ? ExitCode.INVALID_INPUT : ExitCode.FAILURE;
        }
        LOG.log(Level.SEVERE, "unexpected failure", e);
        String what = e.getMessage() != null ? SharedServer.mask(e.getMessage()) : e.getClass().getSimpleName();
        environment.err().println(messages.format("error.unexpected", what));
        return ExitCode.FAILURE;
    }
}

package vn.cchc.dashboard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import vn.cchc.dashboard.i18n.Language;

/**
 * What the command line needs from the outside world, passed in so that tests can fix the clock, the
 * environment and the output streams.
 *
 * @param windowLauncher opens the window when no subcommand is given; returns when the window closes
 */
public record CliEnvironment(Clock clock, Map<String, String> env, String osName, Path home,
                             PrintWriter out, PrintWriter err, WindowLauncher windowLauncher) {

    /** Opens the application window on a data folder (and on the shared server of {@code --db}, when given). */
    @FunctionalInterface
    public interface WindowLauncher {
        void open(Path dataFolder, Language language, String db, Path dbPasswordFile);
    }
}

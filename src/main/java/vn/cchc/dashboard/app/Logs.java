package vn.cchc.dashboard.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the details of failures go: one log file a day in the data folder's {@code logs/} (the last
 * {@value #DAYS_KEPT} days kept), so that the user reads one sentence and the details are still there for whoever
 * helps them. The log names no person: the only personal thing in it is the user profile's name inside the data
 * folder's path.
 */
public final class Logs {

    static final int DAYS_KEPT = 30;
    /** Far more than a normal day writes (a few kilobytes); a failure repeating in a loop stops here. */
    static final long MAX_BYTES_PER_DAY = 20_000_000;

    private static Path configuredFolder;
    private static Handler fileHandler;

    private Logs() {
    }

    /** Drops the console handler: messages for people are printed by the application, not by the log. */
    public static void silenceConsole() {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
    }

    /** Sends the log to {@code dataFolder/logs}, replacing the log of a folder opened before. */
    public static synchronized void writeTo(Path dataFolder, ZoneId zone) {
        if (dataFolder.equals(configuredFolder)) {
            return;
        }
        try {
            Path logs = Files.createDirectories(dataFolder.resolve("logs"));
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            DailyLogHandler handler = new DailyLogHandler(logs, zone, DAYS_KEPT, MAX_BYTES_PER_DAY);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            if (fileHandler != null) {
                root.removeHandler(fileHandler);
                fileHandler.close();
            }
            root.addHandler(handler);
            fileHandler = handler;
            configuredFolder = dataFolder;
            Logger.getLogger(Logs.class.getName()).info(() -> "CCHC Dashboard " + version() + " on Java "
                    + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                    + System.getProperty("os.version"));
        } catch (IOException e) {
            // Without a log file the application still works; the user-facing messages do not depend on it.
            Logger.getLogger(Logs.class.getName()).log(Level.WARNING, "no log file in " + dataFolder, e);
        }
    }

    /** The folder the log is written to, once a data folder was opened. */
    public static synchronized Optional<Path> folder() {
        return Optional.ofNullable(configuredFolder).map(f -> f.resolve("logs"));
    }

    private static String version() {
        String version = Logs.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}

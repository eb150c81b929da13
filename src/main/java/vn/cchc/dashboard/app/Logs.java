package vn.cchc.dashboard.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the details of failures go: a rotating log in the data folder's {@code logs/}, so that the user
 * reads one sentence and the details are still there for whoever helps them.
 */
public final class Logs {

    private static Path configuredFolder;
    private static FileHandler fileHandler;

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
    public static synchronized void writeTo(Path dataFolder) {
        if (dataFolder.equals(configuredFolder)) {
            return;
        }
        try {
            Path logs = Files.createDirectories(dataFolder.resolve("logs"));
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            FileHandler handler = new FileHandler(logs.resolve("cchc-%g.log").toString(), 2_000_000, 5, true);
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
        } catch (IOException e) {
            // Without a log file the application still works; the user-facing messages do not depend on it.
            Logger.getLogger(Logs.class.getName()).log(Level.WARNING, "no log file in " + dataFolder, e);
        }
    }
}

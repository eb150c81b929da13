package vn.cchc.dashboard.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.ui.shell.MainWindow;

/**
 * The JavaFX application. The window appears at once with a loading view; the data folder and database
 * open in the background, and the dashboard replaces the loading view when they are ready.
 */
public final class DashboardApp extends Application {

    private static final Logger LOG = Logger.getLogger(DashboardApp.class.getName());
    /** A system property: close the window as soon as the overview's figures are shown. */
    static final String EXIT_WHEN_SHOWN = "cchc.exitWhenShown";

    private Path dataFolder;
    private Language language;
    private FxBackground background;
    private volatile AppContext context;
    private MainWindow window;

    /** Opens the window on {@code dataFolder}; returns when it is closed. {@code language} null: the saved one. */
    public static void launch(Path dataFolder, Language language) {
        String lang = language == null ? "" : language.code();
        Application.launch(DashboardApp.class, "--data-dir=" + dataFolder, "--lang=" + lang);
    }

    /** Runs on the launcher thread, not the FX thread: reading the settings file here keeps the FX thread free. */
    @Override
    public void init() {
        Map<String, String> named = getParameters().getNamed();
        dataFolder = Path.of(named.get("data-dir"));
        language = Language.fromCode(named.get("lang")).orElseGet(() -> AppSettings.load(dataFolder).language());
        // JavaFX's own texts (the date picker's months and weekdays) follow the default locale.
        Locale.setDefault(language.locale());
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        background = new FxBackground();
        window = new MainWindow(stage, background, language);
        new UnexpectedFailures(background, window::showUnexpected).install();
        window.show();
        background.run(() -> AppContext.open(dataFolder, Clock.systemDefaultZone(), true), opened -> {
            context = opened;
            window.showDashboard(opened);
            window.whenFiguresShown(this::startupOver);
        }, window::showFatal);
    }

    /**
     * Notes in the log how long the start took (the benchmark and a slow office PC's user can read it there).
     * With {@value #EXIT_WHEN_SHOWN}=true the application then closes itself: the installer build starts it
     * that way once to record the classes a start loads (the class-data sharing archive, see installer/).
     */
    private void startupOver() {
        ProcessHandle.current().info().startInstant().ifPresent(started -> LOG.info(() -> "overview figures shown "
                + Duration.between(started, Instant.now()).toMillis() + " ms after the process started"));
        if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
            // After the work already queued (the overview's charts), so that their classes are recorded too.
            background.run(() -> null, done -> Platform.exit(), failed -> Platform.exit());
        }
    }

    /** Background work first (a save in progress completes), then the day's backup, then the database. */
    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
        // A restore replaces the context the window works on: close the one it has now.
        AppContext current = window != null && window.context() != null ? window.context() : context;
        if (current != null) {
            try {
                current.backups().onExit();
                current.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing the data failed", e);
            }
        }
    }
}

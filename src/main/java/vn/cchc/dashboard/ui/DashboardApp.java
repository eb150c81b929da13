package vn.cchc.dashboard.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.app.FirstStart;
import vn.cchc.dashboard.app.WindowBounds;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.ui.shell.EarlyOpening;
import vn.cchc.dashboard.ui.shell.MainWindow;

/**
 * The JavaFX application. The window appears at once, where it was left, with a loading view; the data
 * folder and database open in the background from before the toolkit starts, and the dashboard replaces the
 * loading view when they are ready. On the first start the wizard comes first and decides whether the sample is created.
 */
public final class DashboardApp extends Application {

    private static final Logger LOG = Logger.getLogger(DashboardApp.class.getName());
    /** A system property: close the window as soon as the overview's figures are shown. */
    public static final String EXIT_WHEN_SHOWN = "cchc.exitWhenShown";

    /** What {@link #launch} decided and began before the toolkit started; taken by the instance JavaFX creates. */
    private static volatile Launch launched;

    private Launch launch;
    private FxBackground background;
    private MainWindow window;

    /**
     * Opens the window on {@code dataFolder}; returns when it is closed. {@code language} null: the saved one;
     * {@code db} and {@code dbPasswordFile} null: the database the settings name.
     */
    public static void launch(Path dataFolder, Language language, String db, Path dbPasswordFile) {
        // The data starts opening now, while the toolkit starts (on an office PC each takes most of a second).
        launched = Launch.begin(dataFolder, language, db, dbPasswordFile);
        Application.launch(DashboardApp.class);
    }

    /**
     * The settings read, the first-start decision taken and, unless the wizard comes first, the data opening on a
     * thread of its own: all before the toolkit starts.
     */
    private record Launch(Path dataFolder, Language language, String db, Path dbPasswordFile, boolean firstStart,
                          boolean sampleWhenEmpty, WindowBounds bounds, Clock clock, EarlyOpening opening) {

        static Launch begin(Path dataFolder, Language requested, String db, Path dbPasswordFile) {
            AppSettings settings = AppSettings.load(dataFolder);
            // The installer's training start (class-data sharing) runs on a fresh folder: it must reach the overview.
            boolean training = Boolean.getBoolean(EXIT_WHEN_SHOWN);
            boolean firstStart = FirstStart.needed(dataFolder) && !training;
            boolean sampleWhenEmpty = FirstStart.sampleWhenEmpty(settings) || training;
            Clock clock = Clock.systemDefaultZone();
            EarlyOpening opening = firstStart ? null
                    : EarlyOpening.start(dataFolder, db, dbPasswordFile, clock, sampleWhenEmpty);
            return new Launch(dataFolder, requested != null ? requested : settings.language(), db, dbPasswordFile,
                    firstStart, sampleWhenEmpty, settings.windowBounds().orElse(null), clock, opening);
        }
    }

    /** Runs on the launcher thread, not the FX thread. */
    @Override
    public void init() {
        launch = launched;
        // JavaFX's own texts (the date picker's months and weekdays) follow the default locale.
        Locale.setDefault(launch.language().locale());
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        background = new FxBackground();
        window = new MainWindow(stage, background, launch.language());
        new UnexpectedFailures(background, window::showUnexpected).install();
        window.place(launch.bounds());
        window.useDatabase(launch.db(), launch.dbPasswordFile());
        window.show();
        if (launch.firstStart()) {
            window.showFirstStart(launch.dataFolder(), launch.clock());
        } else {
            window.open(launch.dataFolder(), launch.clock(), launch.sampleWhenEmpty(), launch.opening(),
                    () -> window.whenFiguresShown(this::startupOver));
        }
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
        AppContext current = window != null ? window.context() : null;
        if (current != null) {
            try {
                current.settings().setWindowBounds(window.bounds());
                current.settings().save();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "saving the window's place failed", e);
            }
            try {
                current.backups().onExit();
                current.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing the data failed", e);
            }
        }
    }
}

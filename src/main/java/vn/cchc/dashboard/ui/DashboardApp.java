package vn.cchc.dashboard.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Stage;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.app.FirstStart;
import vn.cchc.dashboard.app.WindowBounds;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.ui.shell.MainWindow;

/**
 * The JavaFX application. The window appears at once, where it was left, with a loading view; the data
 * folder and database open in the background, and the dashboard replaces the loading view when they are
 * ready. On the first start the wizard comes first and decides whether the sample is created.
 */
public final class DashboardApp extends Application {

    private static final Logger LOG = Logger.getLogger(DashboardApp.class.getName());

    private Path dataFolder;
    private Language language;
    private FxBackground background;
    private boolean firstStart;
    private boolean sampleWhenEmpty;
    private WindowBounds bounds;
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
        AppSettings settings = AppSettings.load(dataFolder);
        language = Language.fromCode(named.get("lang")).orElseGet(settings::language);
        firstStart = FirstStart.needed(dataFolder);
        sampleWhenEmpty = FirstStart.sampleWhenEmpty(settings);
        bounds = settings.windowBounds().orElse(null);
        // JavaFX's own texts (the date picker's months and weekdays) follow the default locale.
        Locale.setDefault(language.locale());
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        background = new FxBackground();
        window = new MainWindow(stage, background, language);
        window.place(bounds);
        window.show();
        if (firstStart) {
            window.showFirstStart(dataFolder, Clock.systemDefaultZone());
        } else {
            window.open(dataFolder, Clock.systemDefaultZone(), sampleWhenEmpty, () -> { });
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

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
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.ui.shell.MainWindow;

/**
 * The JavaFX application. The window appears at once with a loading view; the data folder and database
 * open in the background, and the dashboard replaces the loading view when they are ready.
 */
public final class DashboardApp extends Application {

    private static final Logger LOG = Logger.getLogger(DashboardApp.class.getName());

    private Path dataFolder;
    private Language language;
    private String db;
    private Path dbPasswordFile;
    private FxBackground background;
    private volatile AppContext context;
    private MainWindow window;

    /**
     * Opens the window on {@code dataFolder}; returns when it is closed. {@code language} null: the saved one;
     * {@code db} and {@code dbPasswordFile} null: the database the settings name.
     */
    public static void launch(Path dataFolder, Language language, String db, Path dbPasswordFile) {
        String lang = language == null ? "" : language.code();
        Application.launch(DashboardApp.class, "--data-dir=" + dataFolder, "--lang=" + lang,
                "--db=" + (db == null ? "" : db), "--db-password-file=" + (dbPasswordFile == null ? "" : dbPasswordFile));
    }

    /** Runs on the launcher thread, not the FX thread: reading the settings file here keeps the FX thread free. */
    @Override
    public void init() {
        Map<String, String> named = getParameters().getNamed();
        dataFolder = Path.of(named.get("data-dir"));
        db = named.get("db").isEmpty() ? null : named.get("db");
        dbPasswordFile = named.get("db-password-file").isEmpty() ? null : Path.of(named.get("db-password-file"));
        language = Language.fromCode(named.get("lang")).orElseGet(() -> AppSettings.load(dataFolder).language());
        // JavaFX's own texts (the date picker's months and weekdays) follow the default locale.
        Locale.setDefault(language.locale());
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        background = new FxBackground();
        window = new MainWindow(stage, background, language);
        window.show();
        background.run(() -> AppContext.open(dataFolder, db, dbPasswordFile, Clock.systemDefaultZone(), true), opened -> {
            context = opened;
            window.showDashboard(opened);
        }, window::showFatal);
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

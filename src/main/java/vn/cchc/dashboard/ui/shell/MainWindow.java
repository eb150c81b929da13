package vn.cchc.dashboard.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.FirstStart;
import vn.cchc.dashboard.app.SessionSecrets;
import vn.cchc.dashboard.app.WindowBounds;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.FailureDialog;
import vn.cchc.dashboard.ui.FxSaveDialog;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.ui.firststart.FirstStartView;
import vn.cchc.dashboard.ui.firststart.FirstStartViewModel;
import vn.cchc.dashboard.ui.overview.MeetingWindow;
import vn.cchc.dashboard.ui.tasks.EditHistory;

/**
 * The application's window: a loading view while the data opens, then the shell; the shell is rebuilt in the new
 * language when the user changes it, keeping the plan, date and screen they were on. It composes and does not
 * work: the screens come from {@link Screens}, and opening the data, restores, encryption changes and the plan menu
 * are workflows of their own, which reach the window through {@link WindowHost}.
 */
public final class MainWindow {

    static final String STYLESHEET = "/vn/cchc/dashboard/ui/app.css";

    private final Stage stage;
    private final Background background;
    private final Scene scene;
    private final SaveDialog saveDialog;
    private Messages messages;
    private volatile AppContext context;
    private ShellViewModel model;
    private ShellView shell;
    private Screens screens;
    private Stage presentation;
    private EditHistory edits;
    private final WindowPlacement placement;
    /** What the user typed at start (data passphrase, server password): in memory for this session only. */
    private SessionSecrets secrets = SessionSecrets.NONE;
    private final OpeningWorkflow opening;
    private final PlanWorkflow plans;
    private final RestoreWorkflow restore;
    private final EncryptionWorkflow encryption;
    private final MenuActions menu;

    public MainWindow(Stage stage, Background background, Language language) {
        this(stage, background, language, new FxSaveDialog(stage));
    }

    /** @param saveDialog asks where to save exported files (tests answer it without a dialog) */
    public MainWindow(Stage stage, Background background, Language language, SaveDialog saveDialog) {
        this.stage = stage;
        this.background = background;
        this.saveDialog = saveDialog;
        this.messages = Messages.of(language);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // Generous on a desktop monitor, never larger than a 1366×768 laptop's usable area.
        this.scene = new Scene(LoadingView.of(messages), Math.min(1360, screen.getWidth() * 0.95),
                Math.min(860, screen.getHeight() * 0.95));
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        // F11 and every other shortcut are the menu bar's accelerators (ShellMenus), present once the shell is.
        stage.setScene(scene);
        this.placement = new WindowPlacement(stage);
        stage.setTitle(messages.get("app.title"));
        AppIcon.setOn(stage, background);
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
        WindowHost host = new Host();
        ClosedDataWork closed = new ClosedDataWork(host, background);
        this.opening = new OpeningWorkflow(host, background);
        this.plans = new PlanWorkflow(host, background, saveDialog);
        this.restore = new RestoreWorkflow(host, closed);
        this.encryption = new EncryptionWorkflow(host, closed);
        this.menu = new MenuActions(host, plans);
    }

    public void show() {
        stage.show();
    }

    /** Puts the window where it was left last time (null: the default place), fitted to today's screens. */
    public void place(WindowBounds saved) {
        placement.place(saved);
    }

    /** Where the window is now, to be remembered. */
    public WindowBounds bounds() {
        return placement.bounds();
    }

    /** Shows the dashboard on an opened context and starts reading its plans. */
    public void showDashboard(AppContext opened) {
        this.context = opened;
        this.edits = new EditHistory(messages);
        this.model = new ShellViewModel(opened.plans(), background, opened.settings().staleDays(),
                opened.settings().laggingPolicy());
        buildShell();
        model.load();
    }

    /** The data the window works on now (a restore replaces it). */
    public AppContext context() {
        return context;
    }

    /** Tells the user why the data cannot be opened, then closes the application: nothing was changed. */
    public void showFatal(Throwable failure) {
        new FailureDialog(stage, background, messages).show(failure, "error.title", "action.close", Platform::exit);
    }

    /** An action that failed: told by the failure dialog, never as news in the corner; the user carries on. */
    private void showFailure(Throwable failure, String headerKey) {
        new FailureDialog(stage, background, messages).show(failure, headerKey, "failure.continue", () -> { });
    }

    /** A fault nothing else caught: told calmly, and the user carries on working. */
    public void showUnexpected(Throwable failure, Runnable closed) {
        new FailureDialog(stage, background, messages).show(failure, "failure.title", "failure.continue", closed);
    }

    /** Runs {@code action} once, when the dashboard first shows the overview's figures (start-up is over). */
    public void whenFiguresShown(Runnable action) {
        if (model.summary().get() != null) {
            // Worked out at start-up (PlanService.warmUp): already in the dashboard's first layout.
            action.run();
            return;
        }
        model.summary().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends PlanSummary> obs, PlanSummary old, PlanSummary now) {
                if (now != null) {
                    obs.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /** F11: the meeting view full screen (MeetingWindow); F11 or Esc again returns. */
    private void togglePresentation() {
        if (presentation != null) {
            presentation.close();
            return;
        }
        presentation = MeetingWindow.open(stage, messages, background, model.overview(), screens.laggingDigest(),
                model::openTasks, model.comparison()::set, () -> presentation = null);
    }

    private void buildShell() {
        if (shell != null) {
            shell.dispose();
        }
        // Which database this window works on: on a shared server, several people see and change the same data.
        String where = context.sharedServer() == null ? messages.format("status.dataFolder", context.dataFolder())
                : messages.format("status.server", context.sharedServer());
        screens = new Screens(context, model, messages, background, saveDialog, edits,
                new Screens.SettingsActions(this::switchLanguage, restore::confirm, encryption::ask));
        shell = new ShellView(model, messages, where, context.accounts().access(), screens::create,
                this::togglePresentation,
                menu);
        scene.setRoot(shell.root());
        stage.setTitle(context.sharedServer() == null ? messages.get("app.title")
                : messages.format("app.title.server", messages.get("app.title"), context.sharedServer()));
    }

    /**
     * The first start: the wizard, then the data opened as the user chose — the sample, or an empty database
     * and the plan import wizard at once.
     */
    public void showFirstStart(Path dataFolder, Clock clock) {
        FirstStartView[] shown = new FirstStartView[1];
        FirstStartViewModel wizard = new FirstStartViewModel(dataFolder, messages.language(), background, answers -> {
            shown[0].dispose();
            Locale.setDefault(answers.language().locale());
            messages = Messages.of(answers.language());
            boolean importing = answers.beginning() == FirstStart.Beginning.IMPORT;
            open(dataFolder, clock, !importing, importing ? plans::importPlan : () -> { });
        });
        shown[0] = new FirstStartView(wizard);
        scene.setRoot(shown[0].root());
    }

    /**
     * The shared server the command line names ({@code --db}, {@code --db-password-file}); null for the one the
     * data folder's settings name, else its own embedded database.
     */
    public void useDatabase(String db, Path dbPasswordFile) {
        opening.useDatabase(db, dbPasswordFile);
    }

    /**
     * Opens the data in the background (creating the sample in an empty database when {@code sampleIfEmpty}),
     * then shows the dashboard and runs {@code then}; a folder on a network share is warned about once.
     */
    public void open(Path dataFolder, Clock clock, boolean sampleIfEmpty, Runnable then) {
        open(dataFolder, clock, sampleIfEmpty, null, then);
    }

    /** As {@link #open(Path, Clock, boolean, Runnable)}, taking the opening begun at start-up (if any) as the first try. */
    public void open(Path dataFolder, Clock clock, boolean sampleIfEmpty, EarlyOpening early, Runnable then) {
        opening.open(dataFolder, clock, sampleIfEmpty, early, then);
    }

    private void switchLanguage(Language language) {
        Locale.setDefault(language.locale());
        messages = Messages.of(language);
        buildShell();
    }

    /** The window as its workflows see it: the data, the shell state and the secrets of now, and its views. */
    private final class Host implements WindowHost {

        @Override
        public AppContext context() {
            return context;
        }

        @Override
        public ShellViewModel model() {
            return model;
        }

        @Override
        public Messages messages() {
            return messages;
        }

        @Override
        public Stage stage() {
            return stage;
        }

        @Override
        public SessionSecrets secrets() {
            return secrets;
        }

        @Override
        public void showDashboard(AppContext opened, SessionSecrets openedWith) {
            secrets = openedWith;
            MainWindow.this.showDashboard(opened);
        }

        @Override
        public void showLoading(Region below) {
            if (shell != null) {
                shell.dispose(); // its screens stop reading before the data closes
                shell = null;
            }
            scene.setRoot(below == null ? LoadingView.of(messages) : LoadingView.of(messages, below));
        }

        @Override
        public void showFailure(Throwable failure, String headerKey) {
            MainWindow.this.showFailure(failure, headerKey);
        }

        @Override
        public void showFatal(Throwable failure) {
            MainWindow.this.showFatal(failure);
        }
    }
}

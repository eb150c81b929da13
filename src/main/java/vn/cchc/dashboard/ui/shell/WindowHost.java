package vn.cchc.dashboard.ui.shell;

import javafx.scene.layout.Region;
import javafx.stage.Stage;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.SessionSecrets;
import vn.cchc.dashboard.i18n.Messages;

/**
 * What a workflow of the main window (opening the data, a restore, an encryption change, the plan actions) needs of
 * it: the data and the shell state of now — a restore or a new language replaces them, so they are asked for each
 * time, never kept — and the ways the window shows itself.
 */
interface WindowHost {

    /** The data the window works on now; null before it is first opened. */
    AppContext context();

    /** The shell's state of now (plan, date, screen, notice); null before the dashboard is first shown. */
    ShellViewModel model();

    Messages messages();

    /** The owner of the workflows' dialogs. */
    Stage stage();

    /** What the user typed at start (the data passphrase, the server's password) for this session. */
    SessionSecrets secrets();

    /** Shows the dashboard on {@code opened}, which {@code openedWith} opened (kept for the next restore). */
    void showDashboard(AppContext opened, SessionSecrets openedWith);

    /**
     * Replaces the shell (released: its screens stop reading) by the loading view, with {@code below} under its words
     * (the strip of a restore, with its Huỷ) when not null.
     */
    void showLoading(Region below);

    /** An action that failed: told by the failure dialog headed by {@code headerKey}; the user carries on. */
    void showFailure(Throwable failure, String headerKey);

    /** The data cannot be opened: said why, then the application closes. */
    void showFatal(Throwable failure);
}

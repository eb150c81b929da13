package vn.cchc.dashboard.ui.shell;

import javafx.application.Platform;
import javafx.stage.Stage;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.DataFolder;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.help.AboutDialog;
import vn.cchc.dashboard.ui.help.HelpWindow;

/**
 * What the menu bar asks of the window: the user guide (one window, brought to the front when open), about, quitting;
 * the plan items are {@link PlanWorkflow}'s. One for the window's life, so that the guide stays one window across a
 * change of language.
 */
final class MenuActions implements ShellView.WindowActions {

    private final WindowHost window;
    private final PlanWorkflow plans;
    private Stage help;

    MenuActions(WindowHost window, PlanWorkflow plans) {
        this.window = window;
        this.plans = plans;
    }

    @Override
    public void help() {
        if (help != null && help.isShowing()) {
            help.toFront();
        } else {
            Stage stage = window.stage();
            help = HelpWindow.show(stage, window.messages(), stage.getScene().getStylesheets());
        }
    }

    @Override
    public void about() {
        AppContext context = window.context();
        Messages messages = window.messages();
        AboutDialog.show(window.stage(), messages, context.dataFolder(), context.sharedServer() != null
                ? messages.format("status.server", context.sharedServer())
                : messages.format("about.database.embedded", DataFolder.embeddedDatabase(context.dataFolder())));
    }

    @Override
    public void quit() {
        Platform.exit();
    }

    @Override
    public void newPlan() {
        plans.newPlan();
    }

    @Override
    public void archiveShown() {
        plans.archiveShown();
    }

    @Override
    public void importPlan() {
        plans.importPlan();
    }

    @Override
    public void exchangeProgress() {
        plans.exchangeProgress();
    }
}

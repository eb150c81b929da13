package vn.cchc.dashboard.ui.shell;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PlanWording;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.Subscriptions;
import vn.cchc.dashboard.ui.controls.Notices;

/**
 * The window's status bar: which data it works on, the plan shown and how recent its figures are, the last failure
 * to read, the outcome of the last plan-level action (also popped up as news), and a spinner while reading.
 */
final class StatusBar {

    private StatusBar() {
    }

    /**
     * @param where         the data folder, or the shared server, as a sentence
     * @param anchor        where news pops up
     * @param subscriptions the shell's, released with it
     */
    static Region of(ShellViewModel model, Messages messages, String where, Node anchor, Subscriptions subscriptions) {
        Label folder = new Label(where);
        folder.setId("status-where");
        Label plan = new Label();
        Label dataDate = new Label();
        dataDate.setId("status-data-date");
        subscriptions.follow(model.summary(), summary -> {
            plan.setText(summary == null ? "" : messages.format("status.plan", PlanWording.title(summary.plan(), messages)));
            dataDate.setText(dataDateText(summary, messages));
        });
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        subscriptions.follow(model.failure(), e -> problem.setText(e == null ? "" : ErrorText.of(e, messages)));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.busy());
        Label notice = new Label();
        notice.setId("status-notice");
        notice.textProperty().bind(model.notice());
        // Only news after the shell is up: the first call (the current text) announces nothing new.
        boolean[] started = new boolean[1];
        subscriptions.follow(model.notice(), text -> {
            if (started[0]) {
                Notices.show(anchor, messages.get("app.title"), text);
            }
            started[0] = true;
        });
        // On a narrow window the sentences go on to a second line rather than being cut.
        FlowPane bar = new FlowPane(20, 2, folder, plan, dataDate, problem, notice, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        for (Label label : List.of(folder, plan, dataDate, problem, notice)) {
            label.setWrapText(true);
            label.maxWidthProperty().bind(bar.widthProperty().subtract(40));
        }
        busy.managedProperty().bind(busy.visibleProperty());
        return bar;
    }

    private static String dataDateText(PlanSummary summary, Messages messages) {
        if (summary == null) {
            return "";
        }
        return summary.dataDate() == null ? messages.get("status.noData")
                : messages.format("status.dataDate", messages.formats().date(summary.dataDate()));
    }
}

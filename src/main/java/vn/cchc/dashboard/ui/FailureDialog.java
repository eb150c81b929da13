package vn.cchc.dashboard.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.cchc.dashboard.app.Logs;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.SystemViewer;

/**
 * The calm dialog for a failure: what happened, whether data was lost, and a button that opens the log folder
 * for whoever helps the user (the folder opens in the background; the dialog stays).
 */
public final class FailureDialog {

    private final Window owner;
    private final Background background;
    private final Messages messages;

    public FailureDialog(Window owner, Background background, Messages messages) {
        this.owner = owner;
        this.background = background;
        this.messages = messages;
    }

    /**
     * Shows {@code failure} without waiting (a failure may come from a layout pass, where waiting is not allowed).
     *
     * @param closeKey the closing button's text: continue working, or close the application
     * @param afterClose runs when the dialog is closed
     */
    public void show(Throwable failure, String headerKey, String closeKey, Runnable afterClose) {
        Optional<Path> logFolder = Logs.folder();
        FailureNotice notice = FailureNotice.of(failure, messages, logFolder);
        ButtonType close = new ButtonType(messages.get(closeKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType openLogs = new ButtonType(messages.get("failure.openLogs"), ButtonBar.ButtonData.LEFT);
        // A warning, not an error's red cross: the message is that work can go on and the data is safe.
        Alert alert = new Alert(Alert.AlertType.WARNING, "", close);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get(headerKey));
        Label text = new Label(notice.text());
        text.setWrapText(true);
        Label openProblem = new Label();
        openProblem.getStyleClass().add("field-error");
        openProblem.setWrapText(true);
        openProblem.managedProperty().bind(openProblem.textProperty().isNotEmpty());
        alert.getDialogPane().setContent(new VBox(12, text, openProblem));
        alert.getDialogPane().setMinWidth(540);
        ((Button) alert.getDialogPane().lookupButton(close)).setDefaultButton(true); // Enter carries on
        logFolder.ifPresent(folder -> {
            alert.getButtonTypes().add(0, openLogs);
            Button open = (Button) alert.getDialogPane().lookupButton(openLogs);
            open.setId("failure-open-logs");
            open.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume(); // the dialog stays open: the user may still want to read it
                background.run(() -> {
                    SystemViewer.open(folder);
                    return folder;
                }, opened -> openProblem.setText(""),
                        problem -> openProblem.setText(messages.format("failure.logsNotOpened", folder)));
            });
        });
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setOnHidden(e -> afterClose.run());
        alert.show();
    }
}

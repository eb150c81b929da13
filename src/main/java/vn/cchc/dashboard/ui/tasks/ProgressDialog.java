package vn.cchc.dashboard.ui.tasks;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import vn.cchc.dashboard.ui.controls.WindowFit;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.Converters;
import vn.cchc.dashboard.ui.controls.DateField;
import vn.cchc.dashboard.ui.controls.FormFields;
import javafx.beans.binding.Bindings;

/**
 * The "Cập nhật tiến độ" dialog. It opens with Save focused, so Enter on a table row and Enter again records
 * the proposed update; a problem keeps the dialog open and is shown at its field.
 */
final class ProgressDialog {

    private final ProgressFormViewModel form;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    ProgressDialog(ProgressFormViewModel form, Messages messages, Window owner) {
        this.form = form;
        this.messages = messages;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("progress.dialog.title"));
        dialog.setHeaderText(form.heading());
        ButtonType save = new ButtonType(messages.get("progress.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("progress.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().setContent(fields());
        dialog.getDialogPane().setPrefWidth(620);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("progress-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (form.validDraft() == null) {
                e.consume(); // stay open: the problems are shown at their fields
            }
        });
        dialog.setOnShown(e -> saveButton.requestFocus());
    }

    /** Shows the dialog; the draft when the user saved one without problems. */
    Optional<ProgressDraft> ask() {
        WindowFit.fit(dialog.getDialogPane(), dialog.getOwner());
        return dialog.showAndWait()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> form.validDraft());
    }

    private Node fields() {
        DateField date = new DateField(typed -> form.problems().put("date", messages.format("error.date.invalid", typed)));
        date.setId("progress-date");
        date.valueProperty().bindBidirectional(form.date());
        Label dateLabel = new Label();
        dateLabel.textProperty().bind(Bindings.when(form.status().isEqualTo(TaskStatus.COMPLETED))
                .then(messages.get("progress.field.completedOn")).otherwise(messages.get("progress.field.date")));

        ComboBox<TaskStatus> status = new ComboBox<>();
        status.setId("progress-status");
        status.getItems().setAll(TaskStatus.values());
        status.setConverter(Converters.showing(s -> messages.get("status." + s.name())));
        status.valueProperty().bindBidirectional(form.status());

        Spinner<Integer> percent = new Spinner<>(0, 100, form.percent().get() == null ? 0 : form.percent().get(), 5);
        percent.setId("progress-percent");
        percent.setEditable(true);
        percent.getValueFactory().valueProperty().bindBidirectional(form.percent());
        percent.disableProperty().bind(form.status().isEqualTo(TaskStatus.COMPLETED));

        TextField evidence = new TextField();
        evidence.setId("progress-evidence");
        evidence.setPromptText(messages.get("progress.field.evidence.prompt"));
        evidence.textProperty().bindBidirectional(form.evidence());
        TextArea note = new TextArea();
        note.setId("progress-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(form.note());

        GridPane grid = FormFields.grid();
        dateLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(0, label("progress.field.status"), withProblem(status, "status"));
        grid.addRow(1, dateLabel, withProblem(date, "date"));
        grid.addRow(2, label("progress.field.percent"), withProblem(percent, "percent"));
        grid.addRow(3, label("progress.field.evidence"), withProblem(evidence, "evidence"));
        grid.addRow(4, label("progress.field.note"), withProblem(note, "note"));
        return grid;
    }

    private Label label(String key) {
        return FormFields.label(messages.get(key));
    }

    private Node withProblem(Node field, String name) {
        return FormFields.withProblem(field, name, form.problems());
    }
}

package vn.cchc.dashboard.ui.tasks;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.cchc.dashboard.ui.controls.WindowFit;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.Converters;
import vn.cchc.dashboard.ui.controls.FormFields;

/** The form to add or edit a task. Problems the service finds come back to their fields. */
final class TaskDialog {

    private final TaskFormViewModel form;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    TaskDialog(TaskFormViewModel form, Messages messages, Window owner) {
        this.form = form;
        this.messages = messages;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(form.before() == null ? "task.form.new" : "task.form.edit"));
        dialog.setHeaderText(form.heading());
        ButtonType save = new ButtonType(messages.get("progress.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("progress.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().setContent(fields());
        dialog.getDialogPane().setPrefWidth(720);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        ((Button) dialog.getDialogPane().lookupButton(save)).setId("task-save");
        ((Button) dialog.getDialogPane().lookupButton(save)).addEventFilter(ActionEvent.ACTION, e -> form.problems().clear());
    }

    /** True when the user chose to save. */
    boolean ask() {
        WindowFit.fit(dialog.getDialogPane(), dialog.getOwner());
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    private Node fields() {
        TextField code = new TextField();
        code.setId("task-code");
        code.setPrefColumnCount(8);
        code.textProperty().bindBidirectional(form.code());
        ComboBox<ReformArea> area = new ComboBox<>(form.areas());
        area.setId("task-area");
        boolean english = messages.language() == Language.EN;
        area.setConverter(Converters.showing(a -> a.name(english)));
        area.valueProperty().bindBidirectional(form.area());
        TextArea title = new TextArea();
        title.setId("task-title");
        title.setPrefRowCount(3);
        title.setWrapText(true);
        title.textProperty().bindBidirectional(form.title());
        ComboBox<Unit> lead = new ComboBox<>(form.units());
        lead.setId("task-lead");
        lead.setConverter(Converters.showing(Unit::name));
        lead.valueProperty().bindBidirectional(form.lead());
        TextField cooperation = new TextField();
        cooperation.textProperty().bindBidirectional(form.cooperation());
        TextField output = new TextField();
        output.textProperty().bindBidirectional(form.output());
        TextField deadline = new TextField();
        deadline.setId("task-deadline");
        deadline.setPromptText(messages.get("task.form.deadline.prompt"));
        deadline.textProperty().bindBidirectional(form.deadline());
        Label due = new Label();
        due.setId("task-due");
        due.getStyleClass().add("muted");
        due.textProperty().bind(form.dueDate());

        GridPane grid = FormFields.grid();
        grid.addRow(0, label("tasks.column.code"), problem(code, "code"));
        grid.addRow(1, label("tasks.column.area"), problem(area, "area"));
        grid.addRow(2, label("tasks.column.title"), problem(title, "title"));
        grid.addRow(3, label("tasks.column.lead"), problem(lead, "lead"));
        grid.addRow(4, label("task.form.cooperation"), cooperation);
        grid.addRow(5, label("task.form.output"), output);
        grid.addRow(6, label("tasks.column.due"), problem(new VBox(4, deadline, due), "deadline"));
        return grid;
    }

    private Label label(String key) {
        return FormFields.label(messages.get(key));
    }

    private Node problem(Node field, String name) {
        return FormFields.withProblem(field, name, form.problems());
    }

}

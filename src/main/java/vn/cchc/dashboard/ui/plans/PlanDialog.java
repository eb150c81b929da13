package vn.cchc.dashboard.ui.plans;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.cchc.dashboard.ui.controls.WindowFit;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PlanWording;
import vn.cchc.dashboard.ui.controls.Converters;
import vn.cchc.dashboard.ui.controls.DateField;
import vn.cchc.dashboard.ui.controls.FormFields;

/** The "Kế hoạch mới" dialog. */
public final class PlanDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public PlanDialog(PlanFormViewModel form, Messages messages, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("plan.form.title"));
        dialog.setHeaderText(messages.get("plan.form.title"));
        ButtonType create = new ButtonType(messages.get("plan.form.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("progress.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(create, cancel);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().lookupButton(create).setId("plan-create");

        Spinner<Integer> year = new Spinner<>(1990, 2100, form.year().get());
        year.setId("plan-year");
        year.setEditable(true);
        year.getValueFactory().valueProperty().bindBidirectional(form.year());
        TextField title = new TextField();
        title.setId("plan-title");
        title.setPrefColumnCount(36);
        title.textProperty().bindBidirectional(form.title());
        TextField number = new TextField();
        number.setPromptText(messages.get("plan.form.number.prompt"));
        number.textProperty().bindBidirectional(form.documentNumber());
        DateField date = new DateField(typed -> form.problems().put("documentDate", messages.format("error.date.invalid", typed)));
        date.valueProperty().bindBidirectional(form.documentDate());
        ComboBox<PlanKind> kind = new ComboBox<>(FXCollections.observableArrayList(PlanKind.values()));
        kind.setId("plan-kind");
        kind.setConverter(Converters.showing(k -> PlanWording.kind(k, messages)));
        kind.valueProperty().bindBidirectional(form.kind());
        CheckBox carry = new CheckBox(messages.get("plan.form.carryOver"));
        carry.setId("plan-carry-over");
        carry.selectedProperty().bindBidirectional(form.carryOver());

        GridPane grid = FormFields.grid();
        grid.addRow(0, FormFields.label(messages.get("plan.form.year")), FormFields.withProblem(year, "year", form.problems()));
        grid.addRow(1, FormFields.label(messages.get("plan.form.kind")), kind);
        grid.addRow(2, FormFields.label(messages.get("plan.form.name")), FormFields.withProblem(title, "title", form.problems()));
        grid.addRow(3, FormFields.label(messages.get("plan.form.number")), number);
        grid.addRow(4, FormFields.label(messages.get("plan.form.date")),
                FormFields.withProblem(date, "documentDate", form.problems()));
        grid.add(carry, 1, 5);
        dialog.getDialogPane().setContent(grid);
    }

    /** True when the user chose to create the plan. */
    public boolean ask() {
        WindowFit.fit(dialog.getDialogPane(), dialog.getOwner());
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }
}

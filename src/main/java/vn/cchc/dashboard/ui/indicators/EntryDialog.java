package vn.cchc.dashboard.ui.indicators;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.i18n.IndicatorWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.Converters;
import vn.cchc.dashboard.ui.controls.FormDialog;
import vn.cchc.dashboard.ui.controls.FormFields;

/**
 * "Nhập số liệu…": the dialog an {@link EntryForm} is filled in – the indicator, unit and period, then a rate's
 * numerator and denominator or the figure itself, as the indicator chosen takes. Apart from the screen it opens over.
 */
final class EntryDialog {

    private final IndicatorsViewModel model;
    private final Messages messages;
    private final Node owner;

    /** @param owner the screen the dialog opens over */
    EntryDialog(IndicatorsViewModel model, Messages messages, Node owner) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
    }

    /** Asks for the figure and saves it; a form with problems is asked again as typed, its problems shown. */
    void ask(EntryForm form) {
        ComboBox<Indicator> indicator = new ComboBox<>();
        indicator.setId("entry-indicator");
        indicator.getItems().setAll(form.indicators);
        indicator.setConverter(Converters.showing(i -> IndicatorWording.name(i, messages)));
        indicator.valueProperty().bindBidirectional(form.indicator);
        ComboBox<Unit> unit = new ComboBox<>();
        unit.setId("entry-unit");
        unit.getItems().setAll(form.units);
        unit.setConverter(Converters.showing(Unit::name));
        unit.valueProperty().bindBidirectional(form.unit);
        ComboBox<ReportPeriod> period = new ComboBox<>();
        period.setId("entry-period");
        period.getItems().setAll(form.periods);
        period.setConverter(Converters.showing(model::periodName));
        period.valueProperty().bindBidirectional(form.period);
        TextField numerator = numberField("entry-numerator", form.numerator);
        TextField denominator = numberField("entry-denominator", form.denominator);
        TextField value = numberField("entry-value", form.value);
        Label numeratorLabel = FormFields.label("");
        Label denominatorLabel = FormFields.label("");
        Label preview = new Label();
        preview.setId("entry-preview");
        preview.textProperty().bind(form.preview());
        GridPane grid = FormFields.grid();
        grid.addRow(0, FormFields.label(messages.get("indicator.field.indicator")),
                FormFields.withProblem(indicator, "indicator", form.problems));
        grid.addRow(1, FormFields.label(messages.get("indicator.field.unit")), FormFields.withProblem(unit, "unit", form.problems));
        grid.addRow(2, FormFields.label(messages.get("indicator.period")), FormFields.withProblem(period, "period", form.problems));
        Node numeratorField = FormFields.withProblem(numerator, "numerator", form.problems);
        Node denominatorField = FormFields.withProblem(denominator, "denominator", form.problems);
        Node valueField = FormFields.withProblem(value, "value", form.problems);
        Label valueLabel = FormFields.label(messages.get("indicator.field.value"));
        grid.addRow(3, numeratorLabel, numeratorField);
        grid.addRow(4, denominatorLabel, denominatorField);
        grid.addRow(5, valueLabel, valueField);
        grid.add(preview, 1, 6);
        Runnable arrange = () -> {
            Indicator chosen = form.indicator.get();
            boolean ratio = chosen != null && chosen.isRatio();
            numeratorLabel.setText(ratio ? chosen.numeratorLabel() : "");
            denominatorLabel.setText(ratio ? chosen.denominatorLabel() : "");
            for (Node n : new Node[] {numeratorLabel, numeratorField, denominatorLabel, denominatorField}) {
                n.setVisible(ratio);
                n.setManaged(ratio);
            }
            valueLabel.setVisible(!ratio);
            valueLabel.setManaged(!ratio);
            valueField.setVisible(!ratio);
            valueField.setManaged(!ratio);
        };
        form.indicator.addListener((obs, old, now) -> arrange.run());
        arrange.run();

        if (FormDialog.ask(owner, messages.get("indicator.enter"), messages.get("indicator.enter.header"), grid,
                "entry-save", messages)) {
            model.save(form, () -> ask(form));
        }
    }

    private static TextField numberField(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(14);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}

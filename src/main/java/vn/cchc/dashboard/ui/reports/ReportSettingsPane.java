package vn.cchc.dashboard.ui.reports;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.ui.controls.FormFields;
import javafx.util.StringConverter;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.ReportIssuer;

/** The report settings, folded away under the choices: what the heading and the closing of every report say. */
final class ReportSettingsPane {

    private final TitledPane pane;

    ReportSettingsPane(ReportSettingsForm form, Messages messages) {
        ChoiceBox<ReportIssuer> kind = new ChoiceBox<>();
        kind.setId("reports-settings-kind");
        kind.getItems().setAll(ReportIssuer.provincial());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportIssuer issuer) {
                return issuer == null ? "" : messages.get("reports.settings.kind." + issuer.name());
            }

            @Override
            public ReportIssuer fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(form.issuer());
        TextField addressee = field(form.addressee().get(), "reports-settings-addressee");
        addressee.setPromptText(messages.get("reports.settings.addressee.prompt"));
        addressee.textProperty().bindBidirectional(form.addressee());
        TextField province = field(form.province().get(), "reports-settings-province");
        province.textProperty().bindBidirectional(form.province());
        TextField parent = field(form.parentBody().get(), "reports-settings-parent");
        // What an empty field means, under it and whole (as a hint in the field it was cut at the field's edge).
        Label parentHint = FormFields.hint(messages.get("reports.settings.parent.prompt"));
        parent.textProperty().bindBidirectional(form.parentBody());
        TextField issuer = field(form.issuingBody().get(), "reports-settings-issuer");
        issuer.setPromptText(messages.get("reports.settings.issuer.prompt"));
        issuer.textProperty().bindBidirectional(form.issuingBody());
        TextArea signer = area("reports-settings-signer", 2);
        signer.textProperty().bindBidirectional(form.signer());
        TextArea recipients = area("reports-settings-recipients", 6);
        recipients.textProperty().bindBidirectional(form.recipients());
        Button save = new Button(messages.get("reports.settings.save"));
        save.setId("reports-settings-save");
        save.setOnAction(e -> form.save());
        Label feedback = new Label();
        feedback.getStyleClass().add("muted");
        feedback.textProperty().bind(form.feedback());
        feedback.setWrapText(true);
        feedback.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(4, label(messages.get("reports.settings.kind")), kind,
                label(messages.get("reports.settings.province")), province,
                label(messages.get("reports.settings.parent")), parent, parentHint,
                label(messages.get("reports.settings.issuer")), issuer,
                label(messages.get("reports.settings.addressee")), addressee,
                label(messages.get("reports.settings.signer")), signer,
                label(messages.get("reports.settings.recipients")), recipients, save, feedback);
        pane = new TitledPane(messages.get("reports.settings"), content);
        pane.setId("reports-settings");
        pane.setExpanded(false);
    }

    /** A field's name over it, on two lines in a narrow form rather than cut. */
    private static Label label(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String value, String id) {
        TextField field = new TextField(value);
        field.setId(id);
        return field;
    }

    private static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    Node node() {
        return pane;
    }
}

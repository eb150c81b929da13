package vn.cchc.dashboard.ui.reports;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
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
        parent.setPromptText(messages.get("reports.settings.parent.prompt"));
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
        VBox content = new VBox(4, new Label(messages.get("reports.settings.kind")), kind,
                new Label(messages.get("reports.settings.province")), province,
                new Label(messages.get("reports.settings.parent")), parent,
                new Label(messages.get("reports.settings.issuer")), issuer,
                new Label(messages.get("reports.settings.addressee")), addressee,
                new Label(messages.get("reports.settings.signer")), signer,
                new Label(messages.get("reports.settings.recipients")), recipients, save, feedback);
        pane = new TitledPane(messages.get("reports.settings"), content);
        pane.setId("reports-settings");
        pane.setExpanded(false);
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

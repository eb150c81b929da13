package vn.cchc.dashboard.ui.settings;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.cchc.dashboard.app.DataEncryption;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.FormFields;

/**
 * The dialog that turns encryption on or off or changes the passphrase: the lost-passphrase warning in plain words,
 * the current passphrase when one is needed, the new one twice. It stays open until what was typed checks out.
 */
public final class EncryptionDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType apply;

    public EncryptionDialog(EncryptionFormViewModel form, Messages messages, Window owner) {
        dialog.initOwner(owner);
        String action = switch (form.mode()) {
            case ENABLE -> "encryption.enable";
            case CHANGE -> "encryption.change";
            case DISABLE -> "encryption.disable";
        };
        dialog.setTitle(messages.get("encryption.settings.title"));
        dialog.setHeaderText(messages.get(action).replace("…", ""));
        apply = new ButtonType(messages.get("encryption.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("progress.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(apply, cancel);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().lookupButton(apply).setId("encryption-apply");
        // Checked before the dialog closes: a mistyped repeat keeps what was typed and says what is wrong.
        dialog.getDialogPane().lookupButton(apply).addEventFilter(ActionEvent.ACTION, e -> {
            if (!form.check()) {
                e.consume();
            }
        });

        Label warning = new Label(messages.get("encryption.warning"));
        warning.getStyleClass().add("field-problem");
        warning.setWrapText(true);
        GridPane grid = FormFields.grid();
        int row = 0;
        if (form.asksCurrent()) {
            grid.addRow(row++, FormFields.label(messages.get("encryption.current")), field(form.current()::bindBidirectional,
                    "encryption-current"));
        }
        if (form.asksNew()) {
            grid.addRow(row++, FormFields.label(messages.format("encryption.new", DataEncryption.MIN_PASSPHRASE_LENGTH)),
                    field(form.next()::bindBidirectional, "encryption-new"));
            grid.addRow(row, FormFields.label(messages.get("encryption.repeat")),
                    field(form.repeat()::bindBidirectional, "encryption-repeat"));
        }
        Label problem = new Label();
        problem.setId("encryption-problem");
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(form.problem());
        VBox content = new VBox(14, warning, grid, problem);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
    }

    private static PasswordField field(java.util.function.Consumer<javafx.beans.property.Property<String>> bind, String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(24);
        bind.accept(field.textProperty());
        return field;
    }

    /** True when the user confirmed a change that checked out. */
    public boolean ask() {
        return dialog.showAndWait().filter(b -> b == apply).isPresent();
    }
}

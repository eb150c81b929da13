package vn.cchc.dashboard.ui.shell;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.cchc.dashboard.i18n.Messages;

/** The small modal that asks for the data passphrase or the server password before the data opens. */
final class SecretPrompt {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType accept;

    SecretPrompt(SecretPromptViewModel model, Messages messages, Window owner) {
        String texts = model.kind().texts;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(texts + ".title"));
        dialog.setHeaderText(messages.get(texts + ".header"));
        accept = new ButtonType(messages.get(model.kind().acceptKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get(model.kind().cancelKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(accept, cancel);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().lookupButton(accept).setId("secret-accept");
        dialog.getDialogPane().lookupButton(accept).disableProperty().bind(model.empty());

        Label question = new Label(messages.format(texts + ".text", model.where()));
        question.setWrapText(true);
        PasswordField field = new PasswordField();
        field.setId("secret-field");
        field.setPromptText(messages.get(texts + ".field"));
        field.textProperty().bindBidirectional(model.secret());
        Label problem = new Label();
        problem.setId("secret-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        problem.visibleProperty().bind(model.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox content = new VBox(10, question, field, problem);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.setOnShown(e -> field.requestFocus());
    }

    /** True when the user gave the secret; false when they chose the other way (quit, or work locally). */
    boolean ask() {
        return dialog.showAndWait().filter(b -> b == accept).isPresent();
    }
}

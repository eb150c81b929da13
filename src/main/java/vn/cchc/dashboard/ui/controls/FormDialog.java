package vn.cchc.dashboard.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import vn.cchc.dashboard.i18n.Messages;

/** A small modal form with Lưu and Hủy, styled like the window it belongs to. */
public final class FormDialog {

    private FormDialog() {
    }

    /**
     * Shows {@code content} and waits; true when the user chose Lưu.
     *
     * @param saveId the Lưu button's id, for tests
     */
    public static boolean ask(Node owner, String title, String header, Node content, String saveId, Messages messages) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        ButtonType save = new ButtonType(messages.get("progress.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("progress.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        dialog.getDialogPane().lookupButton(save).setId(saveId);
        WindowFit.fit(dialog.getDialogPane(), dialog.getOwner());
        return dialog.showAndWait().filter(b -> b == save).isPresent();
    }
}

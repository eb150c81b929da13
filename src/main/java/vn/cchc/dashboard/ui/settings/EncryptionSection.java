package vn.cchc.dashboard.ui.settings;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.i18n.Messages;

/** Cài đặt → "Mã hoá dữ liệu": whether this computer's data is encrypted, and the buttons to change that. */
public final class EncryptionSection {

    /**
     * @param onServer  the data is on a shared server (nothing to encrypt here)
     * @param encrypted the data folder's database file is encrypted
     * @param ask       opens the form for a change (the window runs it)
     */
    public record State(boolean onServer, boolean encrypted, Consumer<EncryptionFormViewModel.Mode> ask) {
    }

    private EncryptionSection() {
    }

    static Node of(State state, Messages messages) {
        Label heading = new Label(messages.get("encryption.settings.title"));
        heading.getStyleClass().add("section-title");
        Label status = new Label(messages.get(state.onServer() ? "encryption.settings.server"
                : state.encrypted() ? "encryption.settings.on" : "encryption.settings.off"));
        status.setId("encryption-status");
        status.setWrapText(true);
        Label warning = new Label(messages.get("encryption.warning"));
        warning.getStyleClass().add("field-problem");
        warning.setWrapText(true);
        warning.setPrefWidth(720);
        VBox section = new VBox(10, heading, status);
        if (state.onServer()) {
            return section;
        }
        HBox actions = new HBox(10);
        actions.setAlignment(Pos.CENTER_LEFT);
        if (state.encrypted()) {
            actions.getChildren().addAll(button("encryption.change", "encryption-change", messages,
                            () -> state.ask().accept(EncryptionFormViewModel.Mode.CHANGE)),
                    button("encryption.disable", "encryption-disable", messages,
                            () -> state.ask().accept(EncryptionFormViewModel.Mode.DISABLE)));
        } else {
            actions.getChildren().add(button("encryption.enable", "encryption-enable", messages,
                    () -> state.ask().accept(EncryptionFormViewModel.Mode.ENABLE)));
        }
        section.getChildren().addAll(warning, actions);
        return section;
    }

    private static Button button(String key, String id, Messages messages, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}

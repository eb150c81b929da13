package vn.cchc.dashboard.ui.settings;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.ScreenView;

/** Cài đặt screen. */
public final class SettingsView implements ScreenView {

    private final VBox root;

    public SettingsView(SettingsViewModel model, Messages messages, Path dataFolder) {
        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add("screen-title");

        ComboBox<Language> language = new ComboBox<>();
        language.getItems().setAll(Language.values());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : messages.get("language." + l.code());
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(model.language());

        TextField userName = new TextField();
        userName.setPrefColumnCount(24);
        userName.textProperty().bindBidirectional(model.userName());
        Label userHint = new Label(messages.get("settings.userName.hint"));
        userHint.getStyleClass().add("muted");

        Label folder = new Label(dataFolder.toString());
        folder.getStyleClass().add("muted");

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(12);
        form.addRow(0, new Label(messages.get("settings.language")), language);
        form.addRow(1, new Label(messages.get("settings.userName")), new VBox(4, userName, userHint));
        form.addRow(2, new Label(messages.get("settings.dataFolder")), folder);

        Button save = new Button(messages.get("settings.save"));
        save.setId("settings-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> model.save());
        Label feedback = new Label();
        feedback.textProperty().bind(model.feedback());

        VBox card = new VBox(16, form, save, feedback);
        card.getStyleClass().add("card");
        root = new VBox(18, title, card);
        root.getStyleClass().addAll("screen", "screen-content");
    }

    @Override
    public Node node() {
        return root;
    }
}

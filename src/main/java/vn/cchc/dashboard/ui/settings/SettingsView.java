package vn.cchc.dashboard.ui.settings;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.controls.Converters;

/** Cài đặt screen. */
public final class SettingsView implements ScreenView {

    private final VBox root;

    public SettingsView(SettingsViewModel model, Messages messages, Path dataFolder) {
        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add("screen-title");

        ComboBox<Language> language = new ComboBox<>();
        language.getItems().setAll(Language.values());
        language.setConverter(Converters.showing(l -> messages.get("language." + l.code())));
        language.valueProperty().bindBidirectional(model.language());

        TextField userName = new TextField();
        userName.setPrefColumnCount(24);
        userName.textProperty().bindBidirectional(model.userName());
        Label userHint = new Label(messages.get("settings.userName.hint"));
        userHint.getStyleClass().add("muted");

        TextField userUnit = new TextField();
        userUnit.setId("settings-user-unit");
        userUnit.setPrefColumnCount(24);
        userUnit.textProperty().bindBidirectional(model.userUnit());

        Spinner<Integer> staleDays = new Spinner<>(1, 366, model.staleDays().get());
        staleDays.setId("settings-stale-days");
        staleDays.setEditable(true);
        staleDays.setPrefWidth(110);
        staleDays.valueProperty().addListener((obs, old, now) -> model.staleDays().set(now));
        Label staleHint = new Label(messages.get("settings.staleDays.hint"));
        staleHint.getStyleClass().add("muted");

        Label folder = new Label(dataFolder.toString());
        folder.getStyleClass().add("muted");

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(12);
        form.addRow(0, new Label(messages.get("settings.language")), language);
        form.addRow(1, new Label(messages.get("settings.userName")), new VBox(4, userName, userHint));
        form.addRow(2, new Label(messages.get("settings.userUnit")), userUnit);
        form.addRow(3, new Label(messages.get("settings.staleDays")), new VBox(4, staleDays, staleHint));
        form.addRow(4, new Label(messages.get("settings.dataFolder")), folder);

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

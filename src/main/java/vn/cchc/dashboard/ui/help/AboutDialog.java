package vn.cchc.dashboard.ui.help;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.cchc.dashboard.app.AppVersion;
import vn.cchc.dashboard.i18n.Messages;

/** Giới thiệu: the version, the data folder and the database in use — what support asks for first. */
public final class AboutDialog {

    private AboutDialog() {
    }

    /** @param database the database in use, as the user should read it (the embedded file's path) */
    public static void show(Window owner, Messages messages, Path dataFolder, String database) {
        GridPane facts = new GridPane();
        facts.setId("about-facts");
        facts.setHgap(14);
        facts.setVgap(6);
        addRow(facts, 0, messages.get("about.version"), AppVersion.current());
        addRow(facts, 1, messages.get("settings.dataFolder"), dataFolder.toString());
        addRow(facts, 2, messages.get("about.database"), database);
        addRow(facts, 3, messages.get("about.runtime"), "Java " + System.getProperty("java.version") + " · JavaFX "
                + System.getProperty("javafx.runtime.version", "?"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null,
                new ButtonType(messages.get("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(owner);
        alert.setTitle(messages.get("menu.about"));
        alert.setHeaderText(messages.get("app.title") + " — " + messages.get("app.subtitle"));
        alert.getDialogPane().setContent(facts);
        alert.getDialogPane().setMinWidth(520);
        alert.show();
    }

    private static void addRow(GridPane grid, int row, String caption, String value) {
        Label name = new Label(caption);
        name.getStyleClass().add("muted");
        Label text = new Label(value);
        text.setWrapText(true);
        text.setId("about-" + row);
        grid.addRow(row, name, text);
    }
}

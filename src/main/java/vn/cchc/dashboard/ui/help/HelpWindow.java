package vn.cchc.dashboard.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.cchc.dashboard.ui.controls.WindowFit;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Shortcut;

/**
 * The user guide as a page inside the application (F1): the guide's text, then every keyboard shortcut,
 * in a window of its own that stays open beside the work. No web view: labels wrap and scroll.
 */
public final class HelpWindow {

    private HelpWindow() {
    }

    public static Stage show(Window owner, Messages messages, java.util.List<String> stylesheets) {
        VBox page = new VBox(10);
        page.setId("help-page");
        page.setPadding(new Insets(24, 28, 28, 28));
        page.getStyleClass().add("screen-content");
        for (UserGuide.Block block : UserGuide.of(messages.language())) {
            page.getChildren().add(node(block));
        }
        page.getChildren().addAll(label(messages.get("help.shortcuts"), "section-title"), shortcuts(messages));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("shortcut.help"));
        Scene scene = new Scene(scroll, WindowFit.width(owner, 720), WindowFit.height(owner, 640));
        scene.getStylesheets().addAll(stylesheets);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(420);
        stage.setMinHeight(320);
        stage.show();
        return stage;
    }

    private static Node node(UserGuide.Block block) {
        return switch (block.kind()) {
            case TITLE -> label(block.text(), "screen-title");
            case SECTION -> {
                Label section = label(block.text(), "section-title");
                section.setPadding(new Insets(10, 0, 0, 0));
                yield section;
            }
            case PARAGRAPH -> label(block.text(), null);
            case POINT -> {
                Label point = label("•  " + block.text(), null);
                point.setPadding(new Insets(0, 0, 0, 12));
                yield point;
            }
        };
    }

    private static GridPane shortcuts(Messages messages) {
        GridPane grid = new GridPane();
        grid.setId("help-shortcuts");
        grid.setHgap(18);
        grid.setVgap(4);
        int row = 0;
        for (Shortcut shortcut : Shortcut.values()) {
            Label keys = label(shortcut.keyText(), "number");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, keys, label(messages.get(shortcut.descriptionKey()), null));
        }
        return grid;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}

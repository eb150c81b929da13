package vn.cchc.dashboard.ui.screens;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.ScreenId;
import vn.cchc.dashboard.ui.ScreenView;

/** A screen that a later version fills: its title and what it will show, nothing pretending to work. */
public final class PlaceholderView implements ScreenView {

    private final VBox root;

    public PlaceholderView(ScreenId screen, Messages messages) {
        Label title = new Label(messages.get(screen.titleKey()));
        title.getStyleClass().add("screen-title");
        Label description = new Label(messages.get(screen.descriptionKey()));
        description.setWrapText(true);
        Label notYet = new Label(messages.get("screen.notYet"));
        notYet.getStyleClass().add("muted");
        root = new VBox(12, title, description, notYet);
        root.getStyleClass().addAll("screen", "screen-content");
    }

    @Override
    public Node node() {
        return root;
    }
}

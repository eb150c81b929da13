package vn.cchc.dashboard.ui.controls;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** A figure with its caption, read at a glance: "12" over "Quá hạn chưa hoàn thành". */
public final class FigureTile extends VBox {

    private final Label figure = new Label();
    private final Label caption = new Label();

    public FigureTile() {
        getStyleClass().add("figure-tile");
        figure.getStyleClass().add("figure");
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(figure, caption);
    }

    /** {@code accent} is a style class that colours the tile (see app.css). */
    public void show(String value, String text, String accent) {
        figure.setText(value);
        caption.setText(text);
        Tooltip.install(this, new Tooltip(text + ": " + value));
        getStyleClass().removeIf(c -> c.startsWith("accent-"));
        getStyleClass().add("accent-" + accent);
    }
}

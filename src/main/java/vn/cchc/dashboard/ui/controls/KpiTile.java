package vn.cchc.dashboard.ui.controls;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A figure read at a glance ("12" over "Quá hạn chưa hoàn thành", with "+3 so với 14/06/2026" under it)
 * that opens the tasks behind it. A button, so that it is reachable by keyboard as well as by mouse.
 */
public final class KpiTile extends Button {

    private final Label figure = new Label();
    private final Label detail = new Label();
    private final Label caption = new Label();
    private final Label change = new Label();

    public KpiTile() {
        getStyleClass().setAll("kpi-tile");
        figure.getStyleClass().add("figure");
        detail.getStyleClass().add("detail");
        caption.getStyleClass().add("caption");
        change.getStyleClass().add("change");
        caption.setWrapText(true);
        change.setWrapText(true);
        HBox figures = new HBox(8, figure, detail);
        figures.setAlignment(Pos.BASELINE_LEFT);
        VBox content = new VBox(4, figures, caption, change);
        content.setAlignment(Pos.TOP_LEFT);
        // A button lays its graphic out at the graphic's unwrapped width: give the texts the tile's width to wrap in.
        content.prefWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 22));
        caption.setMinHeight(Region.USE_PREF_SIZE);
        change.setMinHeight(Region.USE_PREF_SIZE);
        setGraphic(content);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setAlignment(Pos.TOP_LEFT);
        setMaxWidth(Double.MAX_VALUE);
        setMaxHeight(Double.MAX_VALUE);
    }

    /**
     * @param accent    a style class suffix that colours the tile (see app.css: accent-…)
     * @param tendency  a style class suffix for the change line: good, bad or neutral
     */
    public void show(String value, String detailText, String text, String changeText, String accent, String tendency,
                     String hint) {
        figure.setText(value);
        detail.setText(detailText);
        caption.setText(text);
        change.setText(changeText);
        setAccessibleText(text + ": " + value + " " + detailText + ". " + changeText);
        setTooltip(new Tooltip(hint));
        getStyleClass().removeIf(c -> c.startsWith("accent-"));
        getStyleClass().add("accent-" + accent);
        change.getStyleClass().removeIf(c -> c.startsWith("tendency-"));
        change.getStyleClass().add("tendency-" + tendency);
    }
}

package vn.cchc.dashboard.ui.controls;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A figure read at a glance ("12" over "Quá hạn chưa hoàn thành", with "+3 so với 14/06/2026" under it)
 * that opens the tasks behind it. A button, so that it is reachable by keyboard as well as by mouse. The figure is
 * never cut: it shrinks to the tile's width ("1.384/3.003" in a narrow tile), its detail ("46,09%") goes under it
 * when the two do not fit side by side, and the texts wrap.
 */
public final class KpiTile extends Button {

    private final Label figure = new Label();
    private final Label detail = new Label();
    private final Label caption = new Label();
    private final Label change = new Label();
    private final FitText figureFit;
    private final VBox content;

    /** The figure's size on the desktop; presentation mode asks for a larger one. */
    static final double FIGURE_SIZE = 26;

    public KpiTile() {
        getStyleClass().setAll("kpi-tile");
        figure.getStyleClass().add("figure");
        detail.getStyleClass().add("detail");
        caption.getStyleClass().add("caption");
        change.getStyleClass().add("change");
        caption.setWrapText(true);
        change.setWrapText(true);
        FlowPane figures = new FlowPane(8, 0, figure, detail);
        figures.setRowValignment(VPos.BASELINE);
        content = new VBox(4, figures, caption, change);
        content.setAlignment(Pos.TOP_LEFT);
        // A button lays its graphic out at the graphic's unwrapped width: give the texts the tile's inner width to wrap
        // in (its insets come with the stylesheet, after this constructor).
        content.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()), widthProperty(),
                insetsProperty()));
        figures.prefWrapLengthProperty().bind(content.prefWidthProperty());
        figureFit = FitText.oneLine(figure, content.prefWidthProperty(), FIGURE_SIZE, FIGURE_SIZE * 0.45);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        change.setMinHeight(Region.USE_PREF_SIZE);
        setGraphic(content);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setAlignment(Pos.TOP_LEFT);
        setMaxWidth(Double.MAX_VALUE);
        setMaxHeight(Double.MAX_VALUE);
    }

    /** Its height depends on its width: its texts wrap, its detail may go under its figure. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** As tall as its texts wrapped in {@code width}: a row of tiles is as tall as its tallest tile needs. */
    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? content.getPrefWidth() : width - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + content.prefHeight(Math.max(0, inner)) + snappedBottomInset();
    }

    /** The figure at {@code size} pixels (or smaller where it would not fit). */
    public void figureSize(double size) {
        figureFit.size(size);
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

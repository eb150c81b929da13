package vn.cchc.dashboard.ui.indicators;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * A traffic-light cell: the figure on its verdict's colour, its trend under it, the why in a tooltip. The figure
 * over its trend (rather than beside it) keeps the column narrow, so that a plan's indicators fit the screen's width;
 * a figure in words ("Chưa có số liệu") wraps in the column.
 */
final class IndicatorCell extends TableCell<IndicatorsViewModel.Row, IndicatorsViewModel.Cell> {

    private final Text figure = new Text();
    private final Sparkline trend = new Sparkline();
    private final VBox box = new VBox(3, figure, trend);

    IndicatorCell() {
        box.setAlignment(Pos.TOP_RIGHT);
        figure.getStyleClass().add("indicator-figure");
        figure.setTextAlignment(TextAlignment.RIGHT);
        tableColumnProperty().addListener((obs, old, column) -> {
            figure.wrappingWidthProperty().unbind();
            if (column != null) {
                figure.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
            }
        });
        getStyleClass().add("indicator-cell");
    }

    @Override
    protected void updateItem(IndicatorsViewModel.Cell item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeIf(c -> c.startsWith("verdict-"));
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        figure.setText(item.text());
        trend.show(item.trend());
        getStyleClass().add("verdict-" + item.verdict().name().toLowerCase(Locale.ROOT));
        Tooltip tip = new Tooltip(item.explanation());
        tip.setShowDelay(Duration.millis(250));
        setTooltip(tip);
        setAccessibleText(item.text() + ". " + item.explanation());
        setGraphic(box);
    }
}

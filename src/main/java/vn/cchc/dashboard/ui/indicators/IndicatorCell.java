package vn.cchc.dashboard.ui.indicators;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/** A traffic-light cell: the figure on its verdict's colour, its trend beside it, the why in a tooltip. */
final class IndicatorCell extends TableCell<IndicatorsViewModel.Row, IndicatorsViewModel.Cell> {

    private final Label figure = new Label();
    private final Sparkline trend = new Sparkline();
    private final HBox box = new HBox(8, trend, figure);

    IndicatorCell() {
        box.setAlignment(Pos.CENTER_RIGHT);
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

package vn.cchc.dashboard.ui.overview;

import javafx.collections.ListChangeListener;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.KpiTile;

/**
 * The headline page's tiles, three a row in rows of one height sharing the page's height: the overview's tiles, their
 * figures larger and fitted to the tile, their texts wrapped.
 */
final class MeetingTiles extends GridPane {

    private static final int COLUMNS = 3;

    private final OverviewViewModel model;
    private final Messages messages;
    private final double figureSize;
    private final ListChangeListener<OverviewViewModel.Tile> changed = c -> show();

    MeetingTiles(OverviewViewModel model, Messages messages, double figureSize) {
        this.model = model;
        this.messages = messages;
        this.figureSize = figureSize;
        setHgap(10);
        setVgap(10);
        getStyleClass().add("kpi-tiles");
        for (int i = 0; i < COLUMNS; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            column.setFillWidth(true);
            getColumnConstraints().add(column);
        }
        model.tiles().addListener(changed);
        show();
    }

    private void show() {
        getChildren().clear();
        int i = 0;
        for (OverviewViewModel.Tile figure : model.tiles()) {
            KpiTile tile = KpiTiles.tile(model, messages, figure);
            tile.figureSize(figureSize);
            tile.setFocusTraversable(false); // the arrow keys turn the pages
            tile.setMaxHeight(Double.MAX_VALUE);
            add(tile, i % COLUMNS, i / COLUMNS);
            i++;
        }
        int rows = (i + COLUMNS - 1) / COLUMNS;
        getRowConstraints().clear();
        for (int r = 0; r < rows; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / rows);
            row.setFillHeight(true);
            getRowConstraints().add(row);
        }
    }

    void dispose() {
        model.tiles().removeListener(changed);
    }
}

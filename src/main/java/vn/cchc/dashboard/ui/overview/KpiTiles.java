package vn.cchc.dashboard.ui.overview;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.TilePane;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.KpiTile;

/** The overview's tiles, drawn from its view model and opening the task list when clicked. */
final class KpiTiles extends TilePane {

    private final OverviewViewModel model;
    private final Messages messages;
    private final double tileHeight;

    /**
     * @param tileHeight the tiles' least height: a tile whose figure, detail and texts need more (a large plan's
     *                   "1.384/3.003" with its percent under it) makes every tile as tall
     */
    KpiTiles(OverviewViewModel model, Messages messages, double tileWidth, double tileHeight) {
        super(12, 12);
        this.model = model;
        this.messages = messages;
        this.tileHeight = tileHeight;
        getStyleClass().add("kpi-tiles");
        setPrefColumns(5);
        setPrefTileWidth(tileWidth);
        model.tiles().addListener((ListChangeListener<OverviewViewModel.Tile>) c -> show());
        show();
    }

    private void show() {
        getChildren().clear();
        for (OverviewViewModel.Tile figure : model.tiles()) {
            KpiTile tile = tile(model, messages, figure);
            tile.setMinHeight(tileHeight);
            getChildren().add(tile);
        }
    }

    /** One tile, opening its tasks when clicked: the overview's and the meeting's tiles are the same. */
    static KpiTile tile(OverviewViewModel model, Messages messages, OverviewViewModel.Tile figure) {
        KpiTile tile = new KpiTile();
        String name = figure.selection().name().toLowerCase(Locale.ROOT).replace('_', '-');
        tile.setId("tile-" + name);
        tile.show(figure.value(), figure.detail(), figure.label(), figure.change(), name,
                figure.tendency().name().toLowerCase(Locale.ROOT), messages.get("tile.tooltip"));
        tile.setOnAction(e -> model.open(figure.selection()));
        return tile;
    }
}

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

    KpiTiles(OverviewViewModel model, Messages messages, double tileWidth, double tileHeight) {
        super(12, 12);
        this.model = model;
        this.messages = messages;
        getStyleClass().add("kpi-tiles");
        setPrefColumns(5);
        setPrefTileWidth(tileWidth);
        setPrefTileHeight(tileHeight);
        model.tiles().addListener((ListChangeListener<OverviewViewModel.Tile>) c -> show());
        show();
    }

    private void show() {
        getChildren().clear();
        for (OverviewViewModel.Tile figure : model.tiles()) {
            KpiTile tile = new KpiTile();
            String name = figure.selection().name().toLowerCase(Locale.ROOT).replace('_', '-');
            tile.setId("tile-" + name);
            tile.show(figure.value(), figure.detail(), figure.label(), figure.change(), name,
                    figure.tendency().name().toLowerCase(Locale.ROOT), messages.get("tile.tooltip"));
            tile.setOnAction(e -> model.open(figure.selection()));
            getChildren().add(tile);
        }
    }
}

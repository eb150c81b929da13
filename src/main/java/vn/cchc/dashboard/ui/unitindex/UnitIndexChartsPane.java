package vn.cchc.dashboard.ui.unitindex;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.chart.ChartOnScreen;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.chart.unitindex.UnitIndexCharts;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.Subscriptions;
import vn.cchc.dashboard.ui.overview.ChartActions;
import vn.cchc.dashboard.ui.overview.ChartCard;

/**
 * The ranking bars and the units × areas heatmap of the shown edition, each in a card with the overview's export menu
 * (PNG for a slide or an A4 report, SVG, copy); drawn off the FX thread whenever another edition is shown. Both are as
 * tall as their units need. Nothing is drawn before a unit has an index.
 */
final class UnitIndexChartsPane extends VBox {

    private static final double ROW_HEIGHT = 26;
    private static final double FRAME_HEIGHT = 190;
    private static final double HEATMAP_FRAME_HEIGHT = 240;

    private final Background background;
    private final ChartActions actions;
    private final Messages messages;
    private final Subscriptions subscriptions = new Subscriptions();
    private long latestRequest;

    UnitIndexChartsPane(ObservableValue<UnitIndexViewModel.Shown> shown, Background background, ChartActions actions,
                        Messages messages) {
        this.background = background;
        this.actions = actions;
        this.messages = messages;
        setSpacing(16);
        setId("unit-index-charts");
        subscriptions.follow(shown, this::draw);
    }

    private void draw(UnitIndexViewModel.Shown shown) {
        long request = ++latestRequest;
        if (shown == null || shown.ranking().stream().allMatch(r -> r.result().index() == null)) {
            getChildren().clear();
            return;
        }
        int year = shown.edition().year();
        background.run(() -> List.of(
                ChartOnScreen.prepare(UnitIndexCharts.ranking(shown.ranking(), year, shown.edition().group(), messages)),
                ChartOnScreen.prepare(UnitIndexCharts.heatmap(shown.ranking(), shown.set(), messages))), charts -> {
                    if (request == latestRequest) {
                        double rows = shown.ranking().size() * ROW_HEIGHT;
                        getChildren().setAll(card(charts.get(0), FRAME_HEIGHT + rows),
                                card(charts.get(1), HEATMAP_FRAME_HEIGHT + rows));
                    }
                }, e -> getChildren().setAll(new Label(ErrorText.of(e, messages))));
    }

    private javafx.scene.Node card(ExportableChart chart, double height) {
        return ChartCard.of(chart, height, actions, messages);
    }

    void dispose() {
        subscriptions.dispose();
    }
}

package vn.cchc.dashboard.ui.national;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.chart.ChartOnScreen;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.chart.NationalCharts;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.Subscriptions;
import vn.cchc.dashboard.ui.overview.ChartActions;
import vn.cchc.dashboard.ui.overview.ChartCard;

/**
 * The ranking of every province (the province picked out) and the province's components against the country, each
 * in a card with the overview's export menu (PNG for a slide or an A4 report, SVG, copy). Drawn off the FX thread
 * whenever another index or year is shown. The ranking is as tall as its provinces need.
 */
final class NationalChartsPane extends VBox {

    private static final double ROW_HEIGHT = 15;
    private static final double FRAME_HEIGHT = 200;
    private static final double COMPONENTS_HEIGHT = 480;

    private final Background background;
    private final ChartActions actions;
    private final Messages messages;
    private final Subscriptions subscriptions = new Subscriptions();
    private long latestRequest;

    NationalChartsPane(ObservableValue<NationalViewModel.Shown> shown, Background background, ChartActions actions,
                       Messages messages) {
        this.background = background;
        this.actions = actions;
        this.messages = messages;
        setSpacing(16);
        setId("national-charts");
        subscriptions.follow(shown, this::draw);
    }

    private void draw(NationalViewModel.Shown shown) {
        long request = ++latestRequest;
        if (shown == null) {
            getChildren().clear();
            return;
        }
        background.run(() -> {
            List<ExportableChart> charts = new ArrayList<>();
            charts.add(ChartOnScreen.prepare(NationalCharts.ranking(shown.results(), shown.standing(), messages)));
            if (shown.standing() != null && !shown.standing().components().isEmpty()) {
                charts.add(ChartOnScreen.prepare(NationalCharts.components(shown.standing(), messages)));
            }
            return charts;
        }, charts -> {
            if (request == latestRequest) {
                getChildren().clear();
                getChildren().add(card(charts.get(0), FRAME_HEIGHT + shown.results().count() * ROW_HEIGHT));
                if (charts.size() > 1) {
                    getChildren().add(card(charts.get(1), COMPONENTS_HEIGHT));
                }
            }
        }, e -> getChildren().setAll(new Label(ErrorText.of(e, messages))));
    }

    private Node card(ExportableChart chart, double height) {
        return ChartCard.of(chart, height, actions, messages);
    }

    void dispose() {
        subscriptions.dispose();
    }
}

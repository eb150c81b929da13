package vn.cchc.dashboard.ui.overview;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.chart.ChartOnScreen;
import vn.cchc.dashboard.chart.ChartInput;
import vn.cchc.dashboard.chart.ChartKind;
import vn.cchc.dashboard.chart.Charts;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ReloadGate;
import vn.cchc.dashboard.ui.Subscriptions;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.controls.FirstSight;

/**
 * The overview's five charts, drawn off the FX thread once the user has scrolled to them and again whenever the
 * overview changes, each in a card with its export menu (also on right-click). One chart a row: the charts are
 * designed for about 800 pixels of width, and narrower they crowd their labels. The unit chart grows with the
 * number of units.
 */
final class ChartsPane extends VBox {

    private static final double CHART_HEIGHT = 420;
    private static final List<ChartKind> ORDER = List.of(ChartKind.AREA_PROGRESS, ChartKind.STATUS_DONUT,
            ChartKind.PROGRESS_OVER_TIME, ChartKind.YEAR_OVER_YEAR, ChartKind.UNIT_PROGRESS);

    private final Background background;
    private final ChartActions actions;
    private final Messages messages;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ReloadGate gate = new ReloadGate();
    /** Closed until the user first sees where the charts go: below the fold they wait for a scroll. */
    private final ReloadGate sight = new ReloadGate();
    private long latestRequest;
    private boolean drawn;

    ChartsPane(ObservableValue<Overview> overview, Background background, ChartActions actions, Messages messages) {
        this.background = background;
        this.actions = actions;
        this.messages = messages;
        setSpacing(16);
        // Drawn only while shown: each drawing is background work, and the overview changes on other screens too. And
        // not before the user first scrolls to them: below the figures, they would take the first seconds' CPU and
        // memory (five JFreeChart drawings and their canvases) for nobody.
        sight.deactivate();
        FirstSight.whenSeen(this, sight::activate);
        Runnable redraw = gate.guard(sight.guard(() -> draw(overview.getValue())));
        subscriptions.follow(overview, o -> {
            keepPlace(o);
            redraw.run();
        });
    }

    /** Until the charts are first drawn, their place is kept: what follows them does not jump when they arrive. */
    private void keepPlace(Overview overview) {
        setMinHeight(overview != null && !drawn ? ORDER.size() * CHART_HEIGHT + (ORDER.size() - 1) * getSpacing()
                : USE_COMPUTED_SIZE);
    }

    void activate() {
        gate.activate();
    }

    void deactivate() {
        gate.deactivate();
    }

    private void draw(Overview overview) {
        long request = ++latestRequest;
        if (overview == null) {
            getChildren().clear();
            return;
        }
        if (getChildren().isEmpty()) {
            ProgressIndicator progress = new ProgressIndicator();
            progress.setPrefSize(28, 28);
            Label drawing = new Label(messages.get("chart.drawing"), progress);
            drawing.getStyleClass().add("muted");
            getChildren().setAll(drawing);
        }
        background.run(() -> ORDER.stream().map(k -> ChartOnScreen.prepare(Charts.create(k, ChartInput.of(overview), messages))).toList(),
                charts -> {
                    if (request == latestRequest) {
                        show(charts, overview.summary().byUnit().size());
                    }
                }, e -> getChildren().setAll(new Label(ErrorText.of(e, messages))));
    }

    private void show(List<ExportableChart> charts, int units) {
        drawn = true;
        setMinHeight(USE_COMPUTED_SIZE);
        getChildren().clear();
        for (ExportableChart chart : charts) {
            double height = chart.name().equals(ChartKind.UNIT_PROGRESS.cliName())
                    ? Math.max(CHART_HEIGHT, 140 + 24 * Math.min(units, 40)) : CHART_HEIGHT;
            getChildren().add(card(chart, height));
        }
    }

    private Node card(ExportableChart chart, double height) {
        return ChartCard.of(chart, height, actions, messages);
    }

    void dispose() {
        subscriptions.dispose();
    }
}

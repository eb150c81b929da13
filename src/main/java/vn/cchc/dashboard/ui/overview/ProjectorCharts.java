package vn.cchc.dashboard.ui.overview;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import vn.cchc.dashboard.chart.ChartOnScreen;
import vn.cchc.dashboard.chart.ChartInput;
import vn.cchc.dashboard.chart.ChartKind;
import vn.cchc.dashboard.chart.Charts;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.Subscriptions;

/**
 * The two charts of presentation mode, as pictures drawn off the FX thread from a smaller layout at 2,5 times
 * the pixels: on a projector their text comes out larger than the screen's charts, and sharp.
 */
public final class ProjectorCharts {

    private static final List<ChartKind> KINDS = List.of(ChartKind.AREA_PROGRESS, ChartKind.PROGRESS_OVER_TIME);
    private static final int LAYOUT_WIDTH = 680;
    private static final int LAYOUT_HEIGHT = 380;
    private static final double SCALE = 2.5;

    private final List<ImageView> views = KINDS.stream().map(k -> new ImageView()).toList();
    private final List<Node> nodes;
    private final Subscriptions subscriptions = new Subscriptions();
    private long latestRequest;

    public ProjectorCharts(ObservableValue<Overview> overview, Background background, Messages messages) {
        nodes = views.stream().map(view -> {
            view.setPreserveRatio(true);
            view.setSmooth(true);
            StackPane holder = new StackPane(view);
            holder.setMinSize(0, 0);
            view.fitWidthProperty().bind(holder.widthProperty());
            view.fitHeightProperty().bind(holder.heightProperty());
            return (Node) holder;
        }).toList();
        subscriptions.follow(overview, o -> draw(o, background, messages));
    }

    private void draw(Overview overview, Background background, Messages messages) {
        long request = ++latestRequest;
        if (overview == null) {
            views.forEach(v -> v.setImage(null));
            return;
        }
        background.run(() -> KINDS.stream()
                .map(k -> ChartOnScreen.image(Charts.create(k, ChartInput.of(overview), messages), LAYOUT_WIDTH, LAYOUT_HEIGHT, SCALE))
                .toList(), images -> {
                    if (request == latestRequest) {
                        for (int i = 0; i < images.size(); i++) {
                            views.get(i).setImage(images.get(i));
                        }
                    }
                }, e -> views.forEach(v -> v.setImage(null)));
    }

    public List<Node> nodes() {
        return nodes;
    }

    public void dispose() {
        subscriptions.dispose();
    }
}

package vn.cchc.dashboard.ui.overview;

import javafx.beans.value.ObservableValue;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import vn.cchc.dashboard.chart.ChartOnScreen;
import vn.cchc.dashboard.chart.ChartInput;
import vn.cchc.dashboard.chart.ChartKind;
import vn.cchc.dashboard.chart.Charts;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.Subscriptions;

/**
 * One chart of the meeting, as a picture drawn off the FX thread to the room the page gives it: laid out
 * {@link #ENLARGE} times smaller than the room and drawn at {@link #PIXELS} times the layout, so that its words come
 * out a third larger than on the desk, and sharp on a projector up to 2.500 pixels wide. Drawn again when the
 * figures change, or when the room changes by more than a few pixels.
 */
final class ChartSlot extends StackPane {

    static final double ENLARGE = 1.3;
    private static final double PIXELS = 2.5;
    private static final double RESIZE_STEP = 12;

    private final ChartKind kind;
    private final Background background;
    private final Messages messages;
    private final ImageView view = new ImageView();
    private final Subscriptions subscriptions = new Subscriptions();
    private Overview drawnFor;
    private double drawnWidth;
    private double drawnHeight;
    private long latestRequest;

    ChartSlot(ChartKind kind, ObservableValue<Overview> overview, Background background, Messages messages) {
        this.kind = kind;
        this.background = background;
        this.messages = messages;
        setId("meeting-chart-" + kind.cliName());
        getStyleClass().add("meeting-chart");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitWidthProperty().bind(widthProperty());
        view.fitHeightProperty().bind(heightProperty());
        getChildren().add(view);
        setMinSize(0, 0);
        setPrefSize(0, 0);
        subscriptions.follow(overview, o -> draw(o, getWidth(), getHeight()));
        widthProperty().addListener((obs, old, now) -> resized());
        heightProperty().addListener((obs, old, now) -> resized());
    }

    private void resized() {
        if (Math.abs(getWidth() - drawnWidth) > RESIZE_STEP || Math.abs(getHeight() - drawnHeight) > RESIZE_STEP) {
            draw(drawnFor, getWidth(), getHeight());
        }
    }

    private void draw(Overview overview, double width, double height) {
        drawnFor = overview;
        long request = ++latestRequest;
        if (overview == null || width < 50 || height < 50) {
            view.setImage(null);
            return;
        }
        drawnWidth = width;
        drawnHeight = height;
        int layoutWidth = (int) Math.round(width / ENLARGE);
        int layoutHeight = (int) Math.round(height / ENLARGE);
        background.run(() -> ChartOnScreen.image(Charts.create(kind, ChartInput.of(overview), messages),
                layoutWidth, layoutHeight, PIXELS), image -> {
                    if (request == latestRequest) {
                        view.setImage(image);
                    }
                }, e -> {
                    if (request == latestRequest) {
                        view.setImage(null);
                    }
                });
    }

    /** True once the chart's picture is shown. */
    boolean drawn() {
        return view.getImage() != null;
    }

    void dispose() {
        subscriptions.dispose();
    }
}

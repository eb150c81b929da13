package vn.cchc.dashboard.ui.overview;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.ScreenView;

/**
 * The overview for the meeting-room projector: the headline, the tiles and two charts in large type, full
 * screen, readable from the back of the room.
 */
public final class PresentationView implements ScreenView {

    private final OverviewViewModel model;
    private final VBox root;

    private static final double PADDING = 48;
    private static final double GAP = 12;

    /**
     * @param charts      the chart nodes to show side by side under the tiles
     * @param screenWidth the projector's width: five tiles a row share it
     */
    public PresentationView(OverviewViewModel model, Messages messages, List<Node> charts, double screenWidth) {
        this.model = model;
        Label plan = new Label();
        plan.getStyleClass().add("presentation-plan");
        plan.textProperty().bind(model.planTitle());
        Label asOf = new Label();
        asOf.getStyleClass().add("presentation-as-of");
        asOf.textProperty().bind(model.asOfText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label exit = new Label(messages.get("presentation.exit"));
        exit.getStyleClass().add("presentation-hint");
        HBox top = new HBox(24, plan, spacer, asOf);
        top.setAlignment(Pos.BASELINE_LEFT);

        Label headline = new Label();
        headline.setId("presentation-headline");
        headline.getStyleClass().add("presentation-headline");
        headline.setWrapText(true);
        headline.textProperty().bind(model.headline());

        double tileWidth = Math.floor((screenWidth - 2 * PADDING - 4 * GAP) / 5);
        KpiTiles tiles = new KpiTiles(model, messages, tileWidth, 150);
        HBox chartRow = new HBox(24);
        for (Node chart : charts) {
            HBox.setHgrow(chart, Priority.ALWAYS);
            if (chart instanceof Region region) {
                region.setPrefWidth(0); // share the row equally, whatever each picture's own size
            }
            chartRow.getChildren().add(chart);
        }
        VBox.setVgrow(chartRow, Priority.ALWAYS);
        root = new VBox(22, top, headline, tiles, chartRow, exit);
        root.getStyleClass().add("presentation");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        model.dispose();
    }
}

package vn.cchc.dashboard.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.FxBackground;
import vn.cchc.dashboard.ui.SampleWindow;

/**
 * The meeting on a 1366 × 768 projector and on 1920 × 1080, as a deputy chair pages through it with the arrow keys:
 * every page, and on none of them a text cut short. And who is behind, on Tổng quan, seen without scrolling.
 */
@ExtendWith(ApplicationExtension.class)
class MeetingWindowTest {

    static final Messages VI = Messages.of(Language.VI);
    static SampleWindow sample;
    static AppContext context;
    static Overview today;
    static final FxBackground background = new FxBackground();
    Stage main;

    @BeforeAll
    static void openSample(@TempDir Path folder) {
        sample = SampleWindow.open(folder);
        context = sample.context();
        today = context.plans().overview(context.plans().planFor(2026), TestClock.TODAY, null, 60, LaggingPolicy.DEFAULT);
    }

    @AfterAll
    static void close() {
        background.close();
        sample.close();
    }

    @Start
    void start(Stage stage) {
        main = stage;
        sample.showIn(stage);
    }

    @Test
    void everyPageAt1366x768IsReachedByTheKeysAndCutsNoText(FxRobot robot) throws Exception {
        pageThrough(robot, 1366, 768);
    }

    /** Larger than the tests' headless screen: laid out in a scene of that size, the pages turned by the model. */
    @Test
    void everyPageAt1920x1080CutsNoText(FxRobot robot) throws Exception {
        SimpleObjectProperty<Overview> shown = new SimpleObjectProperty<>(today);
        LaggingDigestViewModel behind = new LaggingDigestViewModel(context.plans(), () -> true,
                new SimpleObjectProperty<>(LaggingPolicy.DEFAULT), shown, background, VI, () -> { }, id -> { });
        MeetingViewModel meeting = new MeetingViewModel(shown, VI);
        PresentationView[] view = new PresentationView[1];
        javafx.scene.Scene[] scene = new javafx.scene.Scene[1];
        robot.interact(() -> {
            view[0] = new PresentationView(new OverviewViewModel(shown, VI, s -> { }, d -> { }), meeting, behind, VI,
                    background);
            scene[0] = new javafx.scene.Scene((Parent) view[0].node(), 1920, 1080);
            scene[0].getStylesheets().addAll(main.getScene().getStylesheets());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> behind.state().get() == LaggingDigestViewModel.State.LAGGING);
        for (int page = 1; page <= meeting.pages().size(); page++) {
            List<String> cut = new ArrayList<>();
            double[] headline = new double[2];
            robot.interact(() -> {
                scene[0].getRoot().applyCss();
                scene[0].getRoot().layout();
                cut.addAll(cut(scene[0].getRoot()));
                Label title = (Label) scene[0].getRoot().lookup("#meeting-as-of");
                headline[0] = ((javafx.scene.layout.Region) scene[0].getRoot()).getWidth();
                headline[1] = title.localToScene(title.getLayoutBounds()).getMaxX();
                meeting.next();
            });
            assertThat(headline[0]).isEqualTo(1920);
            assertThat(headline[1]).as("the day at the right edge, scaled up").isGreaterThan(1800);
            assertThat(cut).as("cut texts on page %d at 1920x1080", page).isEmpty();
        }
        robot.interact(() -> view[0].dispose());
    }

    private void pageThrough(FxRobot robot, double width, double height) throws Exception {
        LaggingDigestViewModel behind = new LaggingDigestViewModel(context.plans(), () -> true,
                new SimpleObjectProperty<>(LaggingPolicy.DEFAULT), new SimpleObjectProperty<>(today), background, VI,
                () -> { }, id -> { });
        Stage[] meeting = new Stage[1];
        robot.interact(() -> meeting[0] = MeetingWindow.open(main, VI, background, new SimpleObjectProperty<>(today),
                behind, s -> { }, d -> { }, () -> { }, new Rectangle2D(0, 0, width, height), false));
        robot.interact(() -> meeting[0].requestFocus());
        Label position = lookup(meeting[0], "#meeting-position");
        int pages = Integer.parseInt(position.getText().substring(position.getText().indexOf('/') + 1));
        assertThat(pages).as("headline, who is behind, 7 areas, 2 charts").isEqualTo(11);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> behind.state().get() == LaggingDigestViewModel.State.LAGGING);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> chartDrawn(meeting[0], "#meeting-chart-tien-do"));
        WaitForAsyncUtils.waitForFxEvents();

        Label headline = lookup(meeting[0], "#presentation-headline");
        assertThat(headline.getText()).isEqualTo(new OverviewViewModel(new SimpleObjectProperty<>(today), VI, s -> { },
                d -> { }).headline().get()).startsWith("62/99 nhiệm vụ");
        Text shown = (Text) headline.lookup(".text");
        assertThat(shown.getLayoutBounds().getHeight()).as("the headline on one line")
                .isLessThan(headline.getFont().getSize() * 1.6);

        for (int page = 1; page <= pages; page++) {
            assertThat(position.getText()).isEqualTo(page + "/" + pages);
            assertThat(cut(meeting[0].getScene().getRoot())).as("cut texts on page %d at %sx%s", page, width, height)
                    .isEmpty();
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(position.getText()).as("the last page stays").isEqualTo(pages + "/" + pages);
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(position.getText()).isEqualTo("1/" + pages);
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(position.getText()).isEqualTo("3/" + pages);
        assertThat(lookup(meeting[0], "#meeting-area-CDDH").isVisible()).isTrue();
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) lookup(meeting[0], "#meeting-behind-status")).getText())
                .startsWith("7 trong số ").endsWith("đơn vị chậm tiến độ, tính đến ngày 23/11/2026");
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(position.getText()).isEqualTo(pages + "/" + pages);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !meeting[0].isShowing());
    }

    @Test
    void whoIsBehindIsUnderTheHeadlineWithoutScrollingAt1366x768(FxRobot robot) throws Exception {
        double width = main.getWidth();
        double height = main.getHeight();
        robot.interact(() -> {
            main.setWidth(1366);
            main.setHeight(768);
        });
        try {
            behindIsSeenWithoutScrolling(robot);
        } finally {
            // TestFX's one stage serves the test classes after this one: they expect the window's own size.
            robot.interact(() -> {
                main.setWidth(width);
                main.setHeight(height);
            });
        }
    }

    private void behindIsSeenWithoutScrolling(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#overview-behind .behind-line").tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#behind-status").queryAs(Label.class).getText())
                .endsWith("đơn vị chậm tiến độ, tính đến ngày 23/11/2026");
        assertThat(robot.lookup("#overview-behind .behind-line").queryAll()).hasSize(BehindCard.SHOWN);
        Node card = robot.lookup("#overview-behind").query();
        ScrollPane screen = (ScrollPane) robot.lookup(".screen").match(n -> n instanceof ScrollPane).query();
        Bounds cardOnScreen = card.localToScene(card.getLayoutBounds());
        Bounds viewport = screen.localToScene(screen.getLayoutBounds());
        assertThat(screen.getVvalue()).isZero();
        assertThat(cardOnScreen.getMaxY()).as("the card's bottom within the first screen").isLessThan(viewport.getMaxY());
        assertThat(cut(card)).isEmpty();

        robot.clickOn("#behind-open");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lagging-table").tryQuery().isPresent());
    }

    @Test
    void theCheckSeesALabelCutShort(FxRobot robot) {
        Label narrow = new Label("Quá hạn chưa hoàn thành");
        narrow.setMaxWidth(60);
        Label whole = new Label("13");
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new javafx.scene.Scene(new javafx.scene.layout.VBox(narrow, whole), 200, 100));
            stage[0].show();
        });
        assertThat(cut(stage[0].getScene().getRoot())).singleElement().asString().startsWith("Quá hạn chưa hoàn thành → ")
                .endsWith(narrow.getEllipsisString());
        robot.interact(stage[0]::close);
    }

    @Test
    void aNationalPlansFigureShrinksToItsTileInsteadOfBeingCut(FxRobot robot) {
        vn.cchc.dashboard.ui.controls.KpiTile tile = new vn.cchc.dashboard.ui.controls.KpiTile();
        tile.show("1.384/3.003", "46,09%", "Đã hoàn thành", "+1.384 so với 14/03/2023", "completed", "good", "");
        tile.setPrefWidth(170);
        tile.setMaxWidth(170);
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.layout.VBox(tile), 300, 300);
            scene.getStylesheets().addAll(main.getScene().getStylesheets());
            stage[0].setScene(scene);
            stage[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label figure = (Label) tile.lookup(".figure");
        assertThat(cut(tile)).isEmpty();
        assertThat(figure.getText()).isEqualTo("1.384/3.003");
        assertThat(figure.getFont().getSize()).as("smaller than the desktop's 26 px").isLessThan(26);
        Bounds text = figure.lookup(".text").localToScene(figure.lookup(".text").getLayoutBounds());
        Bounds inside = tile.localToScene(tile.getLayoutBounds());
        assertThat(text.getMaxX()).as("within the tile's border").isLessThanOrEqualTo(inside.getMaxX() - 12);
        robot.interact(stage[0]::close);
    }

    private static boolean chartDrawn(Stage stage, String id) {
        StackPane slot = (StackPane) stage.getScene().getRoot().lookup(id);
        return slot != null && ((ImageView) slot.getChildren().get(0)).getImage() != null;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Node> T lookup(Stage stage, String selector) {
        return (T) stage.getScene().getRoot().lookup(selector);
    }

    /**
     * The labels seen under {@code node} whose shown text is not their text: cut to "…" (a Labeled shows its text through
     * an inner Text node, which holds the shortened text).
     */
    static List<String> cut(Node node) {
        List<String> cut = new ArrayList<>();
        collect(node, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            Node inner = labeled.lookup(".text");
            if (inner instanceof Text text && !text.getText().equals(labeled.getText())) {
                cut.add(labeled.getText() + " → " + text.getText());
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }
}

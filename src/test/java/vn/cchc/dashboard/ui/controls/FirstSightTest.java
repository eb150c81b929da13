package vn.cchc.dashboard.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Content below the fold waits for the user: a window (400 pixels high, or whatever the stage has) over 3.000 pixels
 * of figures, then the target and 6.000 more pixels below it. Its action runs once, when the target is scrolled to
 * or past, and not for a sliver at the viewport's bottom edge.
 */
@ExtendWith(ApplicationExtension.class)
class FirstSightTest {

    private Label below;
    private final AtomicInteger belowSeen = new AtomicInteger();
    private final AtomicInteger onTopSeen = new AtomicInteger();
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        Label onTop = new Label("số liệu");
        Region above = new Region();
        above.setMinHeight(3_000);
        below = new Label("biểu đồ");
        Region after = new Region();
        after.setMinHeight(6_000);
        scroll = new ScrollPane(new VBox(onTop, above, below, after));
        FirstSight.whenSeen(below, belowSeen::incrementAndGet);
        FirstSight.whenSeen(onTop, onTopSeen::incrementAndGet);
        stage.setScene(new Scene(scroll, 300, 400));
        stage.show();
    }

    @Test
    void whatIsInViewRunsAtOnceAndWhatIsBelowWaitsForTheScrollThenRunsOnce(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onTopSeen).hasValue(1);
        assertThat(belowSeen).hasValue(0);

        // Scrolled until the target's top edge is only a few pixels inside the bottom edge: not yet seen.
        robot.interact(() -> scroll.setVvalue(scrolledTo(FirstSight.INSIDE / 2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(belowSeen).hasValue(0);

        robot.interact(() -> scroll.setVvalue(scrolledTo(FirstSight.INSIDE * 2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(belowSeen).hasValue(1);

        robot.interact(() -> scroll.setVvalue(0));
        robot.interact(() -> scroll.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(belowSeen).as("once only").hasValue(1);
        assertThat(onTopSeen).hasValue(1);
    }

    @Test
    void aJumpToTheEndThatScrollsPastTheTargetCountsAsSeen(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(belowSeen).hasValue(0);

        robot.interact(() -> scroll.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(below.localToScene(below.getLayoutBounds()).getMaxY()).as("scrolled past").isNegative();
        assertThat(belowSeen).hasValue(1);
    }

    /** The scroll value that puts {@code inside} pixels of content below the target's top edge into view. */
    private double scrolledTo(double inside) {
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double offset = below.getBoundsInParent().getMinY() - viewport + inside;
        return offset / (content - viewport);
    }
}

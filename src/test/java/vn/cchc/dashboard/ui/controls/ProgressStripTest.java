package vn.cchc.dashboard.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.FxBackground;
import vn.cchc.dashboard.ui.LongWork;
import vn.cchc.dashboard.work.CancelledException;

/**
 * The strip on real work on the real background thread, paced by latches: the work reports rows, then waits for the
 * test; the test presses Huỷ; the work's next row stops it.
 */
@ExtendWith(ApplicationExtension.class)
class ProgressStripTest {

    final FxBackground background = new FxBackground();
    final LongWork longWork = new LongWork(background);
    ProgressStrip strip;

    @Start
    void start(Stage stage) {
        strip = new ProgressStrip(Messages.of(Language.VI), Duration.ZERO).follow(longWork.running());
        stage.setScene(new Scene(new VBox(strip), 600, 80));
        stage.show();
    }

    @AfterEach
    void close() {
        background.close();
    }

    @Test
    void huyStopsRunningWorkAtItsNextSafePointAndTheStripGoesAway(FxRobot robot) throws Exception {
        assertThat(strip.isVisible()).isFalse();
        CountDownLatch fiftyRowsRead = new CountDownLatch(1);
        CountDownLatch cancelPressed = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        int[] rowsRead = new int[1];
        robot.interact(() -> longWork.start(progress -> {
            for (int row = 1; row <= 1_000; row++) {
                progress.step("work.step.readingRows", row, 0);
                rowsRead[0] = row;
                if (row == 50) {
                    fiftyRowsRead.countDown();
                    cancelPressed.await(30, TimeUnit.SECONDS);
                }
            }
            return rowsRead[0];
        }, done -> outcome.set(new AssertionError("finished instead of stopping")), outcome::set));

        assertThat(fiftyRowsRead.await(30, TimeUnit.SECONDS)).isTrue();
        Label text = robot.lookup("#work-text").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text.getText().equals("Đang đọc tệp: 50 dòng"));
        assertThat(strip.isVisible()).isTrue();
        assertThat(robot.lookup(".progress-bar").queryAs(ProgressBar.class).isIndeterminate()).isTrue();

        robot.clickOn("#work-cancel");
        assertThat(text.getText()).isEqualTo("Đang huỷ…");
        assertThat(robot.lookup("#work-cancel").queryAs(Button.class).isDisabled()).isTrue();
        cancelPressed.countDown();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outcome.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(outcome.get()).isInstanceOf(CancelledException.class);
        assertThat(rowsRead[0]).as("the row after the cancel was never read").isEqualTo(50);
        assertThat(strip.isVisible()).isFalse();
        assertThat(strip.isManaged()).isFalse();
    }

    @Test
    void pastItsFinalStepHuyIsDisabledAndTheWorkRunsToItsEnd(FxRobot robot) throws Exception {
        CountDownLatch replacing = new CountDownLatch(1);
        CountDownLatch seen = new CountDownLatch(1);
        AtomicReference<Object> outcome = new AtomicReference<>();
        robot.interact(() -> longWork.start(progress -> {
            progress.finalStep("work.step.restoreReplacing", 0, 0);
            replacing.countDown();
            seen.await(30, TimeUnit.SECONDS);
            progress.checkCancelled(); // no cancel can land any more: this passes
            return "restored";
        }, outcome::set, outcome::set));

        assertThat(replacing.await(30, TimeUnit.SECONDS)).isTrue();
        Label text = robot.lookup("#work-text").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text.getText().startsWith("Đang thay dữ liệu"));
        assertThat(robot.lookup("#work-cancel").queryAs(Button.class).isDisabled()).isTrue();
        seen.countDown();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outcome.get() != null);
        assertThat(outcome.get()).isEqualTo("restored");
    }
}

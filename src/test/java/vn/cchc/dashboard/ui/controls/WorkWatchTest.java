package vn.cchc.dashboard.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.ui.controls.WorkWatch.Phase;
import vn.cchc.dashboard.work.CancelledException;
import vn.cchc.dashboard.work.Tracker;

/** When the progress strip shows, driven by an injected clock: no test here waits for real time. */
class WorkWatchTest {

    final WorkWatch watch = new WorkWatch(Duration.ofSeconds(1));
    final Tracker work = new Tracker();

    @Test
    void workThatEndsWithinASecondIsNeverShown() {
        watch.start(work);
        watch.elapse(Duration.ofMillis(900));
        assertThat(watch.phase()).isEqualTo(Phase.WAITING);
        assertThat(watch.visible()).isFalse();

        watch.finish();

        assertThat(watch.phase()).isEqualTo(Phase.IDLE);
        assertThat(watch.visible()).isFalse();
    }

    @Test
    void workStillRunningAfterASecondShowsIndeterminateUntilItsFirstStepWithATotal() {
        watch.start(work);
        watch.elapse(Duration.ofMillis(500));
        watch.elapse(Duration.ofMillis(500));

        assertThat(watch.phase()).isEqualTo(Phase.SHOWN);
        assertThat(watch.fraction()).isNegative();

        work.step("work.step.readingRows", 40, 0);
        assertThat(watch.fraction()).as("rows read, total unknown").isNegative();
        assertThat(watch.step().done()).isEqualTo(40);

        work.step("work.step.writingTasks", 25, 100);
        assertThat(watch.fraction()).isEqualTo(0.25);
    }

    @Test
    void cancelAsksTheWorkToStopAtItsNextSafePointAndTheStripStaysUntilItHas() {
        watch.start(work);
        watch.elapse(Duration.ofSeconds(1));

        watch.cancel();

        assertThat(watch.phase()).isEqualTo(Phase.CANCELLING);
        assertThat(watch.visible()).isTrue();
        assertThatThrownBy(() -> work.step("work.step.writingTasks", 26, 100)).isInstanceOf(CancelledException.class);
        watch.finish();
        assertThat(watch.visible()).isFalse();
    }

    @Test
    void cancelDoesNothingBeforeTheStripIsShown() {
        watch.start(work);

        watch.cancel();

        assertThat(work.cancelRequested()).isFalse();
        assertThat(watch.phase()).isEqualTo(Phase.WAITING);
    }

    @Test
    void pastItsFinalStepTheWorkCannotBeCancelledAndRunsToItsEnd() {
        watch.start(work);
        watch.elapse(Duration.ofSeconds(1));
        assertThat(watch.cancellable()).isTrue();

        work.finalStep("work.step.restoreReplacing", 0, 0);
        watch.cancel();

        assertThat(watch.cancellable()).as("Huỷ disabled").isFalse();
        assertThat(watch.phase()).isEqualTo(Phase.SHOWN);
        assertThat(work.cancelRequested()).isFalse();
        work.checkCancelled(); // does not throw: the work carries on
        assertThat(watch.step().messageKey()).isEqualTo("work.step.restoreReplacing");
    }

    @Test
    void aCancelAskedBeforeTheFinalStepIsHonouredThere() {
        watch.start(work);
        watch.elapse(Duration.ofSeconds(1));

        watch.cancel();

        assertThatThrownBy(() -> work.finalStep("work.step.restoreReplacing", 0, 0))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void aZeroDelayShowsAtOnce() {
        WorkWatch immediate = new WorkWatch(Duration.ZERO);

        immediate.start(work);

        assertThat(immediate.phase()).isEqualTo(Phase.SHOWN);
    }

    @Test
    void newWorkStartsItsOwnDelay() {
        watch.start(work);
        watch.elapse(Duration.ofSeconds(2));
        watch.finish();

        watch.start(new Tracker());
        watch.elapse(Duration.ofMillis(300));

        assertThat(watch.phase()).isEqualTo(Phase.WAITING);
    }
}

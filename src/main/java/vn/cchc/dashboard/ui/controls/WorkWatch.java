package vn.cchc.dashboard.ui.controls;

import java.time.Duration;
import vn.cchc.dashboard.work.Tracker;

/**
 * When the progress strip shows and what it shows, as plain state so it can be tested without a clock: work
 * that ends within {@code showAfter} is never shown (no flicker for fast work); after that the strip shows,
 * indeterminate until the work reports its first step with a total, until the work ends.
 */
final class WorkWatch {

    enum Phase {
        /** Nothing running. */
        IDLE,
        /** Running, not yet long enough to be worth showing. */
        WAITING,
        /** Running and shown, with a cancel button. */
        SHOWN,
        /** Shown, cancel asked: the work stops at its next safe point. */
        CANCELLING
    }

    private final Duration showAfter;
    private Phase phase = Phase.IDLE;
    private Tracker tracker;
    private Duration elapsed = Duration.ZERO;

    WorkWatch(Duration showAfter) {
        this.showAfter = showAfter;
    }

    /** New work to watch; it shows at once when the delay is zero. */
    void start(Tracker work) {
        tracker = work;
        elapsed = Duration.ZERO;
        phase = showAfter.isZero() ? Phase.SHOWN : Phase.WAITING;
    }

    /** Time passed on the animation clock. */
    void elapse(Duration time) {
        if (phase != Phase.WAITING) {
            return;
        }
        elapsed = elapsed.plus(time);
        if (elapsed.compareTo(showAfter) >= 0) {
            phase = Phase.SHOWN;
        }
    }

    /** The cancel button: only while shown, once, and not after the work's final step. */
    void cancel() {
        if (phase == Phase.SHOWN && tracker.cancellable()) {
            tracker.cancel();
            phase = Phase.CANCELLING;
        }
    }

    /** The work ended, however. */
    void finish() {
        tracker = null;
        phase = Phase.IDLE;
    }

    Phase phase() {
        return phase;
    }

    /** Whether Huỷ can still do anything: shown, not yet pressed, and the work not past its final step. */
    boolean cancellable() {
        return phase == Phase.SHOWN && tracker.cancellable();
    }

    boolean visible() {
        return phase == Phase.SHOWN || phase == Phase.CANCELLING;
    }

    /** The latest step the work reported; null before the first or when idle. */
    Tracker.Step step() {
        return tracker == null ? null : tracker.latest();
    }

    /** For the bar: 0 to 1, or negative (indeterminate) until a step gives a total. */
    double fraction() {
        Tracker.Step step = step();
        return step == null ? -1 : step.fraction();
    }
}

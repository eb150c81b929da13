package vn.cchc.dashboard.work;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@link Progress} of one piece of work that somebody watches: the work writes its latest step, the watcher
 * reads it when it likes (the window polls it on its animation clock, so a fast loop of steps costs the screen
 * nothing) and may ask to cancel – until the work passes its {@link #finalStep}. Safe to share between the working
 * thread and the watching one.
 */
public final class Tracker implements Progress {

    /** A step as reported; {@code total} 0 when unknown. */
    public record Step(String messageKey, long done, long total) {

        /** How far, 0 to 1, or negative when the total is unknown. */
        public double fraction() {
            return total > 0 ? Math.min(1.0, (double) done / total) : -1;
        }
    }

    private enum State { RUNNING, CANCEL_REQUESTED, PAST_CANCEL }

    // One state, changed by compare-and-set: a cancel and the final step racing each other cannot both win.
    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private volatile Step latest;

    @Override
    public void step(String messageKey, long done, long total) {
        checkCancelled();
        latest = new Step(messageKey, done, total);
    }

    @Override
    public void checkCancelled() {
        if (state.get() == State.CANCEL_REQUESTED) {
            throw new CancelledException();
        }
    }

    @Override
    public void finalStep(String messageKey, long done, long total) {
        if (!state.compareAndSet(State.RUNNING, State.PAST_CANCEL)) {
            checkCancelled();
        }
        latest = new Step(messageKey, done, total);
    }

    /** Asks the work to stop at its next safe point; nothing, once the work passed its final step. */
    public void cancel() {
        state.compareAndSet(State.RUNNING, State.CANCEL_REQUESTED);
    }

    public boolean cancelRequested() {
        return state.get() == State.CANCEL_REQUESTED;
    }

    /** False once cancel was asked or the work passed its final step: the button has nothing more to do. */
    public boolean cancellable() {
        return state.get() == State.RUNNING;
    }

    /** The latest step, or null before the first. */
    public Step latest() {
        return latest;
    }
}

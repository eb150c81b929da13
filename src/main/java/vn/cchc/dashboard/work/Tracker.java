package vn.cchc.dashboard.work;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@link Progress} of one piece of work that somebody watches: the work writes its latest step, the watcher
 * reads it when it likes (the window polls it on its animation clock, so a fast loop of steps costs the screen
 * nothing) and may ask to cancel. Safe to share between the working thread and the watching one.
 */
public final class Tracker implements Progress {

    /** A step as reported; {@code total} 0 when unknown. */
    public record Step(String messageKey, long done, long total) {

        /** How far, 0 to 1, or negative when the total is unknown. */
        public double fraction() {
            return total > 0 ? Math.min(1.0, (double) done / total) : -1;
        }
    }

    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private volatile Step latest;

    @Override
    public void step(String messageKey, long done, long total) {
        checkCancelled();
        latest = new Step(messageKey, done, total);
    }

    @Override
    public void checkCancelled() {
        if (cancelRequested.get()) {
            throw new CancelledException();
        }
    }

    /** Asks the work to stop at its next safe point. */
    public void cancel() {
        cancelRequested.set(true);
    }

    public boolean cancelRequested() {
        return cancelRequested.get();
    }

    /** The latest step, or null before the first. */
    public Step latest() {
        return latest;
    }
}

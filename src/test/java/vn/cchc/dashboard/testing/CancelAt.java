package vn.cchc.dashboard.testing;

import vn.cchc.dashboard.work.Progress;
import vn.cchc.dashboard.work.Tracker;

/**
 * A {@link Progress} whose watcher presses cancel the moment the work reports a given step – so a test stops work
 * at an exact safe point, with no thread and no timing.
 */
public final class CancelAt implements Progress {

    private final Tracker tracker = new Tracker();
    private final String messageKey;
    private final long done;
    private final boolean afterTheStep;
    private long steps;

    /** Cancels when the work reports {@code messageKey} with {@code done} done: that step stops it. */
    public CancelAt(String messageKey, long done) {
        this(messageKey, done, false);
    }

    private CancelAt(String messageKey, long done, boolean afterTheStep) {
        this.messageKey = messageKey;
        this.done = done;
        this.afterTheStep = afterTheStep;
    }

    /**
     * Cancels just after the work reports {@code messageKey} with {@code done} done – while it does what the step
     * announced – so that the work's next safe point, whatever it is, has to stop it.
     */
    public static CancelAt after(String messageKey, long done) {
        return new CancelAt(messageKey, done, true);
    }

    @Override
    public void step(String key, long stepDone, long total) {
        if (afterTheStep) {
            tracker.step(key, stepDone, total);
        }
        if (key.equals(messageKey)) {
            steps++;
            if (stepDone == done) {
                tracker.cancel();
            }
        }
        if (!afterTheStep) {
            tracker.step(key, stepDone, total);
        }
    }

    /** At the final step the press can only land after it: the work must then carry on to its end. */
    @Override
    public void finalStep(String key, long stepDone, long total) {
        tracker.finalStep(key, stepDone, total);
        if (key.equals(messageKey)) {
            steps++;
            if (stepDone == done) {
                tracker.cancel();
            }
        }
    }

    /** The step the work reported last; null before the first. */
    public Tracker.Step latest() {
        return tracker.latest();
    }

    @Override
    public void checkCancelled() {
        tracker.checkCancelled();
    }

    /** How many steps of the watched kind the work reported, up to and including the one that cancelled it. */
    public long steps() {
        return steps;
    }
}

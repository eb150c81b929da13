package vn.cchc.dashboard.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import vn.cchc.dashboard.work.CancelledException;
import vn.cchc.dashboard.work.Progress;
import vn.cchc.dashboard.work.Tracker;

/**
 * Slow work a person may watch and cancel, through the {@link Background} doorway: the work gets a {@link Progress}
 * to report to and be stopped through, and {@link #running()} holds its {@link Tracker} while it runs, for a
 * {@code ProgressStrip} to follow. A view model keeps one of these for its long actions.
 */
public final class LongWork {

    /** Work that reports its progress and stops at its safe points when cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    private final Background background;
    private final ReadOnlyObjectWrapper<Tracker> running = new ReadOnlyObjectWrapper<>(this, "running");

    public LongWork(Background background) {
        this.background = background;
    }

    /**
     * Runs {@code work} in the background; {@code onFailure} gets a {@link CancelledException} when it was
     * cancelled (see {@link #cancelled}).
     */
    public <T> void start(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Tracker tracker = new Tracker();
        // Set before handing it over: a same-thread background finishes the work inside run().
        running.set(tracker);
        background.run(() -> {
            tracker.checkCancelled(); // cancelled while it waited behind other work: do not start
            return work.call(tracker);
        }, result -> {
            finished(tracker);
            onSuccess.accept(result);
        }, failure -> {
            finished(tracker);
            onFailure.accept(failure);
        });
    }

    private void finished(Tracker tracker) {
        if (running.get() == tracker) {
            running.set(null);
        }
    }

    /** Asks the running work, if any, to stop at its next safe point. */
    public void cancel() {
        Tracker tracker = running.get();
        if (tracker != null) {
            tracker.cancel();
        }
    }

    /** The work running now; null when none. */
    public ReadOnlyObjectProperty<Tracker> running() {
        return running.getReadOnlyProperty();
    }

    /** True when {@code failure} is the work stopping because it was cancelled, not going wrong. */
    public static boolean cancelled(Throwable failure) {
        return failure instanceof CancelledException;
    }
}

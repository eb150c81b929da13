package vn.cchc.dashboard.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import vn.cchc.dashboard.work.CancelledException;

/**
 * {@link Background} for the running application: one worker thread, so database work happens in the order
 * it was asked for, and results handed back with {@code Platform.runLater} – the only place that calls it.
 */
public final class FxBackground implements Background, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FxBackground.class.getName());

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "cchc-background");
        thread.setDaemon(true);
        return thread;
    });

    /** Work asked for after {@link #close()} (a view reacting while the window closes) is dropped. */
    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            worker.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (CancelledException e) {
                    LOG.fine("background work cancelled");
                    Platform.runLater(() -> onFailure.accept(e));
                } catch (Exception | Error e) {
                    LOG.log(Level.WARNING, "background work failed", e);
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException afterClose) {
            LOG.fine("background work asked for after close; ignored");
        }
    }

    /** Lets running work finish (a save in progress is not cut off), then stops the worker. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

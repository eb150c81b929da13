package vn.cchc.dashboard.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * The last resort for what nothing else caught – a fault in a screen's code on the FX thread or on any other
 * thread – so that it is never silent: it is logged with its stack trace and the user sees one calm dialog. While
 * that dialog is open, further failures (a fault repeating at every layout pass) are only logged.
 */
public final class UnexpectedFailures implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailures.class.getName());

    /** Shows a failure and calls {@code closed} when the user has closed it. */
    @FunctionalInterface
    public interface Dialog {
        void show(Throwable failure, Runnable closed);
    }

    private final Background background;
    private final Dialog dialog;
    private boolean dialogOpen; // touched on the FX thread only

    public UnexpectedFailures(Background background, Dialog dialog) {
        this.background = background;
        this.dialog = dialog;
    }

    /** Becomes every thread's handler of last resort. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.log(Level.SEVERE, "unexpected failure on thread " + thread.getName(), failure);
        if (Platform.isFxApplicationThread()) {
            present(failure);
        } else {
            // To the FX thread through the one doorway; dropped quietly once the application is closing.
            background.run(() -> failure, this::present, ignored -> { });
        }
    }

    private void present(Throwable failure) {
        if (dialogOpen) {
            return;
        }
        dialogOpen = true;
        try {
            dialog.show(failure, () -> dialogOpen = false);
        } catch (RuntimeException e) {
            dialogOpen = false;
            LOG.log(Level.SEVERE, "the failure could not be shown", e);
        }
    }
}

package vn.cchc.dashboard.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.app.SessionSecrets;

/**
 * The first attempt to open the data, begun at start-up on a thread of its own while the toolkit builds the window:
 * on an office PC each takes about a second, and they can run on different cores. Once open, the overview and the
 * lagging list the window asks for first are worked out here too ({@link vn.cchc.dashboard.app.PlanService#warmUp}):
 * the dashboard is built after them, and its first layout shows the figures. (Built before them, on two cores, its
 * first layout slowed them down and a second layout followed: later figures.) The window takes the result as its
 * first attempt ({@link DataOpener}), so a passphrase or password it needs is asked just as without it.
 */
public final class EarlyOpening {

    private static final Logger LOG = Logger.getLogger(EarlyOpening.class.getName());

    private final FutureTask<AppContext> task;

    private EarlyOpening(FutureTask<AppContext> task) {
        this.task = task;
    }

    /** Starts opening {@code dataFolder} as the window would, with no secrets typed yet. */
    public static EarlyOpening start(Path dataFolder, String db, Path dbPasswordFile, Clock clock, boolean sampleIfEmpty) {
        FutureTask<AppContext> task = new FutureTask<>(() -> {
            AppContext context = AppContext.open(dataFolder, db, dbPasswordFile, SessionSecrets.NONE, clock,
                    sampleIfEmpty);
            try {
                AppSettings settings = context.settings();
                context.plans().warmUp(settings.staleDays(), settings.laggingPolicy(), settings.laggingRolledUp());
            } catch (RuntimeException e) {
                // Only a head start: the overview reads the plan itself, and reports what fails then.
                LOG.log(Level.FINE, "reading the plan ahead failed", e);
            }
            return context;
        });
        Thread thread = new Thread(task, "cchc-open-data");
        thread.setDaemon(true);
        thread.start();
        return new EarlyOpening(task);
    }

    /** The opened data; blocks until opening is over (call it off the FX thread). Throws what opening threw. */
    AppContext get() throws Exception {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}

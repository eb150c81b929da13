package vn.cchc.dashboard.app;

import java.nio.file.Path;
import vn.cchc.dashboard.testing.TestClock;

/**
 * Run in a child JVM: opens the application's data like a running window would (or, with a second argument
 * {@code COMMAND}, like a command-line run), and keeps it open.
 */
public final class LockHolder {

    public static void main(String[] args) throws Exception {
        InstanceLock.Holder holder = args.length > 1 ? InstanceLock.Holder.valueOf(args[1]) : InstanceLock.Holder.WINDOW;
        try (AppContext context = AppContext.open(Path.of(args[0]), null, vn.cchc.dashboard.store.KeySource.NONE,
                TestClock.today(), false, holder)) {
            System.out.println("OPEN");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}

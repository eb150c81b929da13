package vn.cchc.dashboard.app;

import java.nio.file.Path;
import vn.cchc.dashboard.testing.TestClock;

/** Run in a child JVM: opens the application's data like a running window would, and keeps it open. */
public final class LockHolder {

    public static void main(String[] args) throws Exception {
        try (AppContext context = AppContext.open(Path.of(args[0]), TestClock.today(), false)) {
            System.out.println("OPEN");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}

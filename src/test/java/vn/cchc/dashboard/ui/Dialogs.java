package vn.cchc.dashboard.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** For headless tests: waiting until a dialog is on screen, not merely built, before clicking in it. */
public final class Dialogs {

    private Dialogs() {
    }

    /** Waits until the node {@code query} finds is in a showing window. */
    public static void waitShowing(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }
}

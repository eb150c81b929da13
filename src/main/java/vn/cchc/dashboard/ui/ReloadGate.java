package vn.cchc.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Holds back a screen's reloads while the screen is hidden. The shell's plan, date and policy change while the user
 * is on another screen; a hidden screen that reloaded on each change would query the database for nobody. A reload
 * asked for while hidden is remembered (once, however often it was asked) and runs when the screen is shown again,
 * so it then shows what it follows as it is now.
 *
 * <p>Open until told otherwise: a view model built outside the window (its tests, the presentation) behaves as
 * before. FX thread only, as the observables it guards.
 */
public final class ReloadGate {

    private final Set<Runnable> waiting = new LinkedHashSet<>();
    private boolean shown = true;

    /**
     * {@code reload} behind this gate: runs at once while shown, else waits for {@link #activate()}. Call once per
     * reload and keep the result, so that repeated asks while hidden are one reload.
     */
    public Runnable guard(Runnable reload) {
        return () -> {
            if (shown) {
                reload.run();
            } else {
                waiting.add(reload);
            }
        };
    }

    /** The screen is shown: the reloads asked for while it was hidden run now, in the order first asked. */
    public void activate() {
        shown = true;
        List<Runnable> due = new ArrayList<>(waiting);
        waiting.clear();
        due.forEach(Runnable::run);
    }

    /** The screen is hidden: reloads wait. */
    public void deactivate() {
        shown = false;
    }

    public boolean shown() {
        return shown;
    }
}

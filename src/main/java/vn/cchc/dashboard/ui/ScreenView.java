package vn.cchc.dashboard.ui;

import javafx.scene.Node;

/**
 * One screen of the main window: its node, when it is shown and hidden, and the release of what it subscribed to.
 * The shell keeps a screen once built; while it is hidden it reads nothing (see {@link ReloadGate}).
 */
public interface ScreenView {

    Node node();

    /**
     * Reads again what the screen loads for itself (Ctrl+R). What it shows of the shell's overview needs nothing
     * here: the shell reloads that.
     */
    default void refresh() {
    }

    /**
     * The screen is shown (again): what it follows (plan, date, the overview) that changed while it was hidden is read
     * now. A screen is shown when built.
     */
    default void activate() {
    }

    /** The screen is hidden: it issues no query until shown again. */
    default void deactivate() {
    }

    default void dispose() {
    }
}

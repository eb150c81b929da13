package vn.cchc.dashboard.ui;

import javafx.scene.Node;

/** One screen of the main window: its node, and the release of what it subscribed to. */
public interface ScreenView {

    Node node();

    /**
     * Reads again what the screen loads for itself (Ctrl+R). What it shows of the shell's overview needs nothing
     * here: the shell reloads that.
     */
    default void refresh() {
    }

    default void dispose() {
    }
}

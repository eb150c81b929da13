package vn.cchc.dashboard.ui;

import javafx.scene.Node;

/** One screen of the main window: its node, and the release of what it subscribed to. */
public interface ScreenView {

    Node node();

    default void dispose() {
    }
}

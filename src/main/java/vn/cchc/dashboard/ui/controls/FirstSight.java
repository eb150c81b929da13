package vn.cchc.dashboard.ui.controls;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import vn.cchc.dashboard.ui.DashboardApp;

/**
 * Runs an action once, the first time a node's top edge is well inside the part of the window the user sees (within
 * its scroll pane's viewport, or the scene when it has none), or above it when a jump scrolled past. Content below
 * the fold (the overview's charts) is then built when the user scrolls to it, not with the first figures. Checked
 * after each layout pass, when positions are final: before its first layout every node stands at the window's top
 * corner.
 */
public final class FirstSight {

    /** How far inside the view the top edge must be: a sliver at the very bottom of the window is not yet seen. */
    static final double INSIDE = 48;

    private final Node node;
    private final Runnable seen;
    private final Runnable check = this::check;
    private final ChangeListener<Scene> sceneChange = (o, old, now) -> watch(old, now);
    private boolean done;

    private FirstSight(Node node, Runnable seen) {
        this.node = node;
        this.seen = seen;
    }

    /**
     * Runs {@code seen} on the FX thread the first time {@code node} comes into view; never before its first layout.
     * The installer's training start sees everything at once, so that the class-data archive it records holds the
     * classes of what waits below the fold too.
     */
    public static void whenSeen(Node node, Runnable seen) {
        if (Boolean.getBoolean(DashboardApp.EXIT_WHEN_SHOWN)) {
            seen.run();
            return;
        }
        FirstSight sight = new FirstSight(node, seen);
        node.sceneProperty().addListener(sight.sceneChange);
        sight.watch(null, node.getScene());
    }

    private void watch(Scene old, Scene now) {
        if (old != null) {
            old.removePostLayoutPulseListener(check);
        }
        if (now != null && !done) {
            now.addPostLayoutPulseListener(check);
        }
    }

    private void check() {
        Scene scene = node.getScene();
        if (done || scene == null || !inView(scene)) {
            return;
        }
        done = true;
        scene.removePostLayoutPulseListener(check);
        node.sceneProperty().removeListener(sceneChange);
        seen.run();
    }

    /** Its top edge above the view's bottom (less the margin): in view, or scrolled past by a jump to the end. */
    private boolean inView(Scene scene) {
        if (!node.isVisible() || node.getParent() == null) {
            return false;
        }
        double bottom = scene.getHeight();
        ScrollPane scroll = scrollPaneAround(node);
        if (scroll != null) {
            bottom = Math.min(bottom, scroll.localToScene(scroll.getLayoutBounds()).getMaxY());
        }
        return node.localToScene(node.getLayoutBounds()).getMinY() < bottom - INSIDE;
    }

    private static ScrollPane scrollPaneAround(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }
}

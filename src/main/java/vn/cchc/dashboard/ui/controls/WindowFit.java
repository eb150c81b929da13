package vn.cchc.dashboard.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;

/**
 * Dialogs and tool windows no larger than the window they belong to: on a small screen (a laptop at 150%, where the
 * main window is 911×442) their content scrolls, instead of the window running past the screen's edge with its
 * buttons out of reach. On a large screen they keep the size they ask for.
 */
public final class WindowFit {

    private WindowFit() {
    }

    /** {@code wanted}, or the owner's width if that is less. */
    public static double width(Window owner, double wanted) {
        return owner == null || owner.getWidth() <= 0 ? wanted : Math.min(wanted, owner.getWidth());
    }

    /** {@code wanted}, or the owner's height if that is less. */
    public static double height(Window owner, double wanted) {
        return owner == null || owner.getHeight() <= 0 ? wanted : Math.min(wanted, owner.getHeight());
    }

    /**
     * Puts the dialog's content (already set) in a scroll pane and keeps the dialog within {@code owner}'s size. Call
     * once the content and any preferred size are set.
     */
    public static void fit(DialogPane pane, Window owner) {
        Node content = pane.getContent();
        if (content != null && !(content instanceof ScrollPane)) {
            pane.setContent(scrolling(content));
        }
        if (owner == null || owner.getWidth() <= 0) {
            return;
        }
        pane.applyCss();
        double width = pane.getPrefWidth() > 0 ? pane.getPrefWidth() : pane.prefWidth(-1);
        double height = pane.getPrefHeight() > 0 ? pane.getPrefHeight() : pane.prefHeight(width);
        pane.setPrefSize(width(owner, width), height(owner, height));
        pane.setMaxSize(owner.getWidth(), owner.getHeight());
    }

    /** {@code content} filling a scroll pane that scrolls only when it must. */
    public static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}

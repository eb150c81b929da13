package vn.cchc.dashboard.ui.controls;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * Tabs that are never made shorter than what the chosen tab holds needs: on a short window the page around them then
 * scrolls (see the shell's page), instead of the tab's lower part being cut off by the tab pane.
 */
public final class FittingTabPane extends TabPane {

    private final Runnable remeasure = this::remeasure;
    private double measured = -1;

    public FittingTabPane(Tab... tabs) {
        super(tabs);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getSelectionModel().selectedItemProperty().addListener(o -> requestLayout());
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(remeasure);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(remeasure);
            }
        });
    }

    /**
     * What the chosen tab needs can change during a layout (a folded section opened, a text wrapped anew), after the
     * panes around have measured this one: measured again once the layout is done, they make room (or scroll).
     */
    private void remeasure() {
        double min = computeMinHeight(getWidth());
        if (measured < 0 && min > getHeight() + 0.5 || measured >= 0 && Math.abs(min - measured) > 0.5) {
            requestLayout();
            Platform.requestNextPulse();
        }
        measured = min;
    }

    @Override
    protected double computeMinHeight(double width) {
        double own = super.computeMinHeight(width);
        Tab tab = getSelectionModel().getSelectedItem();
        Node headers = lookup(".tab-header-area");
        if (tab == null || tab.getContent() == null || headers == null) {
            return own;
        }
        Node content = tab.getContent();
        // Asked without a width (the panes around do), the content's wrapped texts are measured at the width it has.
        double contentWidth = width >= 0 ? width : content.getLayoutBounds().getWidth();
        double area = content.minHeight(contentWidth > 0 ? contentWidth : -1);
        if (content.getParent() instanceof Region holder) {
            area += holder.snappedTopInset() + holder.snappedBottomInset();
        }
        return Math.max(own, snappedTopInset() + headers.prefHeight(width) + area + snappedBottomInset());
    }
}

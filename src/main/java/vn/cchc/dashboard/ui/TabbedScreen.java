package vn.cchc.dashboard.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * A screen of several views under tabs. Each view is built the first time its tab is chosen, so that a tab never
 * opened runs no query and holds no subscription; refresh and dispose reach the views built so far. Only the chosen
 * tab's view is active, and only while the screen is shown: a tab left, as a screen left, reads nothing.
 */
public final class TabbedScreen implements ScreenView {

    /** One tab: its id (for tests), its title, and how to build its view. */
    public record Page(String id, String title, Supplier<ScreenView> view) {
    }

    private final TabPane tabs = new vn.cchc.dashboard.ui.controls.FittingTabPane();
    private final Map<Tab, ScreenView> built = new HashMap<>();
    private final List<Page> pages;
    private final Subscriptions subscriptions = new Subscriptions();
    private boolean shown = true;

    public TabbedScreen(List<Page> pages) {
        this.pages = List.copyOf(pages);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("screen-tabs");
        for (Page page : this.pages) {
            Tab tab = new Tab(page.title());
            tab.setId(page.id());
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            build(now);
            follow();
        });
        build(tabs.getSelectionModel().getSelectedItem());
    }

    /** The chosen tab's view active while the screen is shown, every other one held back (left first). */
    private void follow() {
        Tab chosen = tabs.getSelectionModel().getSelectedItem();
        built.forEach((tab, view) -> {
            if (tab != chosen || !shown) {
                view.deactivate();
            }
        });
        ScreenView view = built.get(chosen);
        if (view != null && shown) {
            view.activate();
        }
    }

    private void build(Tab tab) {
        if (tab == null || built.containsKey(tab)) {
            return;
        }
        ScreenView view = pages.get(tabs.getTabs().indexOf(tab)).view().get();
        built.put(tab, view);
        tab.setContent(view.node());
        if (tab != tabs.getTabs().get(0)) {
            view.refresh(); // the first page loads as it is built; a later one on its first showing
        }
    }

    /**
     * Shows the first tab whenever {@code request} gets a value: another screen asked for what that tab holds (the
     * lagging list asking for a unit's indicators) while another tab was open. Released by {@link #dispose()}.
     */
    public TabbedScreen showFirstWhen(ObservableValue<?> request) {
        subscriptions.follow(request, value -> {
            if (value != null) {
                tabs.getSelectionModel().selectFirst();
            }
        });
        return this;
    }

    @Override
    public Node node() {
        return tabs;
    }

    @Override
    public void refresh() {
        new ArrayList<>(built.values()).forEach(ScreenView::refresh);
    }

    @Override
    public void activate() {
        shown = true;
        follow();
    }

    @Override
    public void deactivate() {
        shown = false;
        follow();
    }

    @Override
    public void dispose() {
        subscriptions.dispose();
        built.values().forEach(ScreenView::dispose);
        built.clear();
    }
}

package vn.cchc.dashboard.ui.shell;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.cchc.dashboard.domain.accounts.Access;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.ScreenId;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.Shortcut;
import vn.cchc.dashboard.ui.Subscriptions;

/**
 * The main window's frame: the plan and as-of date every screen obeys (top), navigation (left), the
 * current screen (centre, each built the first time it is opened, and told when it is shown and hidden, so that
 * only the screen shown reads the database) and the status bar (bottom).
 */
public final class ShellView {

    private static final Map<ScreenId, Ikon> ICONS = Map.of(
            ScreenId.OVERVIEW, Material2OutlinedAL.DASHBOARD,
            ScreenId.TASKS, Material2OutlinedAL.ASSIGNMENT,
            ScreenId.UNITS, Material2OutlinedAL.ACCOUNT_BALANCE,
            ScreenId.INDICATORS, Material2OutlinedAL.INSIGHTS,
            ScreenId.REPORTS, Material2OutlinedAL.DESCRIPTION,
            ScreenId.AUDIT, Material2OutlinedMZ.RESTORE,
            ScreenId.SETTINGS, Material2OutlinedMZ.SETTINGS);

    /** Below this window width the navigation shows its icons only. */
    private static final double COMPACT_BELOW = 1100;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final ShellViewModel model;
    private final Messages messages;
    private final Function<ScreenId, ScreenView> screenFactory;
    private final AccessGate gate;
    private final Map<ScreenId, ScreenView> screens = new EnumMap<>(ScreenId.class);
    /** Hidden screens that missed a Ctrl+R: they read their own again when shown. */
    private final Set<ScreenId> refreshWhenShown = EnumSet.noneOf(ScreenId.class);
    private ScreenView shown;
    private final Map<ScreenId, Node> pages = new EnumMap<>(ScreenId.class);
    private final Subscriptions subscriptions = new Subscriptions();
    private final StackPane center = new StackPane();
    private final BorderPane root = new BorderPane();

    private final Runnable present;
    private final PlanActions planActions;

    /** What the plan menu does; the window carries it out. */
    public interface PlanActions {
        void newPlan();

        void archiveShown();

        /** Opens the plan import wizard. */
        default void importPlan() {
        }

        /** Opens the progress exchange with units (forms out, returned forms in) for the plan shown. */
        default void exchangeProgress() {
        }
    }

    /** What the menu bar asks of the window besides the plan: help, about, quitting. */
    public interface WindowActions extends PlanActions {
        /** Opens the user guide (F1). */
        void help();

        /** Shows the version, the data folder and the database in use. */
        void about();

        void quit();
    }

    /**
     * @param present opens presentation mode (also on F11)
     */
    public ShellView(ShellViewModel model, Messages messages, String where, Access access,
                     Function<ScreenId, ScreenView> screenFactory, Runnable present, WindowActions planActions) {
        this.model = model;
        this.gate = new AccessGate(access);
        this.messages = messages;
        this.screenFactory = screenFactory;
        this.present = present;
        this.planActions = planActions;
        root.getStyleClass().add("shell");
        ShellMenus menus = new ShellMenus(model, messages, () -> center.getChildren().isEmpty() ? null
                : center.getChildren().get(0), gate);
        root.setTop(new VBox(menus.bar(planActions, present, this::refresh),
                new ShellToolbar(model, messages, gate, subscriptions).node(present, planActions)));
        ScrollPane navigation = scrolling(navigation(), "navigation-scroll");
        navigation.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setLeft(navigation);
        root.setCenter(center);
        root.setBottom(StatusBar.of(model, messages, where, root, subscriptions));
        subscriptions.follow(model.screen(), this::show);
    }

    public Parent root() {
        return root;
    }

    /**
     * Ctrl+R: the plans and overview again, and whatever the screen shown reads for itself (units, indicators); a
     * hidden screen reads its own when next shown.
     */
    private void refresh() {
        model.load();
        screens.forEach((id, view) -> {
            if (view == shown) {
                view.refresh();
            } else {
                refreshWhenShown.add(id);
            }
        });
    }

    /** Shows {@code screen}, built the first time; the screen left is hidden first, so that it stops reading. */
    private void show(ScreenId screen) {
        boolean fresh = !screens.containsKey(screen);
        ScreenView view = screens.computeIfAbsent(screen, screenFactory);
        if (shown != null && shown != view) {
            shown.deactivate();
        }
        shown = view;
        Node page = pages.computeIfAbsent(screen, s -> scrolling(view.node(), "page"));
        center.getChildren().setAll(page);
        if (fresh) {
            // Builds the skins, the scroll pane's first: until it has one, the screen is not in the scene and the
            // controls inside its toolbars and tabs cannot be found to be hidden.
            page.applyCss();
            ShellMenus.markTooltips(view.node());
            gate.apply(view.node());
        }
        view.activate();
        if (refreshWhenShown.remove(screen)) {
            view.refresh();
        }
    }

    /**
     * {@code content} filling its place, and scrolling when the window is too short for it (a laptop at 150%) rather
     * than being cut off or pushing the status bar out of the window.
     */
    private static ScrollPane scrolling(Node content, String styleClass) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().addAll("edge-to-edge", styleClass);
        return scroll;
    }

    private Region navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.getStyleClass().add("navigation");
        for (ScreenId screen : ScreenId.values()) {
            ToggleButton button = new ToggleButton(messages.get(screen.titleKey()), new FontIcon(ICONS.get(screen)));
            button.setId("nav-" + screen.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setUserData(screen);
            button.setTooltip(new Tooltip(ShellMenus.withKeys(messages.get(screen.titleKey()), Shortcut.screen(screen))));
            nav.getChildren().add(button);
        }
        // A narrow window (a laptop at 150%) keeps the icons only, each named by its tooltip: the screen gets the width.
        subscriptions.follow(root.widthProperty(), width -> {
            boolean compact = width.doubleValue() > 0 && width.doubleValue() < COMPACT_BELOW;
            nav.pseudoClassStateChanged(COMPACT, compact);
            nav.getChildren().forEach(b -> ((ToggleButton) b).setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY
                    : ContentDisplay.LEFT));
        });
        subscriptions.follow(model.screen(), screen -> group.getToggles().stream()
                .filter(t -> t.getUserData() == screen).findFirst().ifPresent(t -> t.setSelected(true)));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one screen is always shown
            } else {
                model.screen().set((ScreenId) now.getUserData());
            }
        });
        return nav;
    }

    /** Releases every screen's and the frame's subscriptions (the view is being replaced). */
    public void dispose() {
        subscriptions.dispose();
        screens.values().forEach(ScreenView::dispose);
        screens.clear();
        shown = null;
        pages.clear();
    }
}

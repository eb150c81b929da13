package vn.cchc.dashboard.ui.shell;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.accounts.Access;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PlanWording;
import vn.cchc.dashboard.ui.ScreenId;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.Shortcut;
import vn.cchc.dashboard.ui.Subscriptions;
import vn.cchc.dashboard.ui.controls.DateField;
import java.util.Locale;

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
    private final Label dateProblem = new Label();
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
        root.setTop(new VBox(menus.bar(planActions, present, this::refresh), toolbar()));
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

    private Region toolbar() {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("app-title");
        Label subtitle = new Label(messages.get("app.subtitle"));
        subtitle.getStyleClass().add("muted");
        // A restricted role's badge takes the subtitle's place: the toolbar keeps its width on a small screen.
        VBox brand = new VBox(0, title, gate.badge(messages).<javafx.scene.control.Labeled>map(b -> b).orElse(subtitle));
        brand.setMinWidth(Region.USE_PREF_SIZE);

        ComboBox<Plan> plan = new ComboBox<>(model.plans());
        plan.setId("plan-selector");
        // As wide as the plan's title (the toolbar makes room for it, see ToolbarLayout); narrower only when it must.
        plan.setMinWidth(200);
        plan.setMaxWidth(Region.USE_PREF_SIZE);
        plan.setButtonCell(new PlanCell(messages));
        plan.setCellFactory(list -> new PlanCell(messages));
        plan.valueProperty().bindBidirectional(model.selectedPlan());

        DateField asOf = new DateField(typed -> dateProblem.setText(messages.format("error.date.invalid", typed)));
        asOf.setId("as-of");
        asOf.setPromptText(messages.get("toolbar.asOf.prompt"));
        asOf.setPrefWidth(150);
        asOf.setMinWidth(Region.USE_PREF_SIZE); // a date cut to "23/11/202" misleads; the plan selector gives way
        asOf.valueProperty().bindBidirectional(model.asOf());
        subscriptions.follow(model.asOf(), date -> dateProblem.setText(""));
        Button today = new Button(messages.get("toolbar.asOf.today"));
        today.setMinWidth(Region.USE_PREF_SIZE);
        today.setOnAction(e -> model.showToday());
        today.setTooltip(new Tooltip(ShellMenus.withKeys(messages.get("shortcut.today"), Shortcut.TODAY)));
        dateProblem.getStyleClass().add("field-error");
        dateProblem.setWrapText(true);
        dateProblem.setMaxWidth(360);

        Label sample = new Label(messages.get("app.sampleBadge"));
        sample.setMinWidth(Region.USE_PREF_SIZE);
        sample.getStyleClass().add("sample-badge");
        sample.setTooltip(new Tooltip(messages.get("app.sampleBadge.tooltip")));
        subscriptions.follow(model.selectedPlan(), p -> sample.setVisible(p != null && p.sample()));
        sample.managedProperty().bind(sample.visibleProperty());

        Button presentation = new Button(null, new FontIcon(Material2OutlinedMZ.SLIDESHOW));
        presentation.setId("present");
        presentation.setTooltip(new Tooltip(messages.get("presentation.open")));
        presentation.setAccessibleText(messages.get("presentation.open"));
        presentation.setOnAction(e -> present.run());

        MenuItem newPlan = new MenuItem(messages.get("plan.menu.new"));
        newPlan.setId("plan-new");
        gate.apply(newPlan);
        newPlan.setOnAction(e -> planActions.newPlan());
        MenuItem archive = new MenuItem(messages.get("plan.menu.archive"));
        archive.setOnAction(e -> planActions.archiveShown());
        archive.setId("plan-archive");
        archive.disableProperty().bind(model.selectedPlan().isNull());
        gate.apply(archive);
        MenuItem importPlan = new MenuItem(messages.get("import.menu"));
        importPlan.setId("plan-import");
        gate.apply(importPlan);
        importPlan.setOnAction(e -> planActions.importPlan());
        MenuItem exchange = new MenuItem(messages.get("exchange.menu"));
        exchange.setId("plan-exchange");
        exchange.setOnAction(e -> planActions.exchangeProgress());
        exchange.disableProperty().bind(model.selectedPlan().isNull());
        MenuButton planMenu = new MenuButton(null, new FontIcon(Material2OutlinedMZ.MORE_VERT), newPlan, importPlan,
                exchange, archive);
        planMenu.setId("plan-menu");
        planMenu.setTooltip(new Tooltip(messages.get("plan.menu")));
        planMenu.setAccessibleText(messages.get("plan.menu"));

        HBox planGroup = new HBox(12, sample, label("toolbar.plan"), plan, planMenu);
        planGroup.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(plan, Priority.ALWAYS);
        HBox dayGroup = new HBox(12, label("toolbar.asOf"), asOf, today, presentation);
        dayGroup.setAlignment(Pos.CENTER_LEFT);
        dayGroup.setMinWidth(Region.USE_PREF_SIZE);
        ToolbarLayout bar = new ToolbarLayout(brand, planGroup, dayGroup);
        bar.getStyleClass().add("app-toolbar");
        VBox top = new VBox(bar, dateProblem);
        dateProblem.managedProperty().bind(dateProblem.textProperty().isNotEmpty());
        return top;
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

    /** A toolbar label: never cut short, the plan selector gives way instead. */
    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Releases every screen's and the frame's subscriptions (the view is being replaced). */
    public void dispose() {
        subscriptions.dispose();
        screens.values().forEach(ScreenView::dispose);
        screens.clear();
        shown = null;
        pages.clear();
    }

    /** A plan in the selector: its title, a national plan's with whose tasks it follows in front. */
    private static final class PlanCell extends ListCell<Plan> {
        private final Messages messages;

        PlanCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(Plan plan, boolean empty) {
            super.updateItem(plan, empty);
            String text = empty || plan == null ? null : PlanWording.title(plan, messages);
            setText(text);
            setTooltip(text == null ? null : new Tooltip(text));
        }
    }
}

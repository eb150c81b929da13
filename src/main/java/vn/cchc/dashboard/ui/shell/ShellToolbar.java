package vn.cchc.dashboard.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PlanWording;
import vn.cchc.dashboard.ui.Shortcut;
import vn.cchc.dashboard.ui.Subscriptions;
import vn.cchc.dashboard.ui.controls.DateField;

/**
 * The main window's toolbar: the app's name (or a restricted role's badge), the plan every screen shows with its menu,
 * and the as-of date with Hôm nay and the meeting view. A date that cannot be read is said under it.
 */
final class ShellToolbar {

    private final ShellViewModel model;
    private final Messages messages;
    private final AccessGate gate;
    private final Subscriptions subscriptions;

    ShellToolbar(ShellViewModel model, Messages messages, AccessGate gate, Subscriptions subscriptions) {
        this.model = model;
        this.messages = messages;
        this.gate = gate;
        this.subscriptions = subscriptions;
    }

    /**
     * @param present     opens the meeting view
     * @param planActions what the plan menu's items do
     */
    Region node(Runnable present, ShellView.PlanActions planActions) {
        Label dateProblem = new Label();
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("app-title");
        Label subtitle = new Label(messages.get("app.subtitle"));
        subtitle.getStyleClass().add("muted");
        // A restricted role's badge takes the subtitle's place: the toolbar keeps its width on a small screen.
        VBox brand = new VBox(0, title, gate.badge(messages).<Labeled>map(b -> b).orElse(subtitle));
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

    /** A toolbar label: never cut short, the plan selector gives way instead. */
    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
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

package vn.cchc.dashboard.ui.tasks;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.cchc.dashboard.app.SavedFilter;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.controls.Converters;

/**
 * Which tasks the Nhiệm vụ screen shows: the search, the choices by state, area and lead unit, the saved filters, and
 * the filter in effect with its clear button. Apart from {@link TasksView}, whose toolbar holds it beside the buttons.
 */
final class TaskFilterBar {

    private final TasksViewModel model;
    private final Messages messages;

    private TaskFilterBar(TasksViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    static FlowPane of(TasksViewModel model, SavedFiltersViewModel saved, Messages messages) {
        return new TaskFilterBar(model, messages).bar(saved);
    }

    private FlowPane bar(SavedFiltersViewModel saved) {
        TextField search = new TextField();
        search.setId("task-search");
        search.setPromptText(messages.get("tasks.search"));
        search.setPrefColumnCount(18);
        search.setMinWidth(Region.USE_PREF_SIZE); // its hint is read whole: "Tìm theo nội dung, mã, đơn vị…"
        search.textProperty().bindBidirectional(model.search());

        Label filter = new Label();
        filter.setId("task-filter");
        filter.getStyleClass().add("filter-chip");
        filter.setWrapText(true);
        filter.setMinHeight(Region.USE_PREF_SIZE);
        filter.textProperty().bind(model.filterText());
        Button clear = new Button(messages.get("tasks.clearFilter"));
        clear.setId("task-filter-clear");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> model.clearFilter());
        // The filter in effect after the choices, whole, with its clear button beside it (on a line of its own when
        // the choices leave no room).
        HBox chip = new HBox(8, filter, clear);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.visibleProperty().bind(model.filterText().isNotEmpty());
        chip.managedProperty().bind(chip.visibleProperty());

        // The choices keep their own widths and go on to a second line on a narrow window, rather than each being
        // squeezed until "Quá hạn chưa hoàn thành" reads "Quá h…".
        FlowPane choices = new FlowPane(12, 8, search);
        choices.getChildren().addAll(filters());
        choices.getChildren().addAll(savedFilters(saved), chip);
        chip.maxWidthProperty().bind(choices.widthProperty());
        choices.setAlignment(Pos.CENTER_LEFT);
        return choices;
    }

    /** The saved filters, and saving the one in effect under a name. */
    private MenuButton savedFilters(SavedFiltersViewModel saved) {
        MenuButton menu = new MenuButton(null, new FontIcon(Material2OutlinedMZ.STAR_OUTLINE));
        menu.setId("saved-filters");
        menu.setTooltip(new Tooltip(messages.get("filter.saved.menu")));
        menu.setAccessibleText(messages.get("filter.saved.menu"));
        Runnable refresh = () -> {
            menu.getItems().clear();
            for (SavedFilter filter : saved.filters()) {
                MenuItem item = new MenuItem(filter.name());
                item.setOnAction(e -> saved.apply(filter));
                menu.getItems().add(item);
            }
            if (!saved.filters().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem save = new MenuItem(messages.get("filter.save"));
            save.setId("filter-save");
            save.setOnAction(e -> {
                TextInputDialog ask = new TextInputDialog();
                ask.initOwner(menu.getScene().getWindow());
                ask.setTitle(messages.get("filter.save"));
                ask.setHeaderText(messages.get("filter.save.name"));
                ((Button) ask.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.get("progress.save"));
                ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.get("progress.cancel"));
                ask.showAndWait().ifPresent(saved::saveCurrent);
            });
            menu.getItems().add(save);
        };
        saved.filters().addListener((ListChangeListener<SavedFilter>) c -> refresh.run());
        refresh.run();
        return menu;
    }

    /** Which tasks: by state (as the overview's tiles), by reform area, by lead unit. */
    private List<ComboBox<?>> filters() {
        ComboBox<TaskSelection> state = new ComboBox<>();
        state.setId("filter-state");
        state.getItems().setAll(TaskSelection.values());
        state.setConverter(Converters.showing(model::label));
        state.valueProperty().bindBidirectional(model.selection());
        ComboBox<ReformArea> area = new ComboBox<>(model.areas());
        area.setId("filter-area");
        area.setPromptText(messages.get("tasks.filter.allAreas"));
        area.setConverter(Converters.showing(ReformArea::code));
        area.valueProperty().bindBidirectional(model.area());
        ComboBox<Unit> lead = new ComboBox<>(model.leads());
        lead.setId("filter-lead");
        lead.setPromptText(messages.get("tasks.filter.allUnits"));
        lead.setConverter(Converters.showing(Unit::displayName));
        lead.valueProperty().bindBidirectional(model.lead());
        // Each as wide as what it shows ("Quá hạn chưa hoàn thành", "Mọi đơn vị chủ trì", a unit's name).
        List<ComboBox<?>> choices = List.of(state, area, lead);
        choices.forEach(choice -> choice.setMinWidth(Region.USE_PREF_SIZE));
        return choices;
    }
}

package vn.cchc.dashboard.ui.tasks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.cchc.dashboard.app.SavedFilter;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.TaskCodes;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.controls.Columns;
import vn.cchc.dashboard.ui.controls.Converters;
import vn.cchc.dashboard.ui.Shortcut;
import vn.cchc.dashboard.ui.controls.RowTextCell;
import vn.cchc.dashboard.ui.controls.WrappingCell;

/** Nhiệm vụ: the plan's tasks as of the chosen day, with the filter in effect shown and cleared in one click. */
public final class TasksView implements ScreenView {

    private static final KeyCombination UNDO = Shortcut.UNDO.keys();
    private static final KeyCombination REDO = Shortcut.REDO.keys();
    private static final KeyCombination REDO_SHIFT =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final TasksViewModel model;
    private final TaskDetailViewModel detail;
    private final Messages messages;
    private final VBox root;

    public TasksView(TasksViewModel model, TaskDetailViewModel detail, SavedFiltersViewModel saved, Messages messages) {
        this.model = model;
        this.detail = detail;
        this.messages = messages;
        Label title = new Label(messages.get("nav.tasks"));
        title.getStyleClass().add("screen-title");

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

        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(model.countText());
        count.setMinWidth(Region.USE_PREF_SIZE);
        Button add = new Button(messages.get("task.add"), new FontIcon(Material2OutlinedAL.ADD));
        add.setId("task-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> detail.openTaskForm(true, form -> askTask(form, add)));
        Button undo = new Button(null, new FontIcon(Material2OutlinedMZ.UNDO));
        undo.setId("undo");
        undo.setAccessibleText(messages.get("undo"));
        undo.disableProperty().bind(detail.edits().nextUndo().isEmpty());
        undo.tooltipProperty().bind(Bindings.createObjectBinding(() ->
                new Tooltip(messages.format("undo.tooltip", detail.edits().nextUndo().get())), detail.edits().nextUndo()));
        undo.setOnAction(e -> detail.undo());
        Button redo = new Button(null, new FontIcon(Material2OutlinedMZ.REDO));
        redo.setId("redo");
        redo.setAccessibleText(messages.get("redo"));
        redo.disableProperty().bind(detail.edits().nextRedo().isEmpty());
        redo.tooltipProperty().bind(Bindings.createObjectBinding(() ->
                new Tooltip(messages.format("redo.tooltip", detail.edits().nextRedo().get())), detail.edits().nextRedo()));
        redo.setOnAction(e -> detail.redo());
        Label savedFeedback = new Label();
        savedFeedback.getStyleClass().add("feedback");
        savedFeedback.setWrapText(true);
        savedFeedback.textProperty().bind(saved.feedback());
        savedFeedback.managedProperty().bind(savedFeedback.textProperty().isNotEmpty());
        // The choices keep their own widths and go on to a second line on a narrow window, rather than each being
        // squeezed until "Quá hạn chưa hoàn thành" reads "Quá h…"; the count and the buttons stay at the right.
        FlowPane choices = new FlowPane(12, 8, search);
        choices.getChildren().addAll(filters());
        choices.getChildren().addAll(savedFilters(saved), chip);
        chip.maxWidthProperty().bind(choices.widthProperty());
        choices.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(choices, Priority.ALWAYS);
        HBox actions = new HBox(12, count, undo, redo, add);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, choices, actions);
        bar.setAlignment(Pos.TOP_LEFT);

        TableView<TasksViewModel.Row> table = table();
        followSelection(table);
        // Under the table, so the table keeps the full width its many columns need.
        TaskDetailPanel panel = new TaskDetailPanel(detail, messages, () -> recordProgress(table),
                () -> detail.openTaskForm(false, form -> askTask(form, table)), () -> confirmDelete(table),
                item -> {
                    ProgressFormViewModel form = detail.correctionForm(item);
                    if (form != null) {
                        ask(form, table);
                    }
                });
        SplitPane split = new SplitPane(table, panel);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(14, title, bar, savedFeedback, split);
        root.getStyleClass().addAll("screen", "screen-content");
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                e.consume();
                detail.undo();
            } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                e.consume();
                detail.redo();
            }
        });
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

    /** The detail panel follows the selected row; Enter or a double-click records progress on it. */
    private void followSelection(TableView<TasksViewModel.Row> table) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                detail.task().set(now);
            }
        });
        // The rows are rebuilt when the figures change: keep the same task selected.
        model.rows().addListener((ListChangeListener<TasksViewModel.Row>) c -> {
            TasksViewModel.Row selected = detail.task().get();
            if (selected != null) {
                model.rows().stream().filter(r -> r.taskId() == selected.taskId()).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                recordProgress(table);
            }
        });
        table.setRowFactory(t -> {
            TableRow<TasksViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    recordProgress(table);
                }
            });
            return row;
        });
    }

    private void recordProgress(TableView<TasksViewModel.Row> table) {
        ProgressFormViewModel form = detail.newForm(List.copyOf(table.getSelectionModel().getSelectedItems()));
        if (form == null) {
            return;
        }
        ask(form, table);
    }

    private void askTask(TaskFormViewModel form, Node owner) {
        if (new TaskDialog(form, messages, owner.getScene().getWindow()).ask()) {
            detail.saveTask(form, () -> askTask(form, owner));
        }
    }

    private void confirmDelete(Node owner) {
        TasksViewModel.Row row = detail.task().get();
        if (row == null) {
            return;
        }
        ButtonType delete = new ButtonType(messages.get("task.delete"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("progress.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.format("task.delete.confirm", row.code(), row.title()),
                delete, cancel);
        confirm.initOwner(owner.getScene().getWindow());
        confirm.setHeaderText(null);
        confirm.setTitle(messages.get("task.delete"));
        if (confirm.showAndWait().filter(b -> b == delete).isPresent()) {
            detail.deleteSelected();
        }
    }

    private void ask(ProgressFormViewModel form, TableView<TasksViewModel.Row> table) {
        new ProgressDialog(form, messages, table.getScene().getWindow()).ask()
                .ifPresent(draft -> detail.record(form, draft, () -> ask(form, table)));
    }

    private TableView<TasksViewModel.Row> table() {
        TableView<TasksViewModel.Row> table = new TableView<>(model.rows());
        table.setId("task-table");
        // Several rows at once for a bulk update (Ctrl or Shift while selecting).
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        // The columns share the width, each down to what its content needs; long texts wrap in their column.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(messages.get("tasks.none")));
        // The "+" at the header's right end shows and hides columns.
        table.setTableMenuButtonVisible(true);
        Comparator<String> vietnamese = vn.cchc.dashboard.domain.Text.vietnameseOrder();
        TableColumn<TasksViewModel.Row, String> code = text("tasks.column.code", TasksViewModel.Row::code, 70, vietnamese);
        code.setComparator(TaskCodes.ORDER);
        code.setMinWidth(56);
        TableColumn<TasksViewModel.Row, String> titleColumn = text("tasks.column.title", TasksViewModel.Row::title, 420, vietnamese);
        titleColumn.setCellFactory(c -> new WrappingCell<>(titleColumn));
        titleColumn.setMinWidth(150);
        TableColumn<TasksViewModel.Row, String> area = text("tasks.column.area", TasksViewModel.Row::areaCode, 84, vietnamese);
        area.setMinWidth(64);
        area.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                TasksViewModel.Row row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : code);
                setTooltip(row == null ? null : new Tooltip(row.area()));
            }
        });
        TableColumn<TasksViewModel.Row, LocalDate> due = Columns.wrapHeading(new TableColumn<>(messages.get("tasks.column.due")));
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dueDate()));
        // The deadline as the plan words it, and the day it falls on, each on its line.
        due.setCellFactory(c -> new RowTextCell<>(due, (row, date) -> row.deadline() + "\n"
                + (date == null ? messages.get("deadline.none") : Formats.DATE.format(date)), row -> null));
        due.setPrefWidth(120);
        due.setMinWidth(100);
        TableColumn<TasksViewModel.Row, String> status = text("tasks.column.status", TasksViewModel.Row::status, 170, vietnamese);
        status.setCellFactory(c -> new RowTextCell<>(status, (row, text) -> text,
                row -> "status-" + row.category().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        status.setMinWidth(96);
        TableColumn<TasksViewModel.Row, Number> percent = Columns.wrapHeading(new TableColumn<>(messages.get("tasks.column.percent")));
        percent.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().percent()));
        percent.setPrefWidth(54);
        percent.setMinWidth(46);
        TableColumn<TasksViewModel.Row, Number> overdue = Columns.wrapHeading(new TableColumn<>(messages.get("tasks.column.daysOverdue")));
        overdue.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().daysOverdue()));
        overdue.setPrefWidth(90);
        overdue.setMinWidth(70);
        table.getColumns().add(code);
        table.getColumns().add(area);
        table.getColumns().add(titleColumn);
        TableColumn<TasksViewModel.Row, String> lead = text("tasks.column.lead", TasksViewModel.Row::lead, 170, vietnamese);
        lead.setCellFactory(c -> new WrappingCell<>(lead));
        lead.setMinWidth(96);
        table.getColumns().add(lead);
        // Shown from the column chooser (the header's "+"): useful, but they would crowd the default view.
        TableColumn<TasksViewModel.Row, String> cooperation = text("task.form.cooperation", TasksViewModel.Row::cooperation, 180, vietnamese);
        cooperation.setCellFactory(c -> new WrappingCell<>(cooperation));
        cooperation.setVisible(false);
        table.getColumns().add(cooperation);
        TableColumn<TasksViewModel.Row, String> output = text("task.form.output", TasksViewModel.Row::output, 150, vietnamese);
        output.setCellFactory(c -> new WrappingCell<>(output));
        output.setVisible(false);
        table.getColumns().add(output);
        table.getColumns().add(due);
        table.getColumns().add(status);
        table.getColumns().add(percent);
        TableColumn<TasksViewModel.Row, String> lastUpdate = text("tasks.column.lastUpdate", TasksViewModel.Row::lastUpdate, 110, vietnamese);
        lastUpdate.setMinWidth(96);
        table.getColumns().add(lastUpdate);
        table.getColumns().add(overdue);
        return table;
    }

    private TableColumn<TasksViewModel.Row, String> text(String key, Function<TasksViewModel.Row, String> value,
                                                         double width, Comparator<String> order) {
        TableColumn<TasksViewModel.Row, String> column = Columns.text(messages.get(key), value, width);
        column.setComparator(order);
        return column;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
    }

    @Override
    public void dispose() {
        detail.dispose();
        model.dispose();
    }
}

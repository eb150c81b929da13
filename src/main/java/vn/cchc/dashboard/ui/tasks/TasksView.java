package vn.cchc.dashboard.ui.tasks;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.Shortcut;

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
        // The filter bar takes the width left over; the count and the buttons stay at the right.
        FlowPane choices = TaskFilterBar.of(model, saved, messages);
        HBox.setHgrow(choices, Priority.ALWAYS);
        HBox actions = new HBox(12, count, undo, redo, add);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, choices, actions);
        bar.setAlignment(Pos.TOP_LEFT);

        TableView<TasksViewModel.Row> table = TaskTable.of(model, messages);
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

package vn.cchc.dashboard.ui.tasks;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import vn.cchc.dashboard.i18n.Messages;
import javafx.beans.binding.Bindings;
import java.util.function.Consumer;

/** Under the task table: the selected task and its "cập nhật tiến độ" button, beside its timeline, newest first. */
final class TaskDetailPanel extends HBox {

    TaskDetailPanel(TaskDetailViewModel detail, Messages messages, Runnable recordProgress, Runnable edit,
                    Runnable delete, Consumer<TaskDetailViewModel.HistoryItem> correct) {
        super(16);
        getStyleClass().add("task-detail");
        // As tall as the chosen task's heading and buttons need (the split pane gives it that much, the table the rest).
        Label title = new Label(messages.get("history.title"));
        title.getStyleClass().add("section-title");
        Label heading = new Label(messages.get("history.select"));
        heading.setId("history-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        detail.task().addListener((obs, old, now) -> heading.setText(
                now == null ? messages.get("history.select") : now.code() + " – " + now.title()));

        Button record = new Button(messages.get("progress.record"), new FontIcon(Material2OutlinedAL.EDIT));
        record.setId("record-progress");
        record.getStyleClass().add("accent");
        record.setTooltip(new Tooltip(messages.get("progress.record.hint")));
        record.disableProperty().bind(detail.mayRecord().not());
        record.setOnAction(e -> recordProgress.run());

        Button editTask = new Button(messages.get("task.edit"));
        editTask.setId("task-edit");
        editTask.disableProperty().bind(detail.task().isNull());
        editTask.setOnAction(e -> edit.run());
        Button deleteTask = new Button(messages.get("task.delete"));
        deleteTask.setId("task-delete");
        deleteTask.getStyleClass().add("danger");
        deleteTask.disableProperty().bind(detail.task().isNull());
        deleteTask.setOnAction(e -> delete.run());
        HBox actions = new HBox(8, record, editTask, deleteTask);

        Label feedback = new Label();
        feedback.setId("task-feedback");
        feedback.getStyleClass().add("feedback");
        feedback.setWrapText(true);
        feedback.setMinHeight(Region.USE_PREF_SIZE);
        feedback.textProperty().bind(detail.feedback());
        feedback.managedProperty().bind(feedback.textProperty().isNotEmpty());

        ListView<TaskDetailViewModel.HistoryItem> timeline = new ListView<>(detail.history());
        timeline.setId("history");
        timeline.setPlaceholder(new Label(messages.get("history.none")));
        timeline.setCellFactory(list -> new HistoryCell());
        HBox.setHgrow(timeline, Priority.ALWAYS);
        Button correctUpdate = new Button(messages.get("progress.correct"));
        correctUpdate.setId("correct-update");
        correctUpdate.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            TaskDetailViewModel.HistoryItem item = timeline.getSelectionModel().getSelectedItem();
            return item == null || !item.correctable() || !detail.mayRecord().get();
        }, timeline.getSelectionModel().selectedItemProperty(), detail.mayRecord()));
        correctUpdate.setOnAction(e -> correct.accept(timeline.getSelectionModel().getSelectedItem()));
        Label refusal = new Label();
        refusal.setId("record-refusal");
        refusal.getStyleClass().add("muted");
        refusal.setWrapText(true);
        refusal.setMinHeight(Region.USE_PREF_SIZE);
        refusal.textProperty().bind(detail.recordRefusal());
        refusal.managedProperty().bind(refusal.textProperty().isNotEmpty());
        VBox task = new VBox(10, title, heading, actions, refusal, correctUpdate, feedback);
        task.setPrefWidth(420);
        task.setMinWidth(300);
        getChildren().addAll(task, timeline);
    }

    /** Date and what happened on the first line, documents and notes under it, who entered it last. */
    private static final class HistoryCell extends ListCell<TaskDetailViewModel.HistoryItem> {
        @Override
        protected void updateItem(TaskDetailViewModel.HistoryItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label what = new Label(item.date() + "  ·  " + item.what());
            what.getStyleClass().add("history-what");
            Label detail = new Label(item.detail());
            detail.setWrapText(true);
            detail.managedProperty().bind(detail.textProperty().isNotEmpty());
            Label entered = new Label(item.entered());
            entered.getStyleClass().add("muted");
            entered.setWrapText(true);
            VBox box = new VBox(2, what, detail, entered);
            box.setMaxWidth(Double.MAX_VALUE);
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
            setGraphic(box);
        }
    }
}

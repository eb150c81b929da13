package vn.cchc.dashboard.ui.tasks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.InvalidDraftException;
import vn.cchc.dashboard.app.TaskService;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskDraft;
import vn.cchc.dashboard.domain.accounts.Access;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.Subscriptions;

/**
 * The task selected in the table: its timeline of updates and changes, newest first (worded by {@link TaskTimeline}),
 * and recording a new progress update on it. Saving happens off the FX thread; the figures of every screen follow.
 */
public final class TaskDetailViewModel {

    /** One line of the timeline. {@code entered} says who recorded it and when; {@code update} for updates. */
    public record HistoryItem(String date, String what, String detail, String entered, ProgressUpdate update) {

        /** An update that still counts can be corrected. */
        public boolean correctable() {
            return update != null && !update.withdrawal();
        }
    }

    private final TaskService tasks;
    private final Background background;
    private final Messages messages;
    private final ObservableValue<Overview> overview;
    private final Supplier<LocalDate> today;
    private final Runnable changed;
    private final ZoneId zone;
    private final Subscriptions subscriptions = new Subscriptions();
    private final EditHistory edits;
    private final ObjectProperty<TasksViewModel.Row> task = new SimpleObjectProperty<>(this, "task");
    private final ObservableList<HistoryItem> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private long latestRequest;
    private final BooleanBinding mayRecord;
    private final StringBinding recordRefusal;

    /**
     * @param changed tells the rest of the window that the plan's figures changed (they are recomputed)
     * @param access  who is working: a unit's account records progress of its own unit's tasks only
     */
    public TaskDetailViewModel(TaskService tasks, Background background, Messages messages,
                               ObservableValue<Overview> overview, Supplier<LocalDate> today, ZoneId zone,
                               EditHistory edits, Runnable changed, Access access) {
        this.tasks = tasks;
        this.mayRecord = Bindings.createBooleanBinding(() -> task.get() != null
                && access.recordsFor(task.get().leadUnitId()), task);
        this.recordRefusal = Bindings.createStringBinding(() -> task.get() == null || mayRecord.get()
                || !access.recordsAny() ? "" : messages.format("progress.otherUnit", task.get().lead()), task);
        this.edits = edits;
        this.background = background;
        this.messages = messages;
        this.overview = overview;
        this.today = today;
        this.zone = zone;
        this.changed = changed;
        subscriptions.follow(task, row -> reload());
    }

    /** True when a task is selected and this account may record its progress. */
    public BooleanBinding mayRecord() {
        return mayRecord;
    }

    /** Why progress of the selected task cannot be recorded here (another unit's task), or empty. */
    public StringBinding recordRefusal() {
        return recordRefusal;
    }

    /** Reads the selected task's history again. */
    public void reload() {
        TasksViewModel.Row row = task.get();
        long request = ++latestRequest;
        if (row == null) {
            history.clear();
            return;
        }
        background.run(() -> tasks.history(row.taskId()), loaded -> {
            if (request == latestRequest) {
                history.setAll(TaskTimeline.of(loaded, zone, messages));
            }
        }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    /** A form to correct an update of the selected task; null when there is nothing to correct. */
    public ProgressFormViewModel correctionForm(HistoryItem item) {
        Overview current = overview.getValue();
        TasksViewModel.Row row = task.get();
        if (item == null || !item.correctable() || row == null || current == null) {
            return null;
        }
        return new ProgressFormViewModel(row, item.update(), today.get(), current.summary().plan().year(), messages);
    }

    /** A form for {@code rows} (one task, or several for a bulk update), proposing the as-of date; null for none. */
    public ProgressFormViewModel newForm(List<TasksViewModel.Row> rows) {
        Overview current = overview.getValue();
        if (rows.isEmpty() || current == null) {
            return null;
        }
        List<Long> taskIds = rows.stream().map(TasksViewModel.Row::taskId).toList();
        return new ProgressFormViewModel(rows, current.summary().asOf(), today.get(), current.summary().plan().year(),
                current.snapshot().latestUpdateIds(taskIds), messages);
    }

    /**
     * Saves the form's update. On success the timeline and every figure follow; problems found by the service
     * come back to the form's fields, anything else to {@link #feedback()}.
     */
    public void record(ProgressFormViewModel form, ProgressDraft draft, Runnable onProblems) {
        background.run(() -> form.corrects() != null ? List.of(tasks.correctProgress(form.corrects(), draft))
                : tasks.recordProgress(form.taskIds(), draft, form.seen()), saved -> {
            if (form.corrects() == null) {
                edits.done(new EditHistory.RecordedProgress(form.taskIds(), draft, saved, form.heading()));
            }
            feedback.set(messages.format("progress.saved", form.heading()));
            reload();
            changed.run();
        }, failure(form::show, onProblems));
    }

    /**
     * Prepares the task form – for the selected task, or a new one when {@code adding} – once the units to
     * choose from are read, and hands it to {@code show}.
     */
    public void openTaskForm(boolean adding, Consumer<TaskFormViewModel> show) {
        Overview current = overview.getValue();
        TasksViewModel.Row row = task.get();
        if (current == null || (!adding && row == null)) {
            return;
        }
        Task before = adding ? null : current.snapshot().tasks().stream()
                .filter(t -> t.id() == row.taskId()).findFirst().orElse(null);
        background.run(tasks::units, units -> show.accept(new TaskFormViewModel(current.summary().plan(), before,
                current.snapshot().areas(), units, messages)), e -> feedback.set(ErrorText.of(e, messages)));
    }

    /** Saves the form; problems go back to its fields and {@code onProblems} shows it again. */
    public void saveTask(TaskFormViewModel form, Runnable onProblems) {
        TaskDraft draft = form.draft();
        background.run(() -> form.before() == null ? tasks.addTask(form.plan(), draft) : tasks.updateTask(form.before(), draft),
                saved -> {
                    edits.done(form.before() == null ? new EditHistory.AddedTask(form.plan(), saved)
                            : new EditHistory.EditedTask(form.before(), saved));
                    feedback.set(messages.format("task.saved", saved.code()));
                    reload();
                    changed.run();
                }, failure(form::show, onProblems));
    }

    /** Problems found on saving go back to the form, which is shown again; anything else is one sentence. */
    private Consumer<Throwable> failure(
            Consumer<List<FieldProblem>> showProblems, Runnable onProblems) {
        return e -> {
            if (e instanceof InvalidDraftException invalid) {
                showProblems.accept(invalid.problems());
                onProblems.run();
            } else {
                feedback.set(ErrorText.of(e, messages));
            }
        };
    }

    /** Takes the selected task out of the plan (the view asks first); its history stays. */
    public void deleteSelected() {
        Overview current = overview.getValue();
        TasksViewModel.Row row = task.get();
        if (current == null || row == null) {
            return;
        }
        current.snapshot().tasks().stream().filter(t -> t.id() == row.taskId()).findFirst().ifPresent(before ->
                background.run(() -> {
                    tasks.deleteTask(before);
                    return before;
                }, deleted -> {
                    feedback.set(messages.format("task.deleted", deleted.code()));
                    task.set(null);
                    changed.run();
                }, e -> feedback.set(ErrorText.of(e, messages))));
    }

    /** Takes back the session's last edit (off the FX thread); the figures follow. */
    public void undo() {
        step(edits.takeUndo(), EditHistory.Edit::undo, edits::undoneOk, "undo.done");
    }

    /** Makes again the edit last undone. */
    public void redo() {
        step(edits.takeRedo(), EditHistory.Edit::redo, edits::redoneOk, "redo.done");
    }

    private void step(EditHistory.Edit edit, BiConsumer<EditHistory.Edit, TaskService> action,
                      Consumer<EditHistory.Edit> onDone, String doneKey) {
        if (edit == null) {
            return;
        }
        String what = edit.describe(messages);
        background.run(() -> {
            action.accept(edit, tasks);
            return edit;
        }, ok -> {
            onDone.accept(ok);
            afterUndoOrRedo(messages.format(doneKey, what));
        }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    private void afterUndoOrRedo(String sentence) {
        feedback.set(sentence);
        reload();
        changed.run();
    }

    public EditHistory edits() {
        return edits;
    }

    public ObjectProperty<TasksViewModel.Row> task() {
        return task;
    }

    public ObservableList<HistoryItem> history() {
        return history;
    }

    /** "Đã ghi cập nhật …" or what went wrong. */
    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }

    public void dispose() {
        subscriptions.dispose();
    }
}

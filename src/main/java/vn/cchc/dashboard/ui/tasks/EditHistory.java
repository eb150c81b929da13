package vn.cchc.dashboard.ui.tasks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.cchc.dashboard.app.TaskService;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskDraft;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The edits of this session that can be undone and redone, newest first. Undoing never deletes: a recorded
 * update is withdrawn, an edit is edited back, an added task is deleted – each itself in the audit trail.
 * The edits run through {@link TaskService}, so callers run them off the FX thread.
 */
public final class EditHistory {

    /** One edit, able to go back and forth. */
    public interface Edit {
        /** "cập nhật tiến độ IV.3", for the undo button's tooltip. */
        String describe(Messages messages);

        void undo(TaskService tasks);

        void redo(TaskService tasks);
    }

    private final Messages messages;
    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyStringWrapper nextUndo = new ReadOnlyStringWrapper(this, "nextUndo", "");
    private final ReadOnlyStringWrapper nextRedo = new ReadOnlyStringWrapper(this, "nextRedo", "");

    public EditHistory(Messages messages) {
        this.messages = messages;
    }

    /** A new edit was made: it can be undone, and what was undone before can no longer be redone. */
    void done(Edit edit) {
        done.push(edit);
        undone.clear();
        show();
    }

    /** The edit undo would take back, taken off the list; null when there is none. */
    Edit takeUndo() {
        Edit edit = done.poll();
        show();
        return edit;
    }

    Edit takeRedo() {
        Edit edit = undone.poll();
        show();
        return edit;
    }

    void undoneOk(Edit edit) {
        undone.push(edit);
        show();
    }

    void redoneOk(Edit edit) {
        done.push(edit);
        show();
    }

    private void show() {
        nextUndo.set(done.isEmpty() ? "" : done.peek().describe(messages));
        nextRedo.set(undone.isEmpty() ? "" : undone.peek().describe(messages));
    }

    /** What undo would take back, or empty when there is nothing to undo. */
    public ReadOnlyStringProperty nextUndo() {
        return nextUndo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextRedo() {
        return nextRedo.getReadOnlyProperty();
    }

    /** Progress recorded on one or more tasks. */
    static final class RecordedProgress implements Edit {
        private final List<Long> taskIds;
        private final ProgressDraft draft;
        private final String what;
        private List<Long> updateIds;

        RecordedProgress(List<Long> taskIds, ProgressDraft draft, List<ProgressUpdate> saved, String what) {
            this.taskIds = List.copyOf(taskIds);
            this.draft = draft;
            this.what = what;
            this.updateIds = saved.stream().map(ProgressUpdate::id).toList();
        }

        @Override
        public String describe(Messages messages) {
            return messages.format("undo.progress", what);
        }

        @Override
        public void undo(TaskService tasks) {
            tasks.withdrawProgress(updateIds);
        }

        @Override
        public void redo(TaskService tasks) {
            updateIds = tasks.recordProgress(taskIds, draft).stream().map(ProgressUpdate::id).toList();
        }
    }

    /** A task's fields changed. */
    static final class EditedTask implements Edit {
        private Task before;
        private Task after;

        EditedTask(Task before, Task after) {
            this.before = before;
            this.after = after;
        }

        @Override
        public String describe(Messages messages) {
            return messages.format("undo.task", after.code());
        }

        @Override
        public void undo(TaskService tasks) {
            before = tasks.updateTask(after, TaskDraft.of(before));
        }

        @Override
        public void redo(TaskService tasks) {
            after = tasks.updateTask(before, TaskDraft.of(after));
        }
    }

    /** A task added to a plan. */
    static final class AddedTask implements Edit {
        private final Plan plan;
        private Task added;

        AddedTask(Plan plan, Task added) {
            this.plan = plan;
            this.added = added;
        }

        @Override
        public String describe(Messages messages) {
            return messages.format("undo.added", added.code());
        }

        @Override
        public void undo(TaskService tasks) {
            tasks.deleteTask(added);
        }

        @Override
        public void redo(TaskService tasks) {
            added = tasks.addTask(plan, TaskDraft.of(added));
        }
    }
}

package vn.cchc.dashboard.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.QueuedBackground;

/** Undo and redo of the session's edits, against the real store: nothing is deleted, everything is traced. */
class UndoRedoTest {

    @TempDir
    Path folder;
    AppContext context;
    SimpleObjectProperty<Overview> overview;
    QueuedBackground background = new QueuedBackground();
    TaskDetailViewModel detail;
    Messages messages = Messages.of(Language.VI);

    @BeforeEach
    void open() {
        context = AppContext.open(folder, TestClock.today(), true);
        overview = new SimpleObjectProperty<>(fresh());
        detail = new TaskDetailViewModel(context.tasks(), background, messages, overview, () -> TestClock.TODAY,
                TestClock.VIETNAM, new EditHistory(messages), () -> overview.set(fresh()), vn.cchc.dashboard.domain.accounts.Access.unrestricted("test"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    Overview fresh() {
        return context.plans().overview(context.plans().planFor(2026), TestClock.TODAY, null, 60);
    }

    List<TasksViewModel.Row> overdueRows(int count) {
        TasksViewModel list = new TasksViewModel(overview, new SimpleObjectProperty<>(TaskSelection.OVERDUE),
                new SimpleObjectProperty<>(), messages);
        return List.copyOf(list.rows().subList(0, count));
    }

    @Test
    void undoingABulkUpdateWithdrawsItAndRedoRecordsItAgain() {
        int overdue = fresh().select(TaskSelection.OVERDUE).size();
        List<TasksViewModel.Row> rows = overdueRows(3);
        ProgressFormViewModel form = detail.newForm(rows);
        assertThat(form.heading()).isEqualTo("3 nhiệm vụ đã chọn");
        form.status().set(TaskStatus.COMPLETED);
        detail.record(form, form.validDraft(), () -> { });
        background.runAll();
        assertThat(fresh().select(TaskSelection.OVERDUE)).hasSize(overdue - 3);
        assertThat(detail.edits().nextUndo().get()).isEqualTo("cập nhật tiến độ 3 nhiệm vụ đã chọn");

        detail.undo();
        background.runAll();
        assertThat(fresh().select(TaskSelection.OVERDUE)).hasSize(overdue);
        assertThat(detail.feedback().get()).isEqualTo("Đã hoàn tác: cập nhật tiến độ 3 nhiệm vụ đã chọn.");
        assertThat(detail.edits().nextUndo().get()).isEmpty();
        assertThat(context.tasks().history(rows.get(0).taskId()).updates()).anyMatch(u -> u.withdrawal());

        detail.redo();
        background.runAll();
        assertThat(fresh().select(TaskSelection.OVERDUE)).hasSize(overdue - 3);
    }

    @Test
    void undoingATaskEditPutsTheOldFieldsBack() {
        TasksViewModel.Row row = overdueRows(1).get(0);
        detail.task().set(row);
        detail.openTaskForm(false, form -> {
            form.deadline().set("Quý IV/2026");
            detail.saveTask(form, () -> { });
        });
        background.runAll();
        background.runAll();
        assertThat(state(row).category()).isNotEqualTo(DeadlineCategory.OVERDUE);
        detail.undo();
        background.runAll();
        assertThat(state(row).category()).isEqualTo(DeadlineCategory.OVERDUE);
        assertThat(state(row).task().deadlineText()).isEqualTo(row.deadline());
    }

    @Test
    void aCorrectionFromTheHistoryIsFilledFromTheUpdateAndReplacesIt() {
        TasksViewModel.Row row = overdueRows(1).get(0);
        detail.task().set(row);
        background.runAll();
        TaskDetailViewModel.HistoryItem latest = detail.history().get(0);
        assertThat(latest.correctable()).isTrue();
        ProgressFormViewModel form = detail.correctionForm(latest);
        assertThat(form.heading()).startsWith("Sửa cập nhật ngày ");
        assertThat(form.percent().get()).isEqualTo(latest.update().percent());
        form.percent().set(35);
        detail.record(form, form.validDraft(), () -> { });
        background.runAll();
        background.runAll();
        assertThat(state(row).percent()).isEqualTo(35);
        assertThat(detail.history()).filteredOn(i -> i.update() != null && i.update().id() == latest.update().id())
                .as("the corrected update can no longer be corrected").allMatch(i -> !i.correctable());
        assertThat(detail.edits().nextUndo().get()).as("a correction is not undone by withdrawing").isEmpty();
    }

    private vn.cchc.dashboard.domain.TaskState state(TasksViewModel.Row row) {
        return fresh().states().stream().filter(s -> s.task().id() == row.taskId()).findFirst().orElseThrow();
    }
}

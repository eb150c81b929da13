package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.AuditAction;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.TaskHistory;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.testing.TestClock;

class TaskServiceTest {

    @TempDir
    Path folder;
    AppContext context;

    @BeforeEach
    void open() {
        context = AppContext.open(folder, TestClock.today(), true);
        context.settings().setUserName("Nguyễn Thị Hạnh");
    }

    @AfterEach
    void close() {
        context.close();
    }

    TaskState anOverdueTask() {
        return context.plans().overview(context.plans().planFor(2026), TestClock.TODAY, null, 60)
                .select(TaskSelection.OVERDUE).get(0);
    }

    @Test
    void completingAnOverdueTaskMakesItLateInTheFiguresAndTheHistory() {
        TaskState overdue = anOverdueTask();
        PlanSnapshot before = context.plans().snapshot(context.plans().planFor(2026));
        int lateBefore = before.summarize(TestClock.TODAY).overall().count(DeadlineCategory.COMPLETED_LATE);

        ProgressUpdate saved = context.tasks().recordProgress(overdue.task().id(),
                new ProgressDraft(TestClock.TODAY, TaskStatus.COMPLETED, null, "Đã ban hành", "245/QĐ-UBND"));

        assertThat(saved.id()).isPositive();
        assertThat(saved.enteredBy()).isEqualTo("Nguyễn Thị Hạnh");
        assertThat(saved.percent()).isEqualTo(100);
        PlanSnapshot after = context.plans().snapshot(context.plans().planFor(2026));
        assertThat(after.summarize(TestClock.TODAY).overall().count(DeadlineCategory.COMPLETED_LATE)).isEqualTo(lateBefore + 1);
        TaskHistory history = context.tasks().history(overdue.task().id());
        assertThat(history.updates()).last().isEqualTo(saved);
        assertThat(history.entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PROGRESS_RECORDED);
            assertThat(e.updateId()).isEqualTo(saved.id());
            assertThat(e.user()).isEqualTo("Nguyễn Thị Hạnh");
            assertThat(e.newValue()).contains("COMPLETED", "245/QĐ-UBND");
        });
    }

    @Test
    void aDraftWithProblemsWritesNothing() {
        TaskState overdue = anOverdueTask();
        int updates = context.tasks().history(overdue.task().id()).updates().size();
        assertThatThrownBy(() -> context.tasks().recordProgress(overdue.task().id(),
                new ProgressDraft(LocalDate.of(2026, 12, 1), TaskStatus.COMPLETED, null, null, null)))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("progress.problem.future"));
        TaskHistory history = context.tasks().history(overdue.task().id());
        assertThat(history.updates()).hasSize(updates);
        assertThat(history.entries()).isEmpty();
    }

    @Test
    void aTaskThatIsGoneIsSaidSo() {
        assertThatThrownBy(() -> context.tasks().recordProgress(999_999,
                new ProgressDraft(TestClock.TODAY, TaskStatus.IN_PROGRESS, 10, null, null)))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("error.task.gone"));
    }
}

package vn.cchc.dashboard.app;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchc.dashboard.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.AuditAction;
import vn.cchc.dashboard.domain.AuditEntry;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskDraft;
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

@Tag(TestDatabase.TAG)
class TaskServiceTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @TempDir
    Path folder;
    AppContext context;

    @BeforeEach
    void open() {
        context = db.openContext(folder, TestClock.today(), true);
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
    void editingATaskRecordsEachChangedFieldAndItsNewDueDate() {
        Task before = anOverdueTask().task();
        Task after = context.tasks().updateTask(before, new TaskDraft(before.code(), before.areaCode(),
                before.title() + " (sửa)", before.leadUnitId(), before.cooperationText(), before.expectedOutput(), "Quý IV/2026"));
        assertThat(after.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(context.tasks().history(before.id()).entries())
                .filteredOn(e -> e.action() == AuditAction.TASK_CHANGED)
                .extracting(e -> e.field() + ":" + e.oldValue() + "→" + e.newValue())
                .contains("title:" + before.title() + "→" + before.title() + " (sửa)",
                        "deadline:" + before.deadlineText() + "→Quý IV/2026",
                        "dueDate:" + before.dueDate() + "→2026-12-31");
        TaskState now = context.plans().overview(context.plans().planFor(2026), TestClock.TODAY, null, 60).states().stream()
                .filter(s -> s.task().id() == before.id()).findFirst().orElseThrow();
        assertThat(now.category()).as("no longer overdue with its new deadline").isNotEqualTo(DeadlineCategory.OVERDUE);
    }

    @Test
    void aSecondEditOfTheSameTaskFromAnotherWindowIsRefused() {
        Task loadedByBoth = anOverdueTask().task();
        TaskDraft first = new TaskDraft(loadedByBoth.code(), loadedByBoth.areaCode(), "Cửa sổ thứ nhất",
                loadedByBoth.leadUnitId(), null, null, loadedByBoth.deadlineText());
        context.tasks().updateTask(loadedByBoth, first);
        TaskDraft second = new TaskDraft(loadedByBoth.code(), loadedByBoth.areaCode(), "Cửa sổ thứ hai",
                loadedByBoth.leadUnitId(), null, null, loadedByBoth.deadlineText());
        assertThatThrownBy(() -> context.tasks().updateTask(loadedByBoth, second))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.task.changedElsewhere"));
        assertThat(context.tasks().history(loadedByBoth.id()).entries()).extracting(AuditEntry::newValue)
                .contains("Cửa sổ thứ nhất").doesNotContain("Cửa sổ thứ hai");
    }

    @Test
    void addedAndDeletedTasksComeAndGoButTheirTrailStays() {
        Plan plan = context.plans().planFor(2026);
        int tasks = context.plans().snapshot(plan).tasks().size();
        Task added = context.tasks().addTask(plan, new TaskDraft("VII.30", "CPS", "Số hóa hồ sơ lưu trữ của Sở Nội vụ",
                context.plans().snapshot(plan).tasks().get(0).leadUnitId(), "Sở Khoa học và Công nghệ", "Báo cáo", "Quý IV"));
        assertThat(added.cooperatingUnitIds()).hasSize(1);
        assertThat(context.plans().snapshot(plan).tasks()).hasSize(tasks + 1);
        context.tasks().deleteTask(added);
        assertThat(context.plans().snapshot(plan).tasks()).hasSize(tasks);
        assertThat(context.tasks().history(added.id()).entries()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.TASK_CREATED, AuditAction.TASK_DELETED);
        assertThatThrownBy(() -> context.tasks().deleteTask(added)).isInstanceOf(AppException.class);
    }

    @Test
    void aTaskWithProblemsIsNotAdded() {
        Plan plan = context.plans().planFor(2026);
        int tasks = context.plans().snapshot(plan).tasks().size();
        assertThatThrownBy(() -> context.tasks().addTask(plan, new TaskDraft("I.1", "CDDH", "", null, null, null, "Sớm")))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("code", "title", "lead", "deadline"));
        assertThat(context.plans().snapshot(plan).tasks()).hasSize(tasks);
    }

    @Test
    void aBulkUpdateIsAllOrNothing() {
        List<Long> overdue = context.plans().overview(context.plans().planFor(2026), TestClock.TODAY, null, 60)
                .select(TaskSelection.OVERDUE).stream().map(s -> s.task().id()).toList();
        ProgressDraft done = new ProgressDraft(TestClock.TODAY, TaskStatus.COMPLETED, null, "Rà soát cuối năm", null);
        List<Long> withAMissingTask = new java.util.ArrayList<>(overdue.subList(0, 2));
        withAMissingTask.add(999_999L);
        assertThatThrownBy(() -> context.tasks().recordProgress(withAMissingTask, done)).isInstanceOf(AppException.class);
        assertThat(context.tasks().history(overdue.get(0)).entries()).as("nothing of the failed bulk update").isEmpty();

        List<ProgressUpdate> saved = context.tasks().recordProgress(overdue, done);
        assertThat(saved).hasSize(overdue.size());
        assertThat(context.plans().overview(context.plans().planFor(2026), TestClock.TODAY, null, 60)
                .select(TaskSelection.OVERDUE)).isEmpty();
    }

    @Test
    void withdrawingAnUpdateRestoresTheTaskAndKeepsBothRows() {
        TaskState overdue = anOverdueTask();
        ProgressUpdate slip = context.tasks().recordProgress(overdue.task().id(),
                new ProgressDraft(TestClock.TODAY, TaskStatus.COMPLETED, null, null, null));
        context.tasks().withdrawProgress(slip.id());
        TaskState now = context.plans().overview(context.plans().planFor(2026), TestClock.TODAY, null, 60).states().stream()
                .filter(s -> s.task().id() == overdue.task().id()).findFirst().orElseThrow();
        assertThat(now.category()).isEqualTo(DeadlineCategory.OVERDUE);
        assertThat(now.percent()).isEqualTo(overdue.percent());
        TaskHistory history = context.tasks().history(overdue.task().id());
        assertThat(history.updates()).extracting(ProgressUpdate::withdrawal).endsWith(false, true);
        assertThat(history.entries()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.PROGRESS_RECORDED, AuditAction.PROGRESS_CORRECTED);
        assertThatThrownBy(() -> context.tasks().withdrawProgress(slip.id()))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.progress.alreadyWithdrawn"));
    }

    @Test
    void aCorrectionSupersedesTheWrongUpdateAndKeepsBothSides() {
        TaskState overdue = anOverdueTask();
        ProgressUpdate wrong = context.tasks().recordProgress(overdue.task().id(),
                new ProgressDraft(TestClock.TODAY, TaskStatus.COMPLETED, null, null, "999/QĐ-UBND"));
        ProgressUpdate right = context.tasks().correctProgress(wrong.id(),
                new ProgressDraft(TestClock.TODAY, TaskStatus.IN_PROGRESS, 80, "Chưa ban hành, đang trình ký", null));
        assertThat(right.supersedesId()).isEqualTo(wrong.id());
        TaskState now = context.plans().overview(context.plans().planFor(2026), TestClock.TODAY, null, 60).states().stream()
                .filter(s -> s.task().id() == overdue.task().id()).findFirst().orElseThrow();
        assertThat(now.category()).isEqualTo(DeadlineCategory.OVERDUE);
        assertThat(now.percent()).isEqualTo(80);
        assertThat(context.tasks().history(overdue.task().id()).entries()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PROGRESS_CORRECTED);
            assertThat(e.oldValue()).contains("COMPLETED", "999/QĐ-UBND");
        });
        assertThatThrownBy(() -> context.tasks().correctProgress(wrong.id(),
                new ProgressDraft(TestClock.TODAY, TaskStatus.IN_PROGRESS, 10, null, null)))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.progress.alreadyWithdrawn"));
    }

    @Test
    void aTaskThatIsGoneIsSaidSo() {
        assertThatThrownBy(() -> context.tasks().recordProgress(999_999,
                new ProgressDraft(TestClock.TODAY, TaskStatus.IN_PROGRESS, 10, null, null)))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("error.task.gone"));
    }
}

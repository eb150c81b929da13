package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every question about a day is answered through {@link Timelines} (grouped and ordered once per snapshot); on
 * every day the answer must equal the plain recomputation of each task from its updates by {@link TaskState#of},
 * corrections, withdrawals and same-day updates included.
 */
class TimelinesTest {

    private static final Plan PLAN = new Plan(1, 2025, "KH 2025", null, null, PlanScope.PROVINCE, "NQ76", false, false);

    @Test
    void everyDayEqualsTheNaiveRecomputation() {
        PlanSnapshot snapshot = randomPlan(new Random(76));
        for (LocalDate day = LocalDate.of(2024, 12, 1); day.isBefore(LocalDate.of(2026, 2, 1)); day = day.plusDays(1)) {
            assertThat(snapshot.states(day)).as("states on %s", day).isEqualTo(naive(snapshot, day));
        }
    }

    @Test
    void theOverviewAndItsCurvesEqualTheNaiveRecomputation() {
        PlanSnapshot snapshot = randomPlan(new Random(2021));
        LocalDate asOf = LocalDate.of(2025, 9, 30);
        Overview overview = Overview.of(snapshot, null, asOf, LocalDate.of(2025, 6, 14), 60);
        assertThat(overview.states()).isEqualTo(naive(snapshot, asOf));
        assertThat(overview.summary()).isEqualTo(snapshot.summarize(naive(snapshot, asOf), asOf));
        assertThat(overview.current().points()).extracting(CompletionCurve.Point::percent).containsExactlyElementsOf(
                overview.current().points().stream()
                        .map(p -> ProgressCount.of(naive(snapshot, p.date())).percent()).toList());
        assertThat(overview.weekly()).allSatisfy(w -> assertThat(w.completed()).isEqualTo(w.weekEnd().isAfter(asOf) ? null
                : ProgressCount.of(naive(snapshot, w.weekEnd())).completed()));
    }

    /** Each task worked out on its own from all its updates, the way the rules read. */
    private static List<TaskState> naive(PlanSnapshot snapshot, LocalDate day) {
        return snapshot.tasks().stream().map(task -> TaskState.of(task, snapshot.updates().stream()
                .filter(u -> u.taskId() == task.id()).toList(), day)).toList();
    }

    /** Tasks with runs of updates, some completed, some reopened, some corrected or withdrawn, some same-day. */
    private static PlanSnapshot randomPlan(Random random) {
        List<Task> tasks = new ArrayList<>();
        List<ProgressUpdate> updates = new ArrayList<>();
        long updateId = 1;
        for (long id = 1; id <= 60; id++) {
            LocalDate due = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
            boolean recurring = random.nextInt(8) == 0;
            tasks.add(new Task(id, 1, "I." + id, "CDDH", "Nhiệm vụ " + id, 9, List.of(), null, null, "x", due, recurring,
                    (int) id));
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(60));
            int count = random.nextInt(8);
            for (int i = 0; i < count; i++) {
                TaskStatus status = TaskStatus.values()[random.nextInt(3)];
                int percent = status == TaskStatus.COMPLETED ? 100 : status == TaskStatus.NOT_STARTED ? 0 : random.nextInt(99);
                Instant entered = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(random.nextInt(30_000_000));
                Long supersedes = i > 0 && random.nextInt(6) == 0 ? updateId - 1 : null;
                boolean withdrawal = supersedes != null && random.nextBoolean();
                updates.add(new ProgressUpdate(updateId++, id, day, status, percent, null, null, "CV", entered, supersedes,
                        withdrawal));
                day = day.plusDays(random.nextInt(3) == 0 ? 0 : random.nextInt(60));
            }
        }
        return new PlanSnapshot(PLAN, List.of(), List.of(new Unit(9, "Sở Nội vụ", null, UnitKind.DEPARTMENT, null, null, null)),
                tasks, updates);
    }
}

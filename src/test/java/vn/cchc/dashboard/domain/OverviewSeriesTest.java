package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverviewSeriesTest {

    @ParameterizedTest(name = "before {0} the last report was cut off on {1}")
    @CsvSource({"2023-06-21, 2023-06-14", "2023-06-14, 2023-03-14", "2023-06-15, 2023-06-14", "2023-01-10, 2022-12-14",
            "2023-03-14, 2022-12-14", "2023-12-31, 2023-12-14", "2023-09-30, 2023-09-14"})
    void previousCutoffFollowsTheOfficialWindows(LocalDate day, LocalDate expected) {
        assertThat(ReportingCutoffs.previous(day)).isEqualTo(expected);
    }

    static final Plan PLAN = new Plan(1, 2023, "KH 2023", null, null, PlanScope.PROVINCE, "NQ76", false, false);

    static Task task(long id, String due, boolean recurring) {
        return new Task(id, 1, "I." + id, "CDDH", "Nhiệm vụ " + id, 9, List.of(), null, null, due,
                LocalDate.parse(due), recurring, (int) id);
    }

    static ProgressUpdate update(long taskId, String day, TaskStatus status, int percent) {
        return new ProgressUpdate(taskId * 100 + day.hashCode() % 50, taskId, LocalDate.parse(day), status, percent,
                null, null, "CV", Instant.parse(day + "T02:00:00Z"), null);
    }

    final PlanSnapshot snapshot = new PlanSnapshot(PLAN, List.of(), List.of(),
            List.of(task(1, "2023-01-31", false), task(2, "2023-06-30", false), task(3, "2023-12-31", true),
                    task(4, "2023-07-20", false), task(5, "2023-12-15", false)),
            List.of(update(1, "2023-01-20", TaskStatus.COMPLETED, 100), update(2, "2023-02-01", TaskStatus.IN_PROGRESS, 30),
                    update(4, "2023-07-05", TaskStatus.IN_PROGRESS, 10)));

    @Test
    void selectionsFindDueSoonAndStaleTasks() {
        List<TaskState> states = snapshot.states(LocalDate.of(2023, 7, 10));
        assertThat(states.stream().filter(s -> TaskSelection.DUE_SOON.includes(s, 60)).map(s -> s.task().id()))
                .containsExactly(4L);
        // Task 2: last update 1/2, 159 days before; task 5: never updated, 190 days since 1/1; task 4 updated 5 days ago.
        assertThat(states.stream().filter(s -> TaskSelection.STALE.includes(s, 60)).map(s -> s.task().id()))
                .containsExactly(2L, 3L, 5L);
        assertThat(states.stream().filter(s -> TaskSelection.STALE.includes(s, 200))).isEmpty();
        assertThat(states.stream().filter(s -> TaskSelection.ALL.includes(s, 60))).hasSize(5);
    }

    @Test
    void kpiFiguresCompareWithTheLastCutoff() {
        List<KpiFigure> figures = KpiFigure.of(snapshot.states(LocalDate.of(2023, 7, 10)),
                snapshot.states(LocalDate.of(2023, 6, 14)), 60);
        assertThat(figures).extracting(KpiFigure::selection).containsExactlyElementsOf(KpiFigure.TILES);
        KpiFigure overdue = figures.stream().filter(f -> f.selection() == TaskSelection.OVERDUE).findFirst().orElseThrow();
        assertThat(overdue.value()).isEqualTo(1);
        assertThat(overdue.previous()).isZero();
        assertThat(overdue.change()).isEqualTo(1);
    }

    @Test
    void weeklyLineComparesCompletedWithWhatWasDueAndStopsAtTheAsOfDate() {
        List<WeeklyProgress> weeks = WeeklyProgress.of(snapshot, LocalDate.of(2023, 7, 10));
        assertThat(weeks.get(0).weekEnd()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(weeks.get(weeks.size() - 1).weekEnd()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(weeks).extracting(WeeklyProgress::weekEnd).isSorted().doesNotHaveDuplicates();
        WeeklyProgress february = weeks.stream().filter(w -> w.weekEnd().equals(LocalDate.of(2023, 2, 5))).findFirst().orElseThrow();
        assertThat(february.completed()).isEqualTo(1);
        assertThat(february.expected()).isEqualTo(1);
        assertThat(weeks.get(weeks.size() - 1).expected()).as("the recurring task falls due at the year's end").isEqualTo(5);
        assertThat(weeks.get(weeks.size() - 2).expected()).as("and not before").isEqualTo(4);
        assertThat(weeks.stream().filter(w -> w.weekEnd().isAfter(LocalDate.of(2023, 7, 10)))).allMatch(w -> w.completed() == null);
    }

    @Test
    void theLineEndsOnTheAsOfDayWithTheHeadlinesCount() {
        // Wednesday 12/7/2023: task 2 done on Monday 10/7, the recurring task carried out on Tuesday 11/7.
        PlanSnapshot later = new PlanSnapshot(PLAN, List.of(), List.of(), snapshot.tasks(), List.of(
                update(1, "2023-01-20", TaskStatus.COMPLETED, 100), update(2, "2023-07-10", TaskStatus.COMPLETED, 100),
                update(3, "2023-07-11", TaskStatus.COMPLETED, 100)));
        LocalDate wednesday = LocalDate.of(2023, 7, 12);
        List<WeeklyProgress> weeks = WeeklyProgress.of(later, wednesday);
        WeeklyProgress last = weeks.stream().filter(w -> w.completed() != null).reduce((a, b) -> b).orElseThrow();
        assertThat(last.weekEnd()).as("not Sunday 9/7").isEqualTo(wednesday);
        assertThat(last.completed()).isEqualTo(later.summarize(wednesday).overall().completed()).isEqualTo(3);
        assertThat(weeks).extracting(WeeklyProgress::weekEnd).isSorted().doesNotHaveDuplicates()
                .contains(LocalDate.of(2023, 7, 9), LocalDate.of(2023, 7, 16));

        WeeklyProgress afterTheYear = WeeklyProgress.of(later, LocalDate.of(2024, 1, 20)).stream()
                .reduce((a, b) -> b).orElseThrow();
        assertThat(afterTheYear.weekEnd()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(afterTheYear.completed()).isEqualTo(later.summarize(LocalDate.of(2024, 1, 20)).overall().completed());
    }

    @Test
    void completionCurveEndsOnTheDayAsked() {
        CompletionCurve curve = CompletionCurve.of(snapshot, LocalDate.of(2023, 3, 1));
        assertThat(curve.points().get(curve.points().size() - 1).date()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(curve.points().get(curve.points().size() - 1).percent()).isEqualTo(new BigDecimal("20.00"));
        assertThat(curve.points().get(0).dayOfYear()).isEqualTo(7);
        assertThat(CompletionCurve.of(snapshot, LocalDate.of(2024, 5, 1)).points()).last()
                .extracting(CompletionCurve.Point::date).isEqualTo(LocalDate.of(2023, 12, 31));
    }
}

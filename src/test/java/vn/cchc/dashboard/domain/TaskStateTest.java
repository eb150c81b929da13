package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskStateTest {

    static final LocalDate DUE = LocalDate.of(2023, 6, 30);

    static Task task(boolean recurring) {
        return new Task(1, 1, "I.1", "CDDH", "Ban hành kế hoạch", 10, List.of(), null, null, "30/6/2023",
                recurring ? LocalDate.of(2023, 12, 31) : DUE, recurring, 1);
    }

    static ProgressUpdate update(long id, String asOf, TaskStatus status, int percent) {
        return new ProgressUpdate(id, 1, LocalDate.parse(asOf), status, percent, null, null, "Chuyên viên",
                Instant.parse(asOf + "T03:00:00Z").plusSeconds(id), null);
    }

    /** Each row: the updates as "date:STATUS:percent" (blank for none), the as-of date, the expected category. */
    @ParameterizedTest(name = "{0} as of {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                        | 2023-06-30 | NOT_STARTED
            ''                                                        | 2023-07-01 | OVERDUE
            2023-03-01:IN_PROGRESS:20                                 | 2023-06-30 | IN_PROGRESS
            2023-03-01:IN_PROGRESS:20                                 | 2023-07-01 | OVERDUE
            2023-03-01:NOT_STARTED:0                                  | 2023-06-30 | NOT_STARTED
            2023-03-01:NOT_STARTED:10                                 | 2023-06-30 | IN_PROGRESS
            2023-06-30:COMPLETED:100                                  | 2023-06-30 | COMPLETED_ON_TIME
            2023-06-30:COMPLETED:100                                  | 2024-01-15 | COMPLETED_ON_TIME
            2023-07-01:COMPLETED:100                                  | 2023-07-01 | COMPLETED_LATE
            2023-07-01:COMPLETED:100                                  | 2023-06-30 | NOT_STARTED
            2023-07-01:COMPLETED:100                                  | 2023-06-29 | NOT_STARTED
            2023-05-01:IN_PROGRESS:50 2023-07-01:COMPLETED:100        | 2023-06-30 | IN_PROGRESS
            2023-05-01:IN_PROGRESS:50 2023-07-01:COMPLETED:100        | 2023-07-01 | COMPLETED_LATE
            2023-05-01:IN_PROGRESS:50 2023-07-05:COMPLETED:100        | 2023-07-04 | OVERDUE
            2023-05-01:COMPLETED:100 2023-08-01:IN_PROGRESS:80        | 2023-09-01 | OVERDUE
            2023-05-01:COMPLETED:100 2023-08-01:IN_PROGRESS:80        | 2023-07-01 | COMPLETED_ON_TIME
            """)
    void categoryFollowsTheLatestUpdateOnOrBeforeTheDay(String updates, String asOf, DeadlineCategory expected) {
        assertThat(TaskState.of(task(false), parse(updates), LocalDate.parse(asOf)).category()).isEqualTo(expected);
    }

    @Test
    void recurringTasksAreReportedApartWhateverTheirStatus() {
        List<ProgressUpdate> done = List.of(update(1, "2023-12-20", TaskStatus.COMPLETED, 100));
        TaskState state = TaskState.of(task(true), done, LocalDate.of(2023, 12, 31));
        assertThat(state.category()).isEqualTo(DeadlineCategory.RECURRING);
        assertThat(state.isCompleted()).isTrue();
        assertThat(TaskState.of(task(true), List.of(), LocalDate.of(2024, 3, 1)).category())
                .isEqualTo(DeadlineCategory.RECURRING);
    }

    /**
     * The one rule for recurring tasks: done for the reporting year (from 15/12 of the year before) once an update in
     * that window says the work was carried out, whatever later updates of the year say; never before, never on the
     * strength of last year's report. Rows as above, then whether it counts as done and since when.
     */
    @ParameterizedTest(name = "recurring: {0} as of {1} → done {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                        | 2023-12-14 | false | ''
            2023-03-01:IN_PROGRESS:50                                 | 2023-12-14 | false | ''
            2023-06-01:COMPLETED:100                                  | 2023-05-31 | false | ''
            2023-06-01:COMPLETED:100                                  | 2023-06-14 | true  | 2023-06-01
            2023-06-01:COMPLETED:100 2023-09-01:IN_PROGRESS:30        | 2023-12-14 | true  | 2023-06-01
            2022-12-20:COMPLETED:100                                  | 2023-03-14 | true  | 2022-12-20
            2022-12-10:COMPLETED:100                                  | 2023-03-14 | false | ''
            2022-12-10:COMPLETED:100 2023-11-30:COMPLETED:100         | 2023-12-14 | true  | 2023-11-30
            """)
    void aRecurringTaskIsDoneForTheYearOnceCarriedOutInItsWindow(String updates, String asOf, boolean done,
                                                                 String since) {
        TaskState state = TaskState.of(task(true), parse(updates), LocalDate.parse(asOf));
        assertThat(state.category()).isEqualTo(DeadlineCategory.RECURRING);
        assertThat(state.isCompleted()).isEqualTo(done);
        assertThat(state.completedOn()).isEqualTo(since.isEmpty() ? null : LocalDate.parse(since));
    }

    @Test
    void aTaskReportedCompletedTwiceKeepsItsFirstCompletionDate() {
        List<ProgressUpdate> updates = List.of(
                update(1, "2023-06-20", TaskStatus.COMPLETED, 100),
                update(2, "2023-07-15", TaskStatus.COMPLETED, 100));
        TaskState state = TaskState.of(task(false), updates, LocalDate.of(2023, 8, 1));
        assertThat(state.completedOn()).isEqualTo(LocalDate.of(2023, 6, 20));
        assertThat(state.category()).isEqualTo(DeadlineCategory.COMPLETED_ON_TIME);
        assertThat(state.lastUpdate()).isEqualTo(LocalDate.of(2023, 7, 15));
    }

    @Test
    void ofTwoUpdatesOnOneDayTheOneEnteredLastCounts() {
        ProgressUpdate first = update(1, "2023-05-01", TaskStatus.COMPLETED, 100);
        ProgressUpdate second = new ProgressUpdate(2, 1, LocalDate.of(2023, 5, 1), TaskStatus.IN_PROGRESS, 90,
                "Chưa ban hành", null, "Chuyên viên", first.enteredAt().plusSeconds(60), null);
        TaskState state = TaskState.of(task(false), List.of(second, first), LocalDate.of(2023, 5, 2));
        assertThat(state.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(state.percent()).isEqualTo(90);
    }

    @Test
    void aCorrectionReplacesTheUpdateItSupersedes() {
        ProgressUpdate wrong = update(1, "2023-05-01", TaskStatus.COMPLETED, 100);
        ProgressUpdate correction = new ProgressUpdate(2, 1, LocalDate.of(2023, 7, 10), TaskStatus.COMPLETED, 100,
                "Ngày hoàn thành đúng là 10/7", "45/QĐ-UBND", "Chuyên viên", Instant.parse("2023-07-11T03:00:00Z"), 1L);
        List<ProgressUpdate> updates = List.of(wrong, correction);
        assertThat(TaskState.of(task(false), updates, LocalDate.of(2023, 8, 1)).category())
                .isEqualTo(DeadlineCategory.COMPLETED_LATE);
        // Before the correction was dated, the history reads as it was then.
        assertThat(TaskState.of(task(false), updates, LocalDate.of(2023, 6, 1)).category())
                .isEqualTo(DeadlineCategory.COMPLETED_ON_TIME);
    }

    @Test
    void aWithdrawnUpdateCountsForNothingAndNeitherDoesItsWithdrawal() {
        ProgressUpdate slip = update(1, "2023-05-01", TaskStatus.COMPLETED, 100);
        ProgressUpdate earlier = update(2, "2023-04-01", TaskStatus.IN_PROGRESS, 40);
        ProgressUpdate withdrawal = new ProgressUpdate(3, 1, slip.asOf(), slip.status(), slip.percent(), null, null,
                "Chuyên viên", slip.enteredAt().plusSeconds(30), slip.id(), true);
        TaskState state = TaskState.of(task(false), List.of(earlier, slip, withdrawal), LocalDate.of(2023, 6, 1));
        assertThat(state.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(state.percent()).isEqualTo(40);
        assertThat(state.category()).isEqualTo(DeadlineCategory.IN_PROGRESS);
    }

    @Test
    void daysOverdueCountFromTheDayAfterTheDueDate() {
        assertThat(TaskState.of(task(false), List.of(), LocalDate.of(2023, 7, 10)).daysOverdue()).isEqualTo(10);
        assertThat(TaskState.of(task(false), List.of(), DUE).daysOverdue()).isZero();
    }

    private static List<ProgressUpdate> parse(String spec) {
        List<ProgressUpdate> updates = new ArrayList<>();
        long id = 0;
        for (String part : spec.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] f = part.split(":");
            updates.add(update(++id, f[0], TaskStatus.valueOf(f[1]), Integer.parseInt(f[2])));
        }
        return updates;
    }
}

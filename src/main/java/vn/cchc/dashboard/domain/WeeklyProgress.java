package vn.cchc.dashboard.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * One week of the "are we on track" line: tasks completed by the week's last day against the tasks the
 * plan expected done by then (those due on or before it). Recurring tasks are left out of both.
 *
 * @param completed null for weeks after the as-of date, which have no actual figure yet
 */
public record WeeklyProgress(LocalDate weekEnd, Integer completed, int expected) {

    /** Every week of the plan's year, ending on Sundays, the last one on 31/12. */
    public static List<WeeklyProgress> of(PlanSnapshot snapshot, LocalDate asOf) {
        int year = snapshot.plan().year();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        List<Task> dated = snapshot.tasks().stream().filter(t -> !t.recurring() && !t.hasNoFixedDeadline()).toList();
        List<WeeklyProgress> weeks = new ArrayList<>();
        LocalDate weekEnd = LocalDate.of(year, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        while (true) {
            LocalDate day = weekEnd.isAfter(yearEnd) ? yearEnd : weekEnd;
            LocalDate cutoff = day;
            int expected = (int) dated.stream().filter(t -> !t.dueDate().isAfter(cutoff)).count();
            Integer completed = day.isAfter(asOf) ? null : completedBy(snapshot, day);
            weeks.add(new WeeklyProgress(day, completed, expected));
            if (!day.isBefore(yearEnd)) {
                return weeks;
            }
            weekEnd = weekEnd.plusWeeks(1);
        }
    }

    private static int completedBy(PlanSnapshot snapshot, LocalDate day) {
        return (int) snapshot.states(day).stream()
                .filter(s -> !s.task().recurring() && s.isCompleted())
                .count();
    }
}

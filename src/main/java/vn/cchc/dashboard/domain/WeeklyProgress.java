package vn.cchc.dashboard.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * One point of the "are we on track" line: the tasks completed by that day, counted exactly as the headline
 * counts them ({@link ProgressCount#completed()}: recurring tasks whose work was carried out included), against the
 * tasks the plan expected done by then (those due on or before it; a recurring task is due at its year's end, a task
 * with no fixed deadline never). One point a week, on Sundays, the last on 31/12, plus one on the as-of day itself:
 * the line's last figure is the headline's figure on the headline's day, never last Sunday's.
 *
 * @param completed null for days after the as-of date, which have no actual figure yet
 */
public record WeeklyProgress(LocalDate weekEnd, Integer completed, int expected) {

    /**
     * Every week of the plan's year, ending on Sundays, the last one on 31/12, and the as-of day when it falls inside
     * a week. An as-of day after the year's end is drawn on 31/12 with the as-of day's figure.
     */
    public static List<WeeklyProgress> of(PlanSnapshot snapshot, LocalDate asOf) {
        int year = snapshot.plan().year();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        // The due days of the tasks with a fixed deadline, in order: each week's expected figure is a binary search
        // instead of a pass over every task (53 passes over 10^5 tasks were a fifth of a recompute on the stress store).
        long[] dueDays = snapshot.tasks().stream().filter(t -> !t.hasNoFixedDeadline())
                .mapToLong(t -> t.dueDate().toEpochDay()).sorted().toArray();
        List<WeeklyProgress> weeks = new ArrayList<>();
        LocalDate weekEnd = LocalDate.of(year, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        boolean asOfInYear = asOf.getYear() == year;
        while (true) {
            LocalDate day = weekEnd.isAfter(yearEnd) ? yearEnd : weekEnd;
            LocalDate previous = weekEnd.minusWeeks(1);
            if (asOfInYear && asOf.isAfter(previous) && asOf.isBefore(day)) {
                weeks.add(point(snapshot, dueDays, asOf, asOf));
            }
            weeks.add(day.isAfter(asOf) ? new WeeklyProgress(day, null, expectedBy(dueDays, day))
                    : point(snapshot, dueDays, day, day.equals(yearEnd) && asOf.isAfter(yearEnd) ? asOf : day));
            if (!day.isBefore(yearEnd)) {
                return weeks;
            }
            weekEnd = weekEnd.plusWeeks(1);
        }
    }

    /** The point drawn on {@code day}, with the tasks completed by {@code countedOn}. */
    private static WeeklyProgress point(PlanSnapshot snapshot, long[] dueDays, LocalDate day, LocalDate countedOn) {
        return new WeeklyProgress(day, snapshot.count(countedOn).completed(), expectedBy(dueDays, day));
    }

    /** How many of {@code dueDays} (in order) are on or before {@code day}. */
    private static int expectedBy(long[] dueDays, LocalDate day) {
        long last = day.toEpochDay();
        int low = 0;
        int high = dueDays.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (dueDays[mid] > last) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}

package vn.cchc.dashboard.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan's completion rate through its year, one point a week, for comparing one year with the next at the
 * same day of the year.
 */
public record CompletionCurve(int year, List<Point> points) {

    /** Completed ÷ planned in percent on {@code date}, the {@code dayOfYear}-th day of its year. */
    public record Point(LocalDate date, int dayOfYear, BigDecimal percent) {
    }

    public CompletionCurve {
        points = List.copyOf(points);
    }

    /** Weekly points from 7/1 to {@code until} (or the year's end), the last one exactly on {@code until}. */
    public static CompletionCurve of(PlanSnapshot snapshot, LocalDate until) {
        int year = snapshot.plan().year();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate last = until.isAfter(yearEnd) ? yearEnd : until;
        List<Point> points = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 7); day.isBefore(last); day = day.plusWeeks(1)) {
            points.add(point(snapshot, day));
        }
        if (!last.isBefore(LocalDate.of(year, 1, 1))) {
            points.add(point(snapshot, last));
        }
        return new CompletionCurve(year, points);
    }

    private static Point point(PlanSnapshot snapshot, LocalDate day) {
        return new Point(day, day.getDayOfYear(), snapshot.count(day).percent());
    }
}

package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The period a report's "phương hướng, nhiệm vụ kỳ tới" speaks of. After quý I comes quý II (to 14/6); after
 * six months, the last six months of the year; after nine months, quý IV; after the year, the next year. A
 * report as of any other day looks to the next official cut-off.
 *
 * @param span which stretch of the year it is
 * @param year the year it belongs to (the next year after an annual report)
 * @param end  its official cut-off
 */
public record NextPeriod(Span span, int year, LocalDate end) {

    /** The stretches a next period can be; each has its wording in the bundles ({@code period.next.*}). */
    public enum Span { Q1, Q2, Q3, Q4, H2, YEAR }

    private static final MonthDay YEAR_CUTOFF = MonthDay.of(12, 14);

    /** What comes after {@code period}. */
    public static NextPeriod after(ReportPeriod period) {
        int year = period.year();
        return switch (period.kind()) {
            case Q1 -> new NextPeriod(Span.Q2, year, MonthDay.of(6, 14).atYear(year));
            case H1 -> new NextPeriod(Span.H2, year, YEAR_CUTOFF.atYear(year));
            case M9 -> new NextPeriod(Span.Q4, year, YEAR_CUTOFF.atYear(year));
            case YEAR -> new NextPeriod(Span.YEAR, year + 1, YEAR_CUTOFF.atYear(year + 1));
        };
    }

    /** What comes after a report as of {@code day}: the quarter ending at the next official cut-off. */
    public static NextPeriod after(LocalDate day) {
        LocalDate cutoff = ReportingCutoffs.next(day);
        Span span = Span.values()[(cutoff.getMonthValue() - 1) / 3];
        return new NextPeriod(span, cutoff.getYear(), cutoff);
    }

    /** The official period of a report, else its day: the one rule every "kỳ tới" uses. */
    public static NextPeriod after(ReportPeriod period, LocalDate day) {
        return period != null ? after(period) : after(day);
    }

    /**
     * The last due date of {@code planYear}'s tasks to list for this period. A period reaching the year's cut-off
     * takes the tasks due until 31/12, which no later report of that plan would list; one ending earlier, those
     * due by its end.
     */
    public LocalDate tasksDueUntil(int planYear) {
        LocalDate yearEnd = LocalDate.of(planYear, 12, 31);
        return end.isBefore(YEAR_CUTOFF.atYear(planYear)) ? end : yearEnd;
    }

    /** True when the period lies beyond {@code planYear}: the plan's open tasks carry over, a new plan is due. */
    public boolean beyond(int planYear) {
        return year > planYear;
    }
}

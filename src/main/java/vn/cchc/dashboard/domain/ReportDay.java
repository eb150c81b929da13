package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The day a report's figures are cut off, which is never after today: nobody knows tomorrow's progress, and
 * delays counted to a day that has not come would be invented. A period not yet over is reported up to today
 * and marked as an estimate ("ước thực hiện"), as offices do with reports due before the period ends.
 *
 * @param day      the data date
 * @param estimate true when the period runs past the data date: its figures to the end are estimated
 */
public record ReportDay(LocalDate day, boolean estimate) {

    /**
     * The data date of a report on {@code period} (null for a report on a day alone) as of {@code asOf} (null for
     * the period's cut-off), made on {@code today}; empty when {@code asOf} is after today, which is refused.
     */
    public static Optional<ReportDay> of(ReportPeriod period, LocalDate asOf, LocalDate today) {
        if (period == null && asOf == null) {
            throw new IllegalArgumentException("a report needs a period or an as-of date");
        }
        if (asOf != null && asOf.isAfter(today)) {
            return Optional.empty();
        }
        LocalDate wanted = asOf != null ? asOf : period.end();
        LocalDate day = wanted.isAfter(today) ? today : wanted;
        return Optional.of(new ReportDay(day, period != null && day.isBefore(period.end())));
    }

    /**
     * The month a report is dated in: the month it is due (the 20th of the period's last month), or the data
     * date's when that is later, so that the heading is never dated before its own figures.
     */
    public LocalDate dated(ReportPeriod period) {
        return period != null && !day.isAfter(period.reportDue()) ? period.reportDue() : day;
    }
}

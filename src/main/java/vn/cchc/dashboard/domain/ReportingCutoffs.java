package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The official reporting windows of CCHC reports: figures are cut off on 14/3 (quý I), 14/6 (6 tháng),
 * 14/9 (9 tháng) and 14/12 (năm), each window starting on 15/12 of the year before.
 */
public final class ReportingCutoffs {

    private static final List<MonthDay> CUTOFFS = List.of(
            MonthDay.of(3, 14), MonthDay.of(6, 14), MonthDay.of(9, 14), MonthDay.of(12, 14));

    private ReportingCutoffs() {
    }

    /** The latest cut-off strictly before {@code day}: what "since the last report" compares against. */
    public static LocalDate previous(LocalDate day) {
        for (int i = CUTOFFS.size() - 1; i >= 0; i--) {
            LocalDate cutoff = CUTOFFS.get(i).atYear(day.getYear());
            if (cutoff.isBefore(day)) {
                return cutoff;
            }
        }
        return CUTOFFS.get(CUTOFFS.size() - 1).atYear(day.getYear() - 1);
    }

    /**
     * The day figures on {@code asOf} are compared with: the one the user chose, else the previous official cut-off.
     * The overview and the lagging list both ask here, so their "since" is the same day.
     */
    public static LocalDate comparison(LocalDate asOf, LocalDate chosen) {
        return chosen != null ? chosen : previous(asOf);
    }

    /** The first cut-off strictly after {@code day}: the end of the next reporting period. */
    public static LocalDate next(LocalDate day) {
        for (MonthDay cutoff : CUTOFFS) {
            LocalDate date = cutoff.atYear(day.getYear());
            if (date.isAfter(day)) {
                return date;
            }
        }
        return CUTOFFS.get(0).atYear(day.getYear() + 1);
    }
}

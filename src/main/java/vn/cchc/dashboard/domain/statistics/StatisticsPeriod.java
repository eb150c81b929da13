package vn.cchc.dashboard.domain.statistics;

import java.time.LocalDate;
import vn.cchc.dashboard.domain.ReportPeriod;

/** Which period a unit's figures are asked for when nobody says: one rule, used by the forms, the CLI and the window. */
public final class StatisticsPeriod {

    private StatisticsPeriod() {
    }

    /**
     * The first reporting period of {@code planYear} whose window has not closed on {@code day} (on 10/5/2026 the
     * plan of 2026 asks for 6 tháng 2026; on 20/6/2026 for 9 tháng), and the year itself once every window has closed.
     */
    public static ReportPeriod containing(int planYear, LocalDate day) {
        return ReportPeriod.of(planYear).stream().filter(p -> !p.end().isBefore(day)).findFirst()
                .orElse(new ReportPeriod(planYear, ReportPeriod.Kind.YEAR));
    }
}

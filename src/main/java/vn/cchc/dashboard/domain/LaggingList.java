package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The lagging ranking on one day, with the indicator period it weighed (null when no indicator had been
 * reported by then, so the list rests on tasks alone — and says so).
 */
public record LaggingList(LocalDate asOf, ReportPeriod indicatorPeriod, List<LaggingUnit> units) {

    public LaggingList {
        units = List.copyOf(units);
    }

    /** The ranking under the same evidence rules on another day (e.g. the comparison date). */
    public static LaggingList of(PlanSnapshot plan, List<Unit> allUnits, IndicatorBook indicators, LocalDate asOf,
                                 boolean rolledUp, LaggingPolicy policy, int staleDays) {
        ReportPeriod period = indicators.latestReportedBy(asOf).orElse(null);
        LaggingEvidence evidence = new LaggingEvidence(plan, allUnits, indicators, period, rolledUp);
        return new LaggingList(asOf, period, LaggingRanking.rank(evidence, asOf, policy, staleDays));
    }
}

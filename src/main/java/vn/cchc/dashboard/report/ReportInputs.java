package vn.cchc.dashboard.report;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.LaggingList;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.national.ProvinceStandings;
import vn.cchc.dashboard.domain.statistics.StatisticsDigest;
import vn.cchc.dashboard.domain.unitindex.UnitStanding;

/**
 * Everything a report is made of, read from the store beforehand: composing it is then a pure function.
 *
 * @param overview   the plan on the as-of date, compared with the previous official cut-off
 * @param lagging    the lagging ranking on the as-of date, units as they were then
 * @param indicators every indicator, target and figure
 * @param period     the official period reported on, or null for a report "as of" any other day
 * @param estimate   true when the period is not over on the as-of date: its figures are "ước thực hiện"
 * @param parts      the parts to include
 * @param national   the province in the PAR INDEX and SIPAS results the report states (those announced in the
 *                   report's year), as far as they were imported; null when the report states none (a quarter)
 * @param statistics the province's figures from the units' statistics for {@code period}, beside the year before's;
 *                   null when the report states none (a report "as of" a day, or a year without a statistics table)
 * @param unitIndex  each unit's standing in the province's own reform index (the newest year fully scored), cited
 *                   beside a lagging unit; empty when there is none
 */
public record ReportInputs(Overview overview, LaggingList lagging, IndicatorBook indicators, ReportPeriod period,
                           boolean estimate, ReportSettings settings, Set<ReportPart> parts, ProvinceStandings national,
                           StatisticsDigest statistics, Map<Long, UnitStanding> unitIndex) {

    /** A report that cites no unit's reform index. */
    public ReportInputs(Overview overview, LaggingList lagging, IndicatorBook indicators, ReportPeriod period,
                        boolean estimate, ReportSettings settings, Set<ReportPart> parts, ProvinceStandings national,
                        StatisticsDigest statistics) {
        this(overview, lagging, indicators, period, estimate, settings, parts, national, statistics, Map.of());
    }

    /** A report that states no national results and no statistics. */
    public ReportInputs(Overview overview, LaggingList lagging, IndicatorBook indicators, ReportPeriod period,
                        boolean estimate, ReportSettings settings, Set<ReportPart> parts) {
        this(overview, lagging, indicators, period, estimate, settings, parts, null, null);
    }

    public ReportInputs {
        Objects.requireNonNull(overview, "overview");
        Objects.requireNonNull(lagging, "lagging");
        indicators = indicators == null ? IndicatorBook.empty() : indicators;
        Objects.requireNonNull(settings, "settings");
        parts = parts.isEmpty() ? EnumSet.noneOf(ReportPart.class) : EnumSet.copyOf(parts);
        unitIndex = unitIndex == null ? Map.of() : Map.copyOf(unitIndex);
    }

    public boolean includes(ReportPart part) {
        return parts.contains(part);
    }
}

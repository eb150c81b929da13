package vn.cchc.dashboard.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the lagging ranking weighs: a plan's tasks, the units' indicators for one period, and whether merged
 * units are shown as they were or rolled into their successors.
 *
 * @param units            every unit known (successors and units without tasks included)
 * @param indicatorPeriod  the period whose indicator figures count, or null to weigh tasks only
 * @param rolledUp         true to show a merged unit's evidence under its successor (today's view)
 */
public record LaggingEvidence(PlanSnapshot plan, List<Unit> units, IndicatorBook indicators,
                              ReportPeriod indicatorPeriod, boolean rolledUp) {

    public LaggingEvidence {
        Objects.requireNonNull(plan, "plan");
        List<Unit> all = new ArrayList<>(units);
        plan.units().stream().filter(u -> all.stream().noneMatch(k -> k.id() == u.id())).forEach(all::add);
        units = List.copyOf(all);
        indicators = indicators == null ? IndicatorBook.empty() : indicators;
    }

    /** The plan's tasks alone, each unit as it was. */
    public static LaggingEvidence tasksOnly(PlanSnapshot plan) {
        return new LaggingEvidence(plan, plan.units(), IndicatorBook.empty(), null, false);
    }

    public UnitGrouping grouping() {
        return rolledUp ? UnitGrouping.rolledIntoSuccessors(units) : UnitGrouping.asTheyWere(units);
    }
}

package vn.cchc.dashboard.chart;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.cchc.dashboard.domain.CompletionCurve;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.domain.WeeklyProgress;

/**
 * Everything the charts draw, computed beforehand by the domain: the charts only format and draw.
 *
 * @param summary  the plan on the as-of date; its {@code asOf} is the date printed in every footer
 * @param weekly   the plan's weeks, actual figures up to the as-of date
 * @param current  this plan's completion curve up to the as-of date
 * @param previous the previous year's plan's curve up to the same day of its year; null when there is no such plan
 * @param source   where the figures come from, printed in the footer (e.g. the plan's title)
 * @param verdicts each lead unit's verdict (the unit chart marks the lagging ones); empty when unknown, and the chart
 *                 then marks the units below the plan's overall rate instead, and says so
 */
public record ChartInput(PlanSummary summary, List<WeeklyProgress> weekly, CompletionCurve current,
                         CompletionCurve previous, String source, Map<Long, LaggingUnit.Verdict> verdicts) {

    public ChartInput(PlanSummary summary, List<WeeklyProgress> weekly, CompletionCurve current,
                      CompletionCurve previous, String source) {
        this(summary, weekly, current, previous, source, Map.of());
    }

    public ChartInput {
        verdicts = Map.copyOf(verdicts);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(current, "current");
        weekly = List.copyOf(weekly);
        source = source == null || source.isBlank() ? summary.plan().title() : source.strip();
    }

    /** The charts of an overview, with the plan's title as their source. */
    public static ChartInput of(Overview overview) {
        return new ChartInput(overview.summary(), overview.weekly(), overview.current(), overview.previous(),
                overview.summary().plan().title(), overview.unitVerdicts());
    }
}

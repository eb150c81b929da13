package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything the overview shows for one plan, as-of date and comparison date, computed in one pass off the
 * FX thread: the summary, the tiles with their change since {@code comparison}, each task's state (for the
 * drill-down) and the series of the charts.
 *
 * @param previous     the completion curve of the previous year's plan up to the same day; null without one
 * @param unitVerdicts each lead unit's verdict on the day (lagging, on track, nothing due yet) as the lagging list
 *                     gives it, so that a chart marks as lagging exactly the units the list and the report name;
 *                     empty when the overview was worked out without a lagging policy
 */
public record Overview(PlanSnapshot snapshot, PlanSummary summary, LocalDate comparison, int staleDays,
                       List<KpiFigure> kpis, List<TaskState> states, List<WeeklyProgress> weekly,
                       CompletionCurve current, CompletionCurve previous, Map<Long, LaggingUnit.Verdict> unitVerdicts) {

    public Overview {
        kpis = List.copyOf(kpis);
        states = List.copyOf(states);
        weekly = List.copyOf(weekly);
        unitVerdicts = Map.copyOf(unitVerdicts);
    }

    /**
     * @param previousPlan last year's plan, or null; its curve is read up to the same day of its own year
     */
    public static Overview of(PlanSnapshot snapshot, PlanSnapshot previousPlan, LocalDate asOf, LocalDate comparison,
                              int staleDays) {
        CompletionCurve previous = null;
        if (previousPlan != null) {
            int yearsBack = snapshot.plan().year() - previousPlan.plan().year();
            previous = CompletionCurve.of(previousPlan, asOf.minusYears(yearsBack));
        }
        List<TaskState> states = snapshot.states(asOf);
        return new Overview(snapshot, snapshot.summarize(states, asOf), comparison, staleDays,
                KpiFigure.of(states, snapshot.states(comparison), staleDays), states,
                WeeklyProgress.of(snapshot, asOf), CompletionCurve.of(snapshot, asOf), previous, Map.of());
    }

    /** The same overview with each unit's verdict from {@code lagging}, worked out on the same day. */
    public Overview withVerdicts(LaggingList lagging) {
        Map<Long, LaggingUnit.Verdict> verdicts = lagging.units().stream()
                .collect(Collectors.toMap(u -> u.unit().id(), LaggingUnit::verdict, (a, b) -> a));
        return new Overview(snapshot, summary, comparison, staleDays, kpis, states, weekly, current, previous, verdicts);
    }

    /** The tasks of one tile, in plan order. */
    public List<TaskState> select(TaskSelection selection) {
        return states.stream().filter(s -> selection.includes(s, staleDays)).toList();
    }
}

package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the overview shows for one plan, as-of date and comparison date, computed in one pass off the
 * FX thread: the summary, the tiles with their change since {@code comparison}, each task's state (for the
 * drill-down) and the series of the charts.
 *
 * @param previous the completion curve of the previous year's plan up to the same day; null without one
 */
public record Overview(PlanSnapshot snapshot, PlanSummary summary, LocalDate comparison, int staleDays,
                       List<KpiFigure> kpis, List<TaskState> states, List<WeeklyProgress> weekly,
                       CompletionCurve current, CompletionCurve previous) {

    public Overview {
        kpis = List.copyOf(kpis);
        states = List.copyOf(states);
        weekly = List.copyOf(weekly);
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
                WeeklyProgress.of(snapshot, asOf), CompletionCurve.of(snapshot, asOf), previous);
    }

    /** The tasks of one tile, in plan order. */
    public List<TaskState> select(TaskSelection selection) {
        return states.stream().filter(s -> selection.includes(s, staleDays)).toList();
    }
}

package vn.cchc.dashboard.chart;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.PlanService;
import vn.cchc.dashboard.domain.CompletionCurve;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.WeeklyProgress;
import vn.cchc.dashboard.testing.TestClock;

/** Chart input from the real sample province (2026 against 2025), and from a plan without tasks. */
final class SampleCharts {

    private SampleCharts() {
    }

    /** The 2026 plan on {@link TestClock#TODAY} with the 2025 plan for comparison. */
    static ChartInput sample(Path dataFolder) {
        try (AppContext context = AppContext.open(dataFolder, TestClock.today(), true)) {
            PlanService plans = context.plans();
            PlanSnapshot current = plans.snapshot(plans.planFor(2026));
            PlanSnapshot previous = plans.snapshot(plans.planFor(2025));
            LocalDate asOf = TestClock.TODAY;
            return new ChartInput(current.summarize(asOf), WeeklyProgress.of(current, asOf),
                    CompletionCurve.of(current, asOf), CompletionCurve.of(previous, asOf.minusYears(1)),
                    current.plan().title());
        }
    }

    /** {@code snapshot}'s plan on {@code asOf}, without a previous year. */
    static ChartInput of(PlanSnapshot snapshot, LocalDate asOf) {
        return new ChartInput(snapshot.summarize(asOf), WeeklyProgress.of(snapshot, asOf),
                CompletionCurve.of(snapshot, asOf), null, snapshot.plan().title());
    }

    /** The sample's 2026 plan emptied of tasks: a plan just created, before its task list is imported. */
    static ChartInput emptyPlan(Path dataFolder) {
        try (AppContext context = AppContext.open(dataFolder, TestClock.today(), true)) {
            PlanSnapshot full = context.plans().snapshot(context.plans().planFor(2026));
            PlanSnapshot empty = new PlanSnapshot(full.plan(), full.areas(), List.of(), List.of(), List.of());
            return of(empty, TestClock.TODAY);
        }
    }
}

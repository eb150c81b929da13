package vn.cchc.dashboard.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.dashboard.app.PlanService;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.Store;

/**
 * The store queries behind the overview and the units screen, on any {@link Database}: the embedded H2 file
 * or a shared PostgreSQL server (the same calls, another database). The app keeps the last snapshot of each plan
 * while the plan is unchanged, so the summary is timed both ways: as the window meets it on every change of the
 * as-of date, and cold, on the first read.
 */
final class QueryBench {

    private final Database database;
    private final Clock clock;
    private final PlanService plans;
    private final String store;
    private final LaggingPolicy policy;
    private final int staleDays;

    QueryBench(Database database, String store, LaggingPolicy policy, int staleDays) {
        this.database = database;
        this.clock = Clock.fixed(StoreGenerator.DATA_DATE.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        this.plans = new PlanService(new Store(database), clock);
        this.store = store;
        this.policy = policy;
        this.staleDays = staleDays;
    }

    /** The summary, the lagging ranking and the as-of recompute of this year's plan, each on changing days. */
    List<Sample> run(Effort effort) {
        List<Sample> samples = new ArrayList<>();
        samples.add(Timer.time("summary", "summary (headline, categories, areas, units) for an as-of date", store,
                effort.warmups(), effort.runs(), this::summary));
        samples.add(Timer.time("summary-cold", "summary on a first read of the plan (after start-up, or after any"
                + " change to it): nothing cached", store, effort.warmups(), effort.runs(), this::coldSummary));
        samples.add(Timer.time("lagging", "lagging ranking for an as-of date (rolled up, indicators included)", store,
                effort.warmups(), effort.runs(), this::lagging));
        samples.add(Timer.time("recompute", "overview recompute when the as-of date changes (what the window runs)",
                store, effort.warmups(), effort.runs(), this::recompute));
        return samples;
    }

    /** The work behind figure {@code id}, to run again under the profiler. */
    Timer.Work work(String id) {
        int[] run = {0};
        Timer.Setup setup = switch (id) {
            case "summary" -> this::summary;
            case "summary-cold" -> this::coldSummary;
            case "lagging" -> this::lagging;
            default -> this::recompute;
        };
        return () -> setup.prepare(run[0]++).run();
    }

    private Timer.Work summary(int run) {
        Plan plan = plans.planFor(null);
        return () -> plans.summary(plan, day(plan, run));
    }

    /** A store of its own for each run: its snapshot cache is empty, as after start-up or a change. */
    private Timer.Work coldSummary(int run) {
        Plan plan = plans.planFor(null);
        PlanService fresh = new PlanService(new Store(database), clock);
        return () -> fresh.summary(plan, day(plan, run));
    }

    private Timer.Work lagging(int run) {
        Plan plan = plans.planFor(null);
        return () -> plans.lagging(plan, day(plan, run), policy, staleDays, true);
    }

    private Timer.Work recompute(int run) {
        Plan plan = plans.planFor(null);
        return () -> plans.overview(plan, day(plan, run), null, staleDays);
    }

    /** Twelve as-of days through the plan's year: month ends and the official cut-offs. */
    private static List<LocalDate> days(int year) {
        List<LocalDate> days = new ArrayList<>();
        for (int month = 1; month <= 11; month++) {
            days.add(LocalDate.of(year, month, 1).plusMonths(1).minusDays(1));
        }
        days.add(StoreGenerator.DATA_DATE.withYear(year));
        return days;
    }

    private static LocalDate day(Plan plan, int run) {
        List<LocalDate> days = days(plan.year());
        return days.get(Math.floorMod(run * 7, days.size()));
    }
}

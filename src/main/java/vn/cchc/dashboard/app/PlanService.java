package vn.cchc.dashboard.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.LaggingList;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanChoice;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.domain.ReportingCutoffs;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.store.Store;

/** What the window and the command line ask about plans. Blocking: call it off the FX thread. */
public final class PlanService {

    private final Store store;
    private final Clock clock;

    public PlanService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** All plans, the newest year first. */
    public List<Plan> plans() {
        return store.allPlans();
    }

    /** The plan to show first: this year's, else the newest; unarchived plans before archived ones. */
    public static Optional<Plan> preferred(List<Plan> plans, int currentYear) {
        return PlanChoice.preferred(plans, currentYear);
    }

    /** The plan {@code choice} means, the plans it could mean, or none: see {@link PlanChoice}. */
    public PlanChoice.Outcome choose(PlanChoice choice) {
        return choice.among(plans(), today().getYear());
    }

    /**
     * The plan for {@code year}, or this year's (else the newest) when {@code year} is null. Where that year has
     * current plans of several kinds (the provinces' and the ministries'), refused with their titles: a caller that
     * can offer the choice asks {@link #choose(PlanChoice)} instead.
     */
    public Plan planFor(Integer year) {
        PlanChoice.Outcome outcome = choose(new PlanChoice(year, null, null));
        if (outcome instanceof PlanChoice.Chosen chosen) {
            return chosen.plan();
        }
        if (outcome instanceof PlanChoice.Ambiguous ambiguous) {
            throw AppException.invalidInput("error.plan.ambiguous", String.valueOf(ambiguous.year()),
                    ambiguous.choices().stream().map(p -> "«" + p.title() + "»").collect(Collectors.joining(", ")));
        }
        throw year == null ? AppException.invalidInput("error.plan.none")
                : AppException.invalidInput("error.plan.noneForYear", String.valueOf(year));
    }

    /**
     * Reads the plan the overview opens on, and the year before it, into the store's snapshot cache, with today's
     * task states worked out once: started at start-up while the window is being built, so that the overview's
     * first figures need no database read. Without plans there is nothing to read.
     */
    public void warmUp() {
        List<Plan> all = plans();
        preferred(all, today().getYear()).ifPresent(plan -> {
            snapshot(plan).states(today());
            yearBefore(all, plan).ifPresent(previous -> snapshot(previous).states(today()));
        });
    }

    public PlanSnapshot snapshot(Plan plan) {
        return store.snapshot(plan.id())
                .orElseThrow(() -> AppException.invalidInput("error.plan.gone", plan.title()));
    }

    public PlanSummary summary(Plan plan, LocalDate asOf) {
        return snapshot(plan).summarize(asOf);
    }

    /**
     * The plan's units ranked by how far behind they are on {@code asOf}, on their tasks and on the indicator
     * figures of the latest period reported by then, under {@code policy}.
     *
     * @param rolledUp true to show merged units under their successors (today's view), false as they were
     */
    public LaggingList lagging(Plan plan, LocalDate asOf, LaggingPolicy policy, int staleDays, boolean rolledUp) {
        return lagging(plan, List.of(asOf), policy, staleDays, rolledUp).get(0);
    }

    /** As {@link #lagging(Plan, LocalDate, LaggingPolicy, int, boolean)} on each of {@code days}, from one read. */
    public List<LaggingList> lagging(Plan plan, List<LocalDate> days, LaggingPolicy policy, int staleDays,
                                     boolean rolledUp) {
        return store.database().inTransaction(c -> {
            PlanSnapshot snapshot = store.snapshot(c, plan.id())
                    .orElseThrow(() -> AppException.invalidInput("error.plan.gone", plan.title()));
            List<Unit> units = store.units().findAll(c);
            IndicatorBook book = store.indicators().book(c);
            return days.stream().map(day -> LaggingList.of(snapshot, units, book, day, rolledUp, policy, staleDays))
                    .toList();
        });
    }

    /**
     * The overview of {@code plan} on {@code asOf}, compared with {@code comparison} (null: the previous
     * official cut-off) and with the previous year's plan where there is one.
     */
    public Overview overview(Plan plan, LocalDate asOf, LocalDate comparison, int staleDays) {
        List<Plan> all = plans();
        PlanSnapshot previous = yearBefore(all, plan).map(this::snapshot).orElse(null);
        LocalDate since = ReportingCutoffs.comparison(asOf, comparison);
        return Overview.of(snapshot(plan), previous, asOf, since, staleDays);
    }

    /**
     * As {@link #overview(Plan, LocalDate, LocalDate, int)}, with each lead unit's verdict under {@code policy} (units
     * as they were on the day), so that the unit chart marks as lagging the units the lagging list names.
     */
    public Overview overview(Plan plan, LocalDate asOf, LocalDate comparison, int staleDays, LaggingPolicy policy) {
        return overview(plan, asOf, comparison, staleDays).withVerdicts(lagging(plan, asOf, policy, staleDays, false));
    }

    /**
     * The plan the overview compares {@code plan} with: the preferred one of the year before, of the same kind (the
     * ministries' plan with last year's ministries' plan), sample or not alike.
     */
    private static Optional<Plan> yearBefore(List<Plan> all, Plan plan) {
        return preferred(all.stream().filter(p -> p.year() == plan.year() - 1 && p.kind() == plan.kind()
                && p.sample() == plan.sample()).toList(), plan.year() - 1);
    }
}

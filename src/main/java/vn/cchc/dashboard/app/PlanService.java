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
    private final PreparedResults prepared;
    /** The key of the plans list among the prepared results. */
    private static final Object PLANS = "plans";

    public PlanService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.prepared = new PreparedResults(store.database());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** All plans, the newest year first. */
    public List<Plan> plans() {
        return prepared.get(PLANS, store::allPlans);
    }

    /** {@link #plans()} as {@link #warmUp} read them, while nothing changed since: no database read, for the FX thread. */
    public Optional<List<Plan>> preparedPlans() {
        return prepared.ready(PLANS);
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
     * Reads the plans, and the plan the overview opens on and the year before it, and works out the overview and
     * the lagging list the window asks for first (today, the settings' rules): started at start-up on a thread of
     * its own while the toolkit shows the window, so that the overview's first figures are in the dashboard's first
     * layout, with no read, computation or second layout after it. Without plans there is nothing to read.
     *
     * @param rolledUp whether Đơn vị shows merged units under their successors (the lagging digest follows it)
     */
    public void warmUp(int staleDays, LaggingPolicy policy, boolean rolledUp) {
        List<Plan> all = prepared.prepare(PLANS, store::allPlans);
        LocalDate today = today();
        preferred(all, today.getYear()).ifPresent(plan -> {
            PreparedResults.Batch batch = prepared.begin();
            // One read for the overview's verdicts and the digest's list: they differ only in merged units.
            LaggingInputs inputs = laggingInputs(plan);
            LaggingList asTheyWere = inputs.list(today, policy, staleDays, false);
            batch.keep(new LaggingRequest(plan, today, policy, staleDays, false), asTheyWere);
            batch.keep(new OverviewRequest(plan, today, null, staleDays, policy),
                    overview(plan, today, null, staleDays).withVerdicts(asTheyWere));
            if (rolledUp) {
                batch.keep(new LaggingRequest(plan, today, policy, staleDays, true),
                        inputs.list(today, policy, staleDays, true));
            }
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
        return prepared.get(new LaggingRequest(plan, asOf, policy, staleDays, rolledUp),
                () -> lagging(plan, List.of(asOf), policy, staleDays, rolledUp).get(0));
    }

    /** The lagging list {@link #warmUp} worked out for these arguments, while nothing changed since: for the FX thread. */
    public Optional<LaggingList> preparedLagging(Plan plan, LocalDate asOf, LaggingPolicy policy, int staleDays,
                                                 boolean rolledUp) {
        return prepared.ready(new LaggingRequest(plan, asOf, policy, staleDays, rolledUp));
    }

    /** As {@link #lagging(Plan, LocalDate, LaggingPolicy, int, boolean)} on each of {@code days}, from one read. */
    public List<LaggingList> lagging(Plan plan, List<LocalDate> days, LaggingPolicy policy, int staleDays,
                                     boolean rolledUp) {
        LaggingInputs inputs = laggingInputs(plan);
        return days.stream().map(day -> inputs.list(day, policy, staleDays, rolledUp)).toList();
    }

    /** What a lagging list is worked out from, read in one transaction. */
    private LaggingInputs laggingInputs(Plan plan) {
        return store.database().inTransaction(c -> new LaggingInputs(store.snapshot(c, plan.id())
                .orElseThrow(() -> AppException.invalidInput("error.plan.gone", plan.title())),
                store.units().findAll(c), store.indicators().book(c)));
    }

    private record LaggingInputs(PlanSnapshot snapshot, List<Unit> units, IndicatorBook book) {

        LaggingList list(LocalDate day, LaggingPolicy policy, int staleDays, boolean rolledUp) {
            return LaggingList.of(snapshot, units, book, day, rolledUp, policy, staleDays);
        }
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

    /** The overview {@link #warmUp} worked out for these arguments, while nothing changed since: for the FX thread. */
    public Optional<Overview> preparedOverview(Plan plan, LocalDate asOf, LocalDate comparison, int staleDays,
                                               LaggingPolicy policy) {
        return prepared.ready(new OverviewRequest(plan, asOf, comparison, staleDays, policy));
    }

    /**
     * As {@link #overview(Plan, LocalDate, LocalDate, int)}, with each lead unit's verdict under {@code policy} (units
     * as they were on the day), so that the unit chart marks as lagging the units the lagging list names.
     */
    public Overview overview(Plan plan, LocalDate asOf, LocalDate comparison, int staleDays, LaggingPolicy policy) {
        return prepared.get(new OverviewRequest(plan, asOf, comparison, staleDays, policy),
                () -> overview(plan, asOf, comparison, staleDays)
                        .withVerdicts(lagging(plan, asOf, policy, staleDays, false)));
    }

    /**
     * The plan the overview compares {@code plan} with: the preferred one of the year before, of the same kind (the
     * ministries' plan with last year's ministries' plan), sample or not alike.
     */
    private static Optional<Plan> yearBefore(List<Plan> all, Plan plan) {
        return preferred(all.stream().filter(p -> p.year() == plan.year() - 1 && p.kind() == plan.kind()
                && p.sample() == plan.sample()).toList(), plan.year() - 1);
    }

    /** What the window's first overview is asked with (see {@link #warmUp}). */
    private record OverviewRequest(Plan plan, LocalDate asOf, LocalDate comparison, int staleDays,
                                   LaggingPolicy policy) {
    }

    /** What the window's first lagging list is asked with (see {@link #warmUp}). */
    private record LaggingRequest(Plan plan, LocalDate asOf, LaggingPolicy policy, int staleDays, boolean rolledUp) {
    }
}

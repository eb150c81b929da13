package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything about one plan that the calculations need, read from the store in one go. All questions
 * about a day ("as of 21/6") are answered from it without going back to the database; the store hands the
 * same snapshot out again while the plan is unchanged, so the updates are grouped and ordered per task only once,
 * on the first question.
 */
public final class PlanSnapshot {

    private final Plan plan;
    private final List<ReformArea> areas;
    private final List<Unit> units;
    private final List<Task> tasks;
    private final List<ProgressUpdate> updates;
    /** Built on the first question about a day; immutable, so a second thread building it too does no harm. */
    private volatile Timelines timelines;
    /**
     * The whole plan's count on each day asked so far. The overview's curves ask about the same weekly days of the
     * year for every as-of date the window shows (some 150 days, each every task's state): kept here, a change of the
     * as-of date works out only the days it has not seen. Small entries, one per day asked: a few hundred at most.
     */
    private final Map<LocalDate, ProgressCount> counts = new ConcurrentHashMap<>();

    /**
     * @param areas   the areas of the plan's programme, in any order
     * @param units   every unit the plan's tasks refer to
     * @param tasks   the plan's tasks, in any order
     * @param updates every progress update of the plan's tasks
     */
    public PlanSnapshot(Plan plan, List<ReformArea> areas, List<Unit> units, List<Task> tasks,
                        List<ProgressUpdate> updates) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.areas = areas.stream().sorted(Comparator.comparingInt(ReformArea::order)).toList();
        this.units = List.copyOf(units);
        this.tasks = tasks.stream().sorted(Comparator.comparingInt(Task::sortOrder)).toList();
        this.updates = List.copyOf(updates);
    }

    public Plan plan() {
        return plan;
    }

    /** The areas of the plan's programme, in order. */
    public List<ReformArea> areas() {
        return areas;
    }

    public List<Unit> units() {
        return units;
    }

    /** The plan's tasks, in plan order. */
    public List<Task> tasks() {
        return tasks;
    }

    /**
     * Every update of the plan's tasks. Read by the store without their texts (note and evidence are null): no
     * calculation reads them, and they were a fifth of a large plan's first read. What shows them reads them from the
     * store ({@code ProgressRepository}); an update is never changed, so they are the ones of this snapshot's updates.
     */
    public List<ProgressUpdate> updates() {
        return updates;
    }

    /**
     * The newest update row (by id; 0 for none) of each of {@code taskIds}, as this snapshot saw them: what a
     * progress update is based on, so that one recorded meanwhile by someone else is noticed, not overwritten.
     */
    public Map<Long, Long> latestUpdateIds(List<Long> taskIds) {
        Map<Long, Long> latest = new java.util.HashMap<>();
        for (long taskId : taskIds) {
            latest.put(taskId, 0L);
        }
        for (ProgressUpdate update : updates) {
            latest.computeIfPresent(update.taskId(), (id, seen) -> Math.max(seen, update.id()));
        }
        return Map.copyOf(latest);
    }

    /** The tasks with their updates grouped and ordered, for questions about many days. */
    Timelines timelines() {
        Timelines built = timelines;
        if (built == null) {
            built = Timelines.of(this);
            timelines = built;
        }
        return built;
    }

    /** Each task as it stood on {@code asOf}, in plan order. */
    public List<TaskState> states(LocalDate asOf) {
        return timelines().states(asOf);
    }

    /** How the whole plan stood on {@code day}: {@code ProgressCount.of(states(day))}, worked out once a day. */
    public ProgressCount count(LocalDate day) {
        ProgressCount known = counts.get(day);
        if (known == null) {
            // Not computeIfAbsent: that would hold a lock over the map's bin while every task's state is worked out.
            known = ProgressCount.of(states(day));
            counts.putIfAbsent(day, known);
        }
        return known;
    }

    public PlanSummary summarize(LocalDate asOf) {
        return summarize(states(asOf), asOf);
    }

    /** The summary of {@code states}, this plan's tasks as they stood on {@code asOf}. */
    public PlanSummary summarize(List<TaskState> states, LocalDate asOf) {
        List<AreaProgress> byArea = areas.stream()
                .map(a -> new AreaProgress(a, ProgressCount.of(states.stream()
                        .filter(s -> s.task().areaCode().equals(a.code())).toList())))
                .toList();
        Map<Long, Unit> unitsById = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, List<TaskState>> byLead = states.stream().collect(Collectors.groupingBy(
                s -> s.task().leadUnitId(), LinkedHashMap::new, Collectors.toList()));
        Comparator<String> vietnamese = Text.vietnameseOrder();
        List<UnitProgress> byUnit = byLead.entrySet().stream()
                .map(e -> new UnitProgress(unitsById.get(e.getKey()), ProgressCount.of(e.getValue())))
                .sorted(Comparator.comparing((UnitProgress u) -> u.unit().name(), vietnamese))
                .toList();
        LocalDate dataDate = updates.stream().map(ProgressUpdate::asOf)
                .filter(d -> !d.isAfter(asOf)).max(Comparator.naturalOrder()).orElse(null);
        return new PlanSummary(plan, asOf, ProgressCount.of(states), byArea, byUnit, dataDate);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanSnapshot that && plan.equals(that.plan) && areas.equals(that.areas)
                && units.equals(that.units) && tasks.equals(that.tasks) && updates.equals(that.updates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plan, areas, units, tasks, updates);
    }

    @Override
    public String toString() {
        return "PlanSnapshot[" + plan + ", " + tasks.size() + " tasks, " + updates.size() + " updates]";
    }
}

package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything about one plan that the calculations need, read from the store in one go. All questions
 * about a day ("as of 21/6") are answered from it without going back to the database.
 *
 * @param areas   the areas of the plan's programme, in order
 * @param units   every unit the plan's tasks refer to
 * @param updates every progress update of the plan's tasks
 */
public record PlanSnapshot(Plan plan, List<ReformArea> areas, List<Unit> units, List<Task> tasks,
                           List<ProgressUpdate> updates) {

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

    public PlanSnapshot {
        Objects.requireNonNull(plan, "plan");
        areas = areas.stream().sorted(Comparator.comparingInt(ReformArea::order)).toList();
        units = List.copyOf(units);
        tasks = tasks.stream().sorted(Comparator.comparingInt(Task::sortOrder)).toList();
        updates = List.copyOf(updates);
    }

    /** Each task as it stood on {@code asOf}, in plan order. */
    public List<TaskState> states(LocalDate asOf) {
        Map<Long, List<ProgressUpdate>> byTask = updates.stream()
                .collect(Collectors.groupingBy(ProgressUpdate::taskId));
        return tasks.stream()
                .map(t -> TaskState.of(t, byTask.getOrDefault(t.id(), List.of()), asOf))
                .toList();
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
}

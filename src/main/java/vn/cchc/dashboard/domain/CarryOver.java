package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which tasks of last year's plan go on into this year's, and how: those not completed by the end of last
 * year (recurring tasks recur on their own), led by the same unit or – where it no longer exists – by its
 * successor, with the year in their deadline moved on ("Quý II/2025" → "Quý II/2026").
 */
public final class CarryOver {

    private CarryOver() {
    }

    /** Drafts for the new plan's year, in last year's order. */
    public static List<TaskDraft> unfinished(PlanSnapshot previous, int newYear, List<Unit> allUnits) {
        LocalDate lastDay = LocalDate.of(previous.plan().year(), 12, 31);
        Map<Long, Unit> units = allUnits.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        LocalDate newStart = LocalDate.of(newYear, 1, 1);
        return previous.states(lastDay).stream()
                .filter(s -> !s.isCompleted() && !s.task().recurring())
                .map(s -> new TaskDraft(s.task().code(), s.task().areaCode(), s.task().title(),
                        successorOn(units, s.task().leadUnitId(), newStart), s.task().cooperationText(),
                        s.task().expectedOutput(), movedOn(s.task().deadlineText(), previous.plan().year(), newYear)))
                .toList();
    }

    /** The unit itself if it exists on {@code day}, else the first of its successors that does. */
    static long successorOn(Map<Long, Unit> units, long unitId, LocalDate day) {
        Unit unit = units.get(unitId);
        for (int hops = 0; unit != null && !unit.existsOn(day) && unit.successorId() != null && hops < 10; hops++) {
            unit = units.get(unit.successorId());
        }
        return unit == null ? unitId : unit.id();
    }

    private static String movedOn(String deadline, int oldYear, int newYear) {
        return deadline == null ? null : deadline.replace(String.valueOf(oldYear), String.valueOf(newYear));
    }
}

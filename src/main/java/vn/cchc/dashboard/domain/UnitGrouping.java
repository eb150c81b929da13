package vn.cchc.dashboard.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which unit a unit's evidence is shown under: as it was (history: "UBND huyện An Phú was behind in 2025"),
 * or rolled into the unit that carries on its work today (Sở Kế hoạch và Đầu tư → Sở Tài chính).
 */
public final class UnitGrouping {

    private final Map<Long, Unit> groupOf;

    private UnitGrouping(Map<Long, Unit> groupOf) {
        this.groupOf = groupOf;
    }

    /** Every unit stands for itself. */
    public static UnitGrouping asTheyWere(List<Unit> units) {
        return new UnitGrouping(units.stream().collect(Collectors.toMap(Unit::id, Function.identity(), (a, b) -> a)));
    }

    /** Every merged unit stands under its last successor (following a chain of mergers, never looping). */
    public static UnitGrouping rolledIntoSuccessors(List<Unit> units) {
        Map<Long, Unit> byId = units.stream().collect(Collectors.toMap(Unit::id, Function.identity(), (a, b) -> a));
        Map<Long, Unit> groups = new HashMap<>();
        for (Unit unit : units) {
            Unit current = unit;
            Set<Long> seen = new HashSet<>();
            while (current.successorId() != null && byId.containsKey(current.successorId()) && seen.add(current.id())) {
                current = byId.get(current.successorId());
            }
            groups.put(unit.id(), current);
        }
        return new UnitGrouping(groups);
    }

    /** The unit {@code unitId}'s evidence is shown under; the unit itself when it is unknown here. */
    public Unit groupOf(long unitId, Unit fallback) {
        return groupOf.getOrDefault(unitId, fallback);
    }

    /** The unit {@code unitId}'s evidence is shown under, or null when the grouping does not know the unit. */
    public Unit groupOf(long unitId) {
        return groupOf.get(unitId);
    }
}

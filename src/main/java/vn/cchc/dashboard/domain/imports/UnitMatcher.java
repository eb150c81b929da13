package vn.cchc.dashboard.domain.imports;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;

/**
 * Finds the unit a plan means by a name: by full or short name regardless of accents, case, Unicode form and
 * spacing; "UBND tỉnh" as the province; an acronym ("Sở KH&ĐT") by the initials of the full name. Where two units
 * answer to a name, the one that existed in the plan's year wins.
 */
public final class UnitMatcher {

    private final List<Unit> units;
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, String> initials = new HashMap<>();
    private final Map<String, Optional<Unit>> known = new HashMap<>();
    private final LocalDate yearStart;
    private final LocalDate yearEnd;

    public UnitMatcher(Collection<Unit> units, int planYear) {
        this.yearStart = LocalDate.of(planYear, 1, 1);
        this.yearEnd = LocalDate.of(planYear, 12, 31);
        // Units of the plan's year first, then the most recent: the order in which candidates are preferred.
        this.units = units.stream().sorted(Comparator.comparing((Unit u) -> !u.existsDuring(yearStart, yearEnd))
                .thenComparing(u -> u.validTo() == null ? LocalDate.MAX : u.validTo(), Comparator.reverseOrder())).toList();
        for (Unit unit : this.units) {
            keys.put(unit.name(), UnitNames.key(unit.name()));
            initials.put(unit.name(), UnitNames.initials(unit.name()));
            if (unit.shortName() != null) {
                keys.put(unit.shortName(), UnitNames.key(unit.shortName()));
            }
        }
    }

    /** Plans name the same few dozen units thousands of times: each name is worked out once. */
    public Optional<Unit> match(String name) {
        return known.computeIfAbsent(name, this::find);
    }

    private Optional<Unit> find(String name) {
        String key = UnitNames.key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<Unit> byName = units.stream().filter(u -> key.equals(keys.get(u.name()))
                || u.shortName() != null && key.equals(keys.get(u.shortName()))).findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        if (key.equals("ubnd tinh")) {
            List<Unit> provinces = units.stream().filter(u -> u.kind() == UnitKind.PROVINCE
                    && u.existsDuring(yearStart, yearEnd)).toList();
            return provinces.size() == 1 ? Optional.of(provinces.get(0)) : Optional.empty();
        }
        String acronym = UnitNames.acronym(name);
        if (!acronym.isEmpty()) {
            return units.stream().filter(u -> acronym.equals(initials.get(u.name()))).findFirst();
        }
        return Optional.empty();
    }

    /** The unit that carried on {@code unit}'s work in the plan's year: itself, or its successor's successor … */
    public Optional<Unit> inPlanYear(Unit unit) {
        Unit current = unit;
        for (int hops = 0; hops < 10 && current != null; hops++) {
            if (current.existsDuring(yearStart, yearEnd)) {
                return Optional.of(current);
            }
            Long next = current.successorId();
            current = next == null ? null : units.stream().filter(u -> u.id() == next).findFirst().orElse(null);
        }
        return Optional.empty();
    }
}

package vn.cchc.dashboard.domain.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of units an import will create, grouped so that one body written two ways ("Sở TT&TT" in one row,
 * "Sở Thông tin và Truyền thông" in another, "VP UBND tỉnh" and "Văn phòng UBND tỉnh") becomes one unit, named by
 * its full name where the file gives it.
 */
final class NewUnitNames {

    private final List<List<String>> groups = new ArrayList<>();

    void offer(String name) {
        for (List<String> group : groups) {
            if (group.stream().anyMatch(other -> same(name, other))) {
                group.add(name);
                return;
            }
        }
        groups.add(new ArrayList<>(List.of(name)));
    }

    /** True when {@code name} is one of the units the import will create. */
    boolean knows(String name) {
        return groups.stream().anyMatch(group -> group.stream().anyMatch(other -> same(name, other)));
    }

    /** The name the unit {@code name} belongs to will be created with. */
    String canonical(String name) {
        for (List<String> group : groups) {
            if (group.stream().anyMatch(other -> same(name, other))) {
                String chosen = group.stream().filter(n -> UnitNames.acronym(n).isEmpty()).findFirst().orElse(group.get(0));
                // "VP UBND tỉnh" is a way of writing; the unit is "Văn phòng UBND tỉnh".
                return chosen.replaceFirst("^VP\\.?\\s+", "V\u0103n ph\u00f2ng ");
            }
        }
        return name;
    }

    private static boolean same(String a, String b) {
        if (UnitNames.key(a).equals(UnitNames.key(b))) {
            return true;
        }
        String acronymA = UnitNames.acronym(a);
        String acronymB = UnitNames.acronym(b);
        return !acronymA.isEmpty() && acronymA.equals(acronymB.isEmpty() ? UnitNames.initials(b) : acronymB)
                || !acronymB.isEmpty() && acronymB.equals(UnitNames.initials(a));
    }
}

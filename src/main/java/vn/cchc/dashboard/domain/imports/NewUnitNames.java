package vn.cchc.dashboard.domain.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of units an import will create, grouped so that one body written two ways ("Sở TT&TT" in one row,
 * "Sở Thông tin và Truyền thông" in another, "VP UBND tỉnh" and "Văn phòng UBND tỉnh") becomes one unit, named by
 * its full name – as the file gives it, or spelled out from a known abbreviation.
 */
final class NewUnitNames {

    private final List<List<String>> groups = new ArrayList<>();
    /** Each name's key, acronym and initials, worked out once: an import offers the same few names on every row. */
    private final Map<String, Forms> forms = new HashMap<>();

    /** Adds {@code name} to the first group it belongs to, once: a name offered again by every row is kept only once. */
    void offer(String name) {
        for (List<String> group : groups) {
            if (group.contains(name)) {
                return;
            }
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
                // "Sở LĐ-TB&XH", "VP UBND tỉnh" are ways of writing; the unit is named in full.
                return FullUnitNames.of(chosen);
            }
        }
        return name;
    }

    private boolean same(String a, String b) {
        Forms formsA = forms(a);
        Forms formsB = forms(b);
        if (formsA.key().equals(formsB.key())) {
            return true;
        }
        String acronymA = formsA.acronym();
        String acronymB = formsB.acronym();
        return !acronymA.isEmpty() && acronymA.equals(acronymB.isEmpty() ? formsB.initials() : acronymB)
                || !acronymB.isEmpty() && acronymB.equals(formsA.initials());
    }

    private Forms forms(String name) {
        return forms.computeIfAbsent(name, n -> new Forms(UnitNames.key(n), UnitNames.acronym(n), UnitNames.initials(n)));
    }

    private record Forms(String key, String acronym, String initials) {
    }
}

package vn.cchc.dashboard.domain.unitindex;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;

/**
 * Which units a group ranks in a year: the province's departments and boards (the central agencies in the province
 * are not its to score), its communes, or its districts; a unit counts when it existed at the year's end, a district
 * when it existed at the year's start (the districts ended on 1/7/2025, before the year's scoring). Pure.
 */
public final class IndexMembers {

    private IndexMembers() {
    }

    public static boolean belongs(Unit unit, IndexGroup group, int year) {
        return switch (group) {
            case DEPARTMENTS -> (unit.kind() == UnitKind.DEPARTMENT || unit.kind() == UnitKind.BOARD)
                    && unit.existsOn(LocalDate.of(year, 12, 31));
            case COMMUNES -> unit.kind() == UnitKind.COMMUNE && unit.existsOn(LocalDate.of(year, 12, 31));
            case DISTRICTS -> unit.kind() == UnitKind.DISTRICT && unit.existsOn(LocalDate.of(year, 1, 1));
        };
    }

    public static List<Unit> of(List<Unit> units, IndexGroup group, int year) {
        return units.stream().filter(u -> belongs(u, group, year)).toList();
    }
}

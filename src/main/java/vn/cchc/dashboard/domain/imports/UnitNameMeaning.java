package vn.cchc.dashboard.domain.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.dashboard.domain.Unit;

/**
 * What a unit's name written in a plan file means: the unit the user's word names for it, else the unit it matches,
 * the successor offered for a department the 2025 mergers ended, or the name a new unit would get. One place for these
 * answers, so that a lead name, a cooperating one and the list of new units never read the same name two ways.
 */
final class UnitNameMeaning {

    private final List<Unit> units;
    private final UnitMatcher matcher;
    private final SuccessorProposals proposals;
    private final Map<String, UnitChoice> choices = new HashMap<>();
    /** Keys of the lead names the file writes: a unit the user's word names may be one the import creates from them. */
    private final Set<String> fileNames = new HashSet<>();

    /** @param choices the user's word on unit names, which wins over the automatic match */
    UnitNameMeaning(List<Unit> units, int planYear, Collection<UnitChoice> choices) {
        choices.forEach(choice -> this.choices.put(choice.key(), choice));
        this.units = units;
        this.matcher = new UnitMatcher(units, planYear);
        this.proposals = new SuccessorProposals(units, matcher, planYear);
    }

    /** Takes the lead names of {@code rows} as the file's own, for {@link #newUnitName}. */
    void readFileNames(List<ImportRow> rows) {
        fileNames.clear();
        rows.forEach(row -> UnitNames.split(row.leadText()).forEach(name -> fileNames.add(UnitNames.key(name))));
    }

    /** True when the user gave their word on {@code name}. */
    boolean chosen(String name) {
        return choices.containsKey(UnitNames.key(name));
    }

    /** The name of the unit the user's word gives {@code name}. */
    String chosenName(String name) {
        return choices.get(UnitNames.key(name)).unitName();
    }

    /** The successor offered for a merged department's name, unless the user already said what it means. */
    Optional<SuccessorProposals.Proposal> proposal(String name) {
        return chosen(name) ? Optional.empty() : proposals.proposalFor(name);
    }

    /** The unit {@code name} means: the one the user chose for it, else the automatic match; empty for a new unit. */
    Optional<Unit> match(String name) {
        UnitChoice choice = choices.get(UnitNames.key(name));
        if (choice == null) {
            return matcher.match(name);
        }
        if (choice.byName()) {
            return matcher.match(choice.unitName());
        }
        return choice.isNew() ? Optional.empty() : units.stream().filter(u -> u.id() == choice.unitId()).findFirst();
    }

    /** The unit that carried on {@code unit}'s work in the plan's year: itself or a successor; empty when none did. */
    Optional<Unit> inPlanYear(Unit unit) {
        return matcher.inPlanYear(unit);
    }

    /**
     * The name a unit is created under for {@code name}, which matches no existing unit: the name the user's word gives
     * (when the file names it too, or it is a department the 2025 mergers made), else the name itself; null when the
     * user's word names a unit that is neither.
     */
    String newUnitName(String name) {
        UnitChoice choice = choices.get(UnitNames.key(name));
        if (choice == null || !choice.byName()) {
            return name;
        }
        boolean known = fileNames.contains(UnitNames.key(choice.unitName())) || MergedDepartments.isSuccessor(choice.unitName());
        return known ? choice.unitName() : null;
    }
}

package vn.cchc.dashboard.domain.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.dashboard.domain.Cooperation;
import vn.cchc.dashboard.domain.Unit;

/**
 * The units a plan's task names as cooperating, from its lead cell's further names and its cooperation text, read
 * with the same meaning of names as the leads ({@link UnitNameMeaning}) but never a problem of the import. Apart from
 * the check of the leads, which asks the user about names; the same text recurs on many rows, so each is read once.
 */
final class CooperationNames {

    private final UnitNameMeaning meaning;
    private final List<Unit> units;
    private final int planYear;
    private final Map<String, List<UnitRef>> cache = new HashMap<>();

    CooperationNames(UnitNameMeaning meaning, List<Unit> units, int planYear) {
        this.meaning = meaning;
        this.units = units;
        this.planYear = planYear;
    }

    /**
     * The units cooperating on {@code row}'s task but its lead: those its lead cell named after the first, and those
     * its cooperation text names.
     */
    List<UnitRef> of(ImportRow row, UnitRef lead, List<UnitRef> fromLeadCell, NewUnitNames newNames) {
        Set<UnitRef> all = new LinkedHashSet<>(fromLeadCell);
        if (row.cooperationText() != null) {
            all.addAll(cache.computeIfAbsent(row.cooperationText(), text -> namedIn(text, newNames)));
        }
        all.remove(lead);
        return List.copyOf(all);
    }

    /** The units a cooperation text names, by abbreviation or full name; free words ("các sở, ngành") name no one. */
    private List<UnitRef> namedIn(String text, NewUnitNames newNames) {
        Set<UnitRef> all = new LinkedHashSet<>();
        for (String name : UnitNames.split(text)) {
            if (UnitNames.isCollective(name)) {
                continue;
            }
            Optional<SuccessorProposals.Proposal> proposal = meaning.proposal(name);
            if (proposal.isPresent()) {
                // A cooperating body is not asked about: it goes where the lead name would, if that unit exists or is made.
                if (proposal.get().existing() != null) {
                    all.add(UnitRef.existing(proposal.get().existing().id(), proposal.get().existing().name()));
                } else if (newNames.knows(proposal.get().newName())) {
                    all.add(UnitRef.created(newNames.canonical(proposal.get().newName())));
                }
                continue;
            }
            Optional<Unit> unit = meaning.match(name).flatMap(meaning::inPlanYear);
            String newName = meaning.newUnitName(name);
            if (unit.isPresent()) {
                all.add(UnitRef.existing(unit.get().id(), unit.get().name()));
            } else if (newName != null && newNames.knows(newName)) {
                all.add(UnitRef.created(newNames.canonical(newName)));
            }
        }
        for (long id : Cooperation.unitsNamedIn(text, units, LocalDate.of(planYear, 1, 1), -1)) {
            units.stream().filter(u -> u.id() == id).findFirst().ifPresent(u -> all.add(UnitRef.existing(id, u.name())));
        }
        return List.copyOf(all);
    }
}

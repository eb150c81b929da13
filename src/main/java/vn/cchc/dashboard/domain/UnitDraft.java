package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A unit as typed in the unit form. */
public record UnitDraft(String name, String shortName, UnitKind kind, LocalDate validFrom, LocalDate validTo) {

    public UnitDraft {
        name = Text.blankToNull(name);
        shortName = Text.blankToNull(shortName);
    }

    public static UnitDraft of(Unit unit) {
        return new UnitDraft(unit.name(), unit.shortName(), unit.kind(), unit.validFrom(), unit.validTo());
    }

    /**
     * Problems: no name, a name another unit of overlapping years already has (regardless of accents and
     * spacing), no kind, an end before the start.
     *
     * @param others every other unit
     */
    public List<FieldProblem> problems(Collection<Unit> others) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null) {
            problems.add(FieldProblem.of("name", "task.problem.required"));
        } else if (others.stream().anyMatch(u -> Text.fold(u.name()).equals(Text.fold(name)) && overlaps(u))) {
            problems.add(FieldProblem.of("name", "unit.problem.duplicate", name));
        }
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "unit.problem.kind"));
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.add(FieldProblem.of("validTo", "unit.problem.endBeforeStart"));
        }
        return problems;
    }

    private boolean overlaps(Unit other) {
        LocalDate from = validFrom != null ? validFrom : LocalDate.MIN;
        LocalDate to = validTo != null ? validTo : LocalDate.MAX;
        return other.existsDuring(from, to);
    }

    public Unit toUnit(long id, Long successorId) {
        return new Unit(id, name, shortName, kind, validFrom, validTo, successorId);
    }
}

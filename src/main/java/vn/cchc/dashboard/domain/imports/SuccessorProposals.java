package vn.cchc.dashboard.domain.imports;

import java.util.Collection;
import java.util.Optional;
import vn.cchc.dashboard.domain.Unit;

/**
 * The successor a plan of 2025 or later is offered for a department merged that year ("Sở KH&ĐT" → Sở Tài chính),
 * whether or not the database knows the old department: the successor the database records for it if it does, else the
 * department of that name in the database, else a new unit of that name for the import to create.
 */
final class SuccessorProposals {

    /** The proposal: an existing unit, or the name of a unit to create ({@code existing} null). */
    record Proposal(Unit existing, String newName) {
        String name() {
            return existing != null ? existing.name() : newName;
        }
    }

    private final Collection<Unit> units;
    private final UnitMatcher matcher;
    private final boolean afterMergers;

    SuccessorProposals(Collection<Unit> units, UnitMatcher matcher, int planYear) {
        this.units = units;
        this.matcher = matcher;
        this.afterMergers = planYear >= MergedDepartments.FIRST_PLAN_YEAR;
    }

    /** The successor to offer for {@code name}; empty in plans before 2025 (old names were valid then) and for other names. */
    Optional<Proposal> proposalFor(String name) {
        if (!afterMergers) {
            return Optional.empty();
        }
        Optional<String> successor = MergedDepartments.successorOf(name);
        if (successor.isEmpty()) {
            return Optional.empty();
        }
        Optional<Unit> recorded = matcher.match(name).flatMap(this::lastSuccessor);
        if (recorded.isPresent()) {
            return Optional.of(new Proposal(recorded.get(), null));
        }
        return Optional.of(matcher.match(successor.get()).map(u -> new Proposal(u, null))
                .orElseGet(() -> new Proposal(null, successor.get())));
    }

    /** The end of the chain of successors the database records for {@code unit}; empty when it records none. */
    private Optional<Unit> lastSuccessor(Unit unit) {
        Unit current = unit;
        for (int hops = 0; hops < 10 && current.successorId() != null; hops++) {
            long next = current.successorId();
            Unit found = units.stream().filter(u -> u.id() == next).findFirst().orElse(null);
            if (found == null) {
                break;
            }
            current = found;
        }
        return current == unit ? Optional.empty() : Optional.of(current);
    }
}

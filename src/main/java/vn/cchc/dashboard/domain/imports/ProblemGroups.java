package vn.cchc.dashboard.domain.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An import's problems with the ones that say the same thing folded together, for a list a person reads: "new unit X
 * will be created" or "status implied" on forty rows is one line naming the forty rows, not forty lines that hide the
 * one error between them. Problems are the same when they have the same severity, sheet, column, message and value;
 * groups keep the order of their first problem.
 */
public final class ProblemGroups {

    /** Messages whose argument differs on every row (the number given to it): folded on the message alone. */
    private static final Set<String> ARGUMENT_PER_ROW = Set.of("import.problem.numbered");

    /** One or more problems that say the same thing, and the rows they are on, in file order. */
    public record Group(ImportProblem first, List<Integer> rows) {
        public Group {
            rows = List.copyOf(rows);
        }

        /** Whether the group's rows each had their own argument, which one line cannot show. */
        public boolean argumentsDiffer() {
            return rows.size() > 1 && ARGUMENT_PER_ROW.contains(first.messageKey());
        }
    }

    private ProblemGroups() {
    }

    public static List<Group> of(List<ImportProblem> problems) {
        Map<List<Object>, List<ImportProblem>> groups = new LinkedHashMap<>();
        for (ImportProblem p : problems) {
            groups.computeIfAbsent(key(p), k -> new ArrayList<>()).add(p);
        }
        return groups.values().stream().map(same -> new Group(same.get(0),
                same.stream().map(ImportProblem::row).filter(r -> r > 0).distinct().sorted().toList())).toList();
    }

    private static List<Object> key(ImportProblem p) {
        boolean perRow = ARGUMENT_PER_ROW.contains(p.messageKey());
        // A whole-file problem (row 0) is never folded with another: each says something of its own.
        return List.of(p.severity(), p.sheet(), String.valueOf(p.column()), p.messageKey(),
                perRow ? List.of() : p.args(), perRow ? "" : p.value(), p.row() > 0 ? 0 : new Object());
    }
}

package vn.cchc.dashboard.domain.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one import, kept to a readable number: a file with an error on every one of 100.000 rows
 * says so in its first thousands and a count, not in a list that exhausts memory.
 */
final class ImportProblems {

    static final int LIMIT = 2_000;

    private final List<ImportProblem> problems = new ArrayList<>();
    private int dropped;
    private boolean droppedError;

    void add(ImportProblem problem) {
        if (problems.size() < LIMIT) {
            problems.add(problem);
        } else {
            dropped++;
            droppedError |= problem.isError();
        }
    }

    List<ImportProblem> all() {
        List<ImportProblem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            String sheet = problems.get(problems.size() - 1).sheet();
            all.add(droppedError
                    ? ImportProblem.error(sheet, 0, null, "", "import.problem.more", String.valueOf(dropped))
                    : ImportProblem.note(sheet, 0, null, "", "import.problem.more", String.valueOf(dropped)));
        }
        return all;
    }
}

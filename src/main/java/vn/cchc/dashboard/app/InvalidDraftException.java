package vn.cchc.dashboard.app;

import java.util.List;
import vn.cchc.dashboard.domain.FieldProblem;

/** What a person typed cannot be saved; each problem names its field. Nothing was written. */
public final class InvalidDraftException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidDraftException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package vn.cchc.dashboard.ui.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.i18n.Messages;

/**
 * One reading of the library's form, which saves only when every field reads: the numbers typed the user's way
 * ("21,5"), and the problems found on the way, each at its field. Both parts of the form, the definition and the
 * target, read into the same one, so that all problems show at once.
 */
final class FormReading {

    private final Messages messages;
    private final List<FieldProblem> found = new ArrayList<>();

    FormReading(Messages messages) {
        this.messages = messages;
    }

    /** The number typed in {@code field}; null when blank, or – with a problem at the field – when it is no number. */
    BigDecimal number(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Optional<BigDecimal> parsed = messages.formats().parseNumber(typed);
        if (parsed.isEmpty()) {
            found.add(FieldProblem.of(field, "indicators.error.number", typed));
        }
        return parsed.orElse(null);
    }

    void problem(FieldProblem problem) {
        found.add(problem);
    }

    /** The problems found, in the order the fields were read. */
    List<FieldProblem> problems() {
        return found;
    }
}

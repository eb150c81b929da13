package vn.cchc.dashboard.ui;

import java.util.List;
import javafx.collections.ObservableMap;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.i18n.Messages;

/** Puts problems at their fields: field name → the sentences for it, as every form shows them. */
public final class FieldProblems {

    private FieldProblems() {
    }

    public static void show(ObservableMap<String, String> byField, List<FieldProblem> found, Messages messages) {
        byField.clear();
        for (FieldProblem problem : found) {
            byField.merge(problem.field(), messages.format(problem.messageKey(), problem.args().toArray()),
                    (a, b) -> a + " " + b);
        }
    }
}

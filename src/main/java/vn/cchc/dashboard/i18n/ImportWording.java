package vn.cchc.dashboard.i18n;

import vn.cchc.dashboard.domain.imports.ImportProblem;

/** An import problem in the user's words: arguments that are message keys are worded, large numbers grouped. */
public final class ImportWording {

    private ImportWording() {
    }

    public static String message(ImportProblem problem, Messages messages) {
        Object[] args = problem.args().stream().map(a -> argument(a, messages)).toArray();
        return messages.format(problem.messageKey(), args);
    }

    /** "Hàng 12, cột D" or "Hàng 12", for the plain-text list. */
    public static String place(ImportProblem problem, Messages messages) {
        if (problem.row() <= 0) {
            return problem.sheet();
        }
        String cell = problem.column() == null ? messages.format("import.place.row", messages.formats().count(problem.row()))
                : messages.format("import.place.cell", messages.formats().count(problem.row()), problem.column());
        return problem.sheet().isEmpty() ? cell : problem.sheet() + " · " + cell;
    }

    private static String argument(String arg, Messages messages) {
        if (arg.startsWith("import.")) {
            return messages.get(arg);
        }
        if (arg.matches("\\d{4,}") && !arg.matches("(19|20)\\d\\d")) {
            return messages.formats().count(Long.parseLong(arg));
        }
        return arg;
    }
}

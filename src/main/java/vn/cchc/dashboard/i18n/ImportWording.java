package vn.cchc.dashboard.i18n;

import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.cchc.dashboard.domain.imports.DataDate;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.domain.imports.ProblemGroups;

/**
 * An import problem in the user's words: arguments that are message keys are worded, large numbers grouped, days
 * (which the domain hands over as ISO dates) written dd/MM/yyyy.
 */
public final class ImportWording {

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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

    /** A group's message: its problem's, or, when each row had its own argument, the message for them all. */
    public static String message(ProblemGroups.Group group, Messages messages) {
        return group.argumentsDiffer() ? messages.get(group.first().messageKey() + "Many") : message(group.first(), messages);
    }

    /** "Hàng 5, 9, 12–20, cột B" for a group on several rows; as {@link #place(ImportProblem, Messages)} for one. */
    public static String place(ProblemGroups.Group group, Messages messages) {
        ImportProblem problem = group.first();
        if (group.rows().size() <= 1) {
            return place(problem, messages);
        }
        String rows = rows(group.rows(), messages.formats());
        String cell = problem.column() == null ? messages.format("import.place.rows", rows)
                : messages.format("import.place.rowsCell", rows, problem.column());
        return problem.sheet().isEmpty() ? cell : problem.sheet() + " · " + cell;
    }

    /** Sorted row numbers as a short list: runs of three or more as "12–20", the others one by one. */
    static String rows(List<Integer> sorted, Formats formats) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(formats.count(sorted.get(i)) + "–" + formats.count(sorted.get(j)));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(formats.count(sorted.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    /** "theo dòng tiêu đề của tệp, hàng 2" or "do bạn nhập": where the data date of an import came from. */
    public static String dataDateSource(DataDate dataDate, Messages messages) {
        return dataDate.source() == DataDate.Source.FILE
                ? messages.format("import.dataDate.fromFile", messages.formats().count(dataDate.row()))
                : messages.get("import.dataDate.typed");
    }

    /** "Số liệu tính đến ngày 21/06/2023 (theo dòng tiêu đề của tệp, hàng 2)". */
    public static String dataDate(DataDate dataDate, Messages messages) {
        return messages.format("import.dataDate.line", messages.formats().date(dataDate.date()),
                dataDateSource(dataDate, messages));
    }

    private static String argument(String arg, Messages messages) {
        if (arg.startsWith("import.")) {
            return messages.get(arg);
        }
        if (ISO_DAY.matcher(arg).matches()) {
            return messages.formats().date(LocalDate.parse(arg));
        }
        if (arg.matches("\\d{4,}") && !arg.matches("(19|20)\\d\\d")) {
            return messages.formats().count(Long.parseLong(arg));
        }
        return arg;
    }
}

package vn.cchc.dashboard.i18n;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.cchc.dashboard.domain.imports.DataDate;
import vn.cchc.dashboard.domain.imports.ImportProblem;

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

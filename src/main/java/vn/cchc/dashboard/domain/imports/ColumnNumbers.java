package vn.cchc.dashboard.domain.imports;

import java.util.regex.Pattern;

/** The row of column numbers that Vietnamese tables print under the header: "(1) (2) (3) …" or "1 2 3 …". */
final class ColumnNumbers {

    private static final Pattern NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?|\\(?[a-zA-Z]\\)?|\\(\\d{1,2}\\)\\s*=.*");

    private ColumnNumbers() {
    }

    static boolean isNumberingRow(SourceRow row) {
        long filled = row.filledCells();
        return filled >= 3 && row.cells().stream().filter(c -> !c.isEmpty()).allMatch(c -> NUMBER.matcher(c).matches());
    }
}

package vn.cchc.dashboard.domain.imports;

import java.util.List;
import java.util.Set;
import vn.cchc.dashboard.domain.Text;

/**
 * One row of a sheet or table as read from a file: every cell as text (NFC, spaces folded, line breaks kept), dates already
 * written as dd/MM/yyyy by the reader.
 *
 * @param number         the row number the user sees in the file (1 for the first row)
 * @param formulaColumns the columns whose value a formula computed
 */
public record SourceRow(int number, List<String> cells, Set<Integer> formulaColumns) {

    public SourceRow {
        cells = cells.stream().map(SourceRow::lines).toList();
        formulaColumns = Set.copyOf(formulaColumns);
    }

    public SourceRow(int number, List<String> cells) {
        this(number, cells, Set.of());
    }

    /**
     * NFC, each line trimmed and its spaces folded, empty lines dropped; line breaks stay, because a cell of
     * "Sở Nội vụ⏎Sở Tư pháp" names two units where "Văn phòng UBND tỉnh" names one.
     */
    private static String lines(String cell) {
        if (cell == null) {
            return "";
        }
        if (!hasLineBreak(cell)) {
            // Most cells are one line: the same result without the regular expression's split.
            return Text.clean(cell);
        }
        StringBuilder kept = new StringBuilder();
        for (String line : cell.split("\\R")) {
            String clean = Text.clean(line);
            if (!clean.isEmpty()) {
                kept.append(kept.length() == 0 ? "" : "\n").append(clean);
            }
        }
        return kept.toString();
    }

    /** True when {@code cell} holds a character that {@code \\R} matches. */
    private static boolean hasLineBreak(String cell) {
        for (int i = 0, n = cell.length(); i < n; i++) {
            char c = cell.charAt(i);
            if (c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** The cell in {@code column}, "" beyond the row's end. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    public long filledCells() {
        return cells.stream().filter(c -> !c.isEmpty()).count();
    }

    /** "A", "B" … "AA": how spreadsheets name a column, used in problems for every kind of file. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}

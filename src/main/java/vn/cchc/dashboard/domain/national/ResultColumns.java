package vn.cchc.dashboard.domain.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.dashboard.domain.imports.SourceRow;

/**
 * Where a results table is: its header row (and the row under it, when the components are named under a merged
 * "Chỉ số thành phần"), the province column, the total column, and every other headed column as a component.
 * Title rows above the header are passed over.
 *
 * @param lastHeader the index (in the rows given) of the header's last row; data starts below it
 */
record ResultColumns(int lastHeader, int province, int total, List<Component> components) {

    /** Rows searched for the header: titles and a note or two come first in published tables. */
    static final int ROWS_TO_SCAN = 20;

    /** A component column and its name as the file heads it. */
    record Component(int column, String name) {
    }

    ResultColumns {
        components = List.copyOf(components);
    }

    /**
     * The table's columns, or empty when no row names a province column.
     *
     * @throws ResultsRefused "national.refused.noTotal" when a header names the provinces but no total
     */
    static Optional<ResultColumns> find(List<SourceRow> rows) {
        for (int i = 0; i < Math.min(ROWS_TO_SCAN, rows.size()); i++) {
            SourceRow row = rows.get(i);
            int province = provinceColumn(row);
            if (province < 0) {
                continue;
            }
            int last = i;
            List<String> names = new ArrayList<>(row.cells());
            if (i + 1 < rows.size() && isSubHeader(rows.get(i + 1), province)) {
                last = i + 1;
                SourceRow under = rows.get(i + 1);
                for (int c = 0; c < under.cells().size(); c++) {
                    String name = under.cell(c);
                    if (!name.isEmpty()) {
                        while (names.size() <= c) {
                            names.add("");
                        }
                        names.set(c, name);
                    }
                }
            }
            return Optional.of(classify(names, province, last));
        }
        return Optional.empty();
    }

    /** The column headed like "Tỉnh/thành phố" in a row of several headings (a lone title names no column). */
    private static int provinceColumn(SourceRow row) {
        if (row.filledCells() < 2) {
            return -1;
        }
        for (int c = 0; c < row.cells().size(); c++) {
            if (HeaderWords.isProvince(row.cell(c))) {
                return c;
            }
        }
        return -1;
    }

    /** The row under a header that names columns rather than a province: blank under "Tỉnh", words elsewhere. */
    private static boolean isSubHeader(SourceRow row, int province) {
        return row.cell(province).isEmpty() && row.cells().stream().anyMatch(HeaderWords::hasLetter);
    }

    private static ResultColumns classify(List<String> names, int province, int last) {
        int total = -1;
        List<Component> components = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c).replace('\n', ' ').strip();
            if (c == province || name.isEmpty() || HeaderWords.isIgnored(name)) {
                continue;
            }
            if (total < 0 && HeaderWords.isTotal(name)) {
                total = c;
            } else {
                components.add(new Component(c, name));
            }
        }
        if (total < 0) {
            throw new ResultsRefused("national.refused.noTotal");
        }
        return new ResultColumns(last, province, total, components);
    }
}

package vn.cchc.dashboard.report;

import java.util.List;
import java.util.Objects;

/**
 * One table of the statistical annex, its cells already in the reader's number format. A long table keeps
 * its first rows and says in {@code note} how many it leaves out, so that the annex stays readable.
 *
 * @param title "Biểu 1. Kết quả thực hiện nhiệm vụ theo lĩnh vực và thời hạn"
 * @param total the totals row, or null
 * @param note  what was left out and where to find it, or null when nothing was
 */
public record AnnexTable(String title, List<Column> columns, List<List<String>> rows, List<String> total,
                         String note) {

    /**
     * A column: its header, its share of the table's width, and whether it holds figures (set right).
     */
    public record Column(String header, double weight, boolean numeric) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (weight <= 0) {
                throw new IllegalArgumentException("column weight must be positive");
            }
        }
    }

    public AnnexTable {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        total = total == null ? null : List.copyOf(total);
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells in a table of " + columns.size());
            }
        }
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}

package vn.cchc.dashboard.domain.imports;

import java.util.List;
import java.util.Map;

/**
 * Where the plan table is in a file and how its columns read: the sheet, the header (which may span several
 * rows), the proposed mapping, and what the title rows above it say: the year ("KẾ HOẠCH … NĂM 2024") and, for a
 * tracking workbook, the day its figures stand on ("Số liệu tính đến ngày 21/6/2023").
 *
 * @param sheet         the sheet (or "Bảng 2" for the second table of a Word file)
 * @param lastHeaderRow the row number of the header's last row; data starts after it
 * @param headers       each column's heading, several header rows joined
 * @param titleYear     the year the title rows name, or null
 * @param dataDate      the data date line of the title rows, or null
 * @param sample        the first rows after the header, to show beside the mapping
 */
public record TableLayout(String sheet, int firstHeaderRow, int lastHeaderRow, Map<Integer, String> headers,
                          ColumnMapping mapping, Integer titleYear, DataDateLine dataDate,
                          List<SourceRow> sample) {

    public TableLayout {
        headers = Map.copyOf(headers);
        sample = List.copyOf(sample);
    }

    public TableLayout withMapping(ColumnMapping changed) {
        return new TableLayout(sheet, firstHeaderRow, lastHeaderRow, headers, changed, titleYear, dataDate, sample);
    }

    /** How many columns the header spans. */
    public int width() {
        return headers.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }
}

package vn.cchc.dashboard.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bulk statistics file (README, "Nhập số liệu thống kê hàng loạt"): on its first visible sheet, the first
 * non-blank row is the header – "Đơn vị", then one column per item (its code or its label) – and every non-blank row
 * under it is one unit's figures. Only the text is read here; the header is matched to the year's table by the caller.
 * The reform index's survey points come in the same layout, a column per survey criterion.
 */
public final class StatisticsBulkReader {

    /** The file's header (item columns only) and its rows. */
    public record Bulk(String file, String firstHeader, List<String> headers, List<Row> rows) {
        public Bulk {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** One unit's row: its number in the file (1-based), the unit's name, and one cell per item column. */
    public record Row(int number, String unitName, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private StatisticsBulkReader() {
    }

    /** @throws ImportFileException for a file that cannot be read */
    public static Bulk read(Path path) {
        String name = path.getFileName().toString();
        try (TableFile file = TableFiles.open(path)) {
            String sheet = file.sheets().stream().filter(s -> !s.hidden()).map(TableFile.Sheet::name).findFirst()
                    .orElseThrow(() -> new ImportFileException(ImportFileException.Reason.CORRUPT, name));
            List<String> header = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            file.read(sheet, row -> {
                if (row.isBlank()) {
                    return true;
                }
                if (header.isEmpty()) {
                    header.addAll(row.cells().stream().map(String::strip).toList());
                    while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                        header.remove(header.size() - 1);
                    }
                    return true;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 1; c < header.size(); c++) {
                    cells.add(row.cell(c));
                }
                rows.add(new Row(row.number(), row.cell(0).strip(), cells));
                return true;
            });
            return new Bulk(name, header.isEmpty() ? "" : header.get(0),
                    header.size() <= 1 ? List.of() : header.subList(1, header.size()), rows);
        } catch (IOException e) {
            throw new ImportFileException(ImportFileException.Reason.CORRUPT, name, e);
        }
    }
}

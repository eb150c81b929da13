package vn.cchc.dashboard.domain.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.dashboard.domain.Text;

/**
 * Finds the header of a plan table among the first rows of a sheet: the row naming the most known fields (at least
 * the task and one of lead unit or deadline), with the rows under it that complete it ("Cơ quan thực hiện" over
 * "Chủ trì | Phối hợp"). Title rows above it are read for the plan's year and a tracking workbook's data date.
 */
public final class HeaderDetector {

    /** How far down a sheet the header may start: real appendices have a few title rows, never pages of them. */
    public static final int ROWS_TO_SCAN = 40;
    private static final int SAMPLE_ROWS = 8;
    private static final Pattern YEAR = Pattern.compile("nam (20\\d\\d)");

    private HeaderDetector() {
    }

    /** The layout of the table in {@code rows} (the first rows of {@code sheet}), or empty when none is found. */
    public static Optional<TableLayout> detect(String sheet, List<SourceRow> rows) {
        int best = -1;
        int bestScore = 1;
        for (int i = 0; i < Math.min(rows.size(), ROWS_TO_SCAN); i++) {
            Map<ImportField, Integer> found = fieldsNamed(rows.get(i).cells());
            int score = found.size();
            boolean usable = found.containsKey(ImportField.TITLE)
                    && (found.containsKey(ImportField.LEAD) || found.containsKey(ImportField.DEADLINE));
            if (usable && score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        List<List<String>> headerRows = new ArrayList<>(List.of(rows.get(best).cells()));
        int last = best;
        while (last + 1 < rows.size() && isSubHeader(rows.get(last + 1), rows.get(best))) {
            headerRows.add(rows.get(++last).cells());
        }
        Map<Integer, String> headers = joined(headerRows);
        ColumnMapping mapping = propose(headers);
        List<SourceRow> sample = rows.subList(last + 1, Math.min(rows.size(), last + 1 + SAMPLE_ROWS));
        return Optional.of(new TableLayout(sheet, rows.get(best).number(), rows.get(last).number(), headers, mapping,
                titleYear(rows.subList(0, best)), DataDateReader.find(rows.subList(0, best)).orElse(null), sample));
    }

    /** The mapping the headings suggest: each field to the column naming it best, the leftmost on a tie. */
    public static ColumnMapping propose(Map<Integer, String> headers) {
        Map<ImportField, Integer> column = new EnumMap<>(ImportField.class);
        Map<ImportField, Integer> strength = new EnumMap<>(ImportField.class);
        for (Map.Entry<Integer, String> header : new TreeMap<>(headers).entrySet()) {
            bestField(header.getValue()).ifPresent(field -> {
                int score = field.match(header.getValue());
                if (score > strength.getOrDefault(field, 0)) {
                    column.put(field, header.getKey());
                    strength.put(field, score);
                }
            });
        }
        Map<Integer, ImportField> fields = new TreeMap<>();
        column.forEach((field, c) -> fields.put(c, field));
        return new ColumnMapping(fields);
    }

    private static Optional<ImportField> bestField(String header) {
        ImportField best = null;
        int bestScore = 0;
        for (ImportField field : ImportField.values()) {
            int score = field.match(header);
            if (score > bestScore) {
                best = field;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Map<ImportField, Integer> fieldsNamed(List<String> cells) {
        Map<ImportField, Integer> found = new EnumMap<>(ImportField.class);
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            // A heading is short; a long cell is a title or a task, whatever words it contains.
            if (!cell.isEmpty() && cell.length() <= 80) {
                int column = c;
                bestField(cell).ifPresent(f -> found.putIfAbsent(f, column));
            }
        }
        return found;
    }

    /**
     * A row under the header that names fields, at least one of them under a blank (merged-over) header cell
     * ("Chủ trì", "Phối hợp" under a merged "Cơ quan thực hiện"), and holds no task text.
     */
    private static boolean isSubHeader(SourceRow row, SourceRow header) {
        if (row.isBlank() || ColumnNumbers.isNumberingRow(row)) {
            return false;
        }
        boolean underBlank = false;
        for (int c = 0; c < row.cells().size(); c++) {
            String cell = row.cell(c);
            if (cell.isEmpty()) {
                continue;
            }
            if (cell.length() > 40 || bestField(cell).isEmpty()) {
                return false;
            }
            underBlank |= header.cell(c).isEmpty();
        }
        return underBlank;
    }

    private static Map<Integer, String> joined(List<List<String>> headerRows) {
        Map<Integer, String> headers = new TreeMap<>();
        for (List<String> row : headerRows) {
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).isEmpty()) {
                    headers.merge(c, Text.clean(row.get(c)), (a, b) -> a + " " + b);
                }
            }
        }
        return headers;
    }

    private static Integer titleYear(List<SourceRow> titleRows) {
        for (SourceRow row : titleRows) {
            for (String cell : row.cells()) {
                Matcher m = YEAR.matcher(Text.fold(cell));
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        return null;
    }
}

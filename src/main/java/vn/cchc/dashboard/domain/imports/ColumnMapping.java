package vn.cchc.dashboard.domain.imports;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import vn.cchc.dashboard.domain.Text;

/**
 * Which column holds which field: proposed from the header, corrected by the user in the wizard. A field has at
 * most one column; columns without a field are not imported.
 */
public record ColumnMapping(Map<Integer, ImportField> fields) {

    /** Without these a row cannot become a task; the area may instead come from the section rows. */
    public static final Set<ImportField> REQUIRED = EnumSet.of(ImportField.TITLE, ImportField.LEAD, ImportField.DEADLINE);

    public ColumnMapping {
        fields = Map.copyOf(fields);
    }

    public OptionalInt column(ImportField field) {
        // A loop, not a stream: asked for several fields of every row of the file.
        int lowest = Integer.MAX_VALUE;
        for (Map.Entry<Integer, ImportField> entry : fields.entrySet()) {
            if (entry.getValue() == field && entry.getKey() < lowest) {
                lowest = entry.getKey();
            }
        }
        return lowest == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(lowest);
    }

    /** The column of {@code field}, or null when it has none: the cell an import problem points at, if any. */
    public Integer columnOrNull(ImportField field) {
        OptionalInt column = column(field);
        return column.isPresent() ? column.getAsInt() : null;
    }

    public Optional<ImportField> field(int column) {
        return Optional.ofNullable(fields.get(column));
    }

    /** The same mapping with {@code column} holding {@code field} (null: not imported); the field leaves any other column. */
    public ColumnMapping with(int column, ImportField field) {
        Map<Integer, ImportField> changed = new TreeMap<>(fields);
        if (field != null) {
            changed.values().removeIf(f -> f == field);
            changed.put(column, field);
        } else {
            changed.remove(column);
        }
        return new ColumnMapping(changed);
    }

    /** True when the table also carries progress (a tracking workbook). */
    public boolean hasProgress() {
        return fields.values().stream().anyMatch(ImportField::isProgress);
    }

    public Set<ImportField> missing() {
        Set<ImportField> missing = EnumSet.copyOf(REQUIRED);
        missing.removeAll(fields.values());
        return missing;
    }

    /** The cell of {@code field} in {@code row} on one line, "" when the field has no column. */
    public String value(SourceRow row, ImportField field) {
        return Text.clean(lines(row, field));
    }

    /** The cell of {@code field} in {@code row} with its line breaks. */
    public String lines(SourceRow row, ImportField field) {
        OptionalInt column = column(field);
        return column.isPresent() ? row.cell(column.getAsInt()) : "";
    }
}

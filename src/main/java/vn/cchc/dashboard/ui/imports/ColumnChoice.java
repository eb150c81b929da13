package vn.cchc.dashboard.ui.imports;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.cchc.dashboard.domain.imports.ImportField;
import vn.cchc.dashboard.domain.imports.SourceRow;

/**
 * A column of the file: its heading, an example value, and the field it is imported as (null: not imported).
 * A row of the import wizard's mapping table, which the user corrects through its field.
 */
public final class ColumnChoice {
    private final int column;
    private final String header;
    private final String sample;
    private final ObjectProperty<ImportField> field = new SimpleObjectProperty<>(this, "field");

    ColumnChoice(int column, String header, String sample, ImportField field) {
        this.column = column;
        this.header = header;
        this.sample = sample;
        this.field.set(field);
    }

    int column() {
        return column;
    }

    public String letter() {
        return SourceRow.columnName(column);
    }

    public String header() {
        return header;
    }

    public String sample() {
        return sample;
    }

    public ObjectProperty<ImportField> field() {
        return field;
    }
}

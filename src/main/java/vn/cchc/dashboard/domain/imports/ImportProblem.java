package vn.cchc.dashboard.domain.imports;

import java.util.List;

/**
 * Something the import found in a file, pointing at the cell: the sheet, the row and column the user sees, the
 * value there, and a message key (with arguments) saying what is wrong and what to do. An error stops the import;
 * a note says what the import did with something unusual.
 *
 * @param row    the row number in the file, 0 for the file as a whole
 * @param column the column letter ("D"), or null for a whole row
 */
public record ImportProblem(String sheet, int row, String column, String value, Severity severity,
                            String messageKey, List<String> args) {

    /** Whether a problem stops the import. */
    public enum Severity { ERROR, NOTE }

    public ImportProblem {
        args = List.copyOf(args);
        value = value == null ? "" : value;
    }

    public static ImportProblem error(String sheet, int row, Integer column, String value, String key, String... args) {
        return new ImportProblem(sheet, row, column == null ? null : SourceRow.columnName(column), value,
                Severity.ERROR, key, List.of(args));
    }

    public static ImportProblem note(String sheet, int row, Integer column, String value, String key, String... args) {
        return new ImportProblem(sheet, row, column == null ? null : SourceRow.columnName(column), value,
                Severity.NOTE, key, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

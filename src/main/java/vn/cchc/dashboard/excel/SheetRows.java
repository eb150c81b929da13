package vn.cchc.dashboard.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.cchc.dashboard.domain.imports.SourceRow;

/**
 * The rows of the sheet a small table lives on (a results table, a criteria set): the first visible sheet the reader
 * recognises, else the first visible sheet, for the reader to refuse in its own words. A sheet longer than such a table
 * can be is read only so far, and says so.
 *
 * @param tooLong whether the sheet ran past the limit it was read with
 */
public record SheetRows(String sheet, List<SourceRow> rows, boolean tooLong) {

    public SheetRows {
        rows = List.copyOf(rows);
    }

    /**
     * @param hasTable whether a sheet's rows hold the table sought
     * @throws ImportFileException for a file of the wrong type, encrypted, damaged, empty or unreadable
     */
    public static SheetRows firstWithTable(Path path, int maxRows, Predicate<List<SourceRow>> hasTable) {
        try (TableFile file = TableFiles.open(path)) {
            SheetRows first = null;
            for (TableFile.Sheet sheet : file.sheets()) {
                if (sheet.hidden()) {
                    continue; // an earlier year's table or a scratch sheet the office hid
                }
                SheetRows rows = read(file, sheet.name(), maxRows);
                if (hasTable.test(rows.rows())) {
                    return rows;
                }
                first = first == null ? rows : first;
            }
            if (first == null) {
                throw new ImportFileException(ImportFileException.Reason.EMPTY, path.toString());
            }
            return first;
        } catch (IOException e) {
            throw ReadFailures.translate(e, path.toString());
        }
    }

    private static SheetRows read(TableFile file, String sheet, int maxRows) {
        List<SourceRow> rows = new ArrayList<>();
        boolean[] tooLong = {false};
        file.read(sheet, row -> {
            if (rows.size() == maxRows) {
                tooLong[0] = true;
                return false;
            }
            rows.add(row);
            return true;
        });
        return new SheetRows(sheet, rows, tooLong[0]);
    }
}

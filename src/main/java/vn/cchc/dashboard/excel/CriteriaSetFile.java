package vn.cchc.dashboard.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.dashboard.domain.imports.SourceRow;
import vn.cchc.dashboard.domain.unitindex.CriteriaSheetReader;

/**
 * The rows of a criteria set's appendix (xlsx, xls, ods, csv, or a table in a docx): those of the first visible sheet
 * that has a criteria header, else of the first visible sheet, for {@link CriteriaSheetReader} to refuse in its
 * words. A cell merged over several columns or rows comes with its value in its first cell and the others blank, in
 * every format: an area row merged across the table is read from its first cell, numbering and title together.
 */
public final class CriteriaSetFile {

    /** A set has 100–300 lines with their guidance rows; a sheet longer than this is no criteria set. */
    public static final int MAX_ROWS = 2_000;

    /** The rows of one sheet, and whether the sheet ran past {@link #MAX_ROWS}. */
    public record Rows(String sheet, List<SourceRow> rows, boolean tooLong) {
        public Rows {
            rows = List.copyOf(rows);
        }
    }

    private CriteriaSetFile() {
    }

    /** @throws ImportFileException for a file of the wrong type, encrypted, damaged, empty or unreadable */
    public static Rows read(Path path) {
        try (TableFile file = TableFiles.open(path)) {
            Rows first = null;
            for (TableFile.Sheet sheet : file.sheets()) {
                if (sheet.hidden()) {
                    continue; // an earlier year's set or a scratch sheet the office hid
                }
                Rows rows = rows(file, sheet.name());
                if (CriteriaSheetReader.hasTable(rows.rows())) {
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

    private static Rows rows(TableFile file, String sheet) {
        List<SourceRow> rows = new ArrayList<>();
        boolean[] tooLong = {false};
        file.read(sheet, row -> {
            if (rows.size() == MAX_ROWS) {
                tooLong[0] = true;
                return false;
            }
            rows.add(row);
            return true;
        });
        return new Rows(sheet, rows, tooLong[0]);
    }
}

package vn.cchc.dashboard.excel;

import java.nio.file.Path;
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

    private CriteriaSetFile() {
    }

    /** @throws ImportFileException for a file of the wrong type, encrypted, damaged, empty or unreadable */
    public static SheetRows read(Path path) {
        return SheetRows.firstWithTable(path, MAX_ROWS, CriteriaSheetReader::hasTable);
    }
}

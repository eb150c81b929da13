package vn.cchc.dashboard.excel;

import java.nio.file.Path;
import vn.cchc.dashboard.domain.national.ResultSheetReader;

/**
 * The rows of a PAR Index or SIPAS results file (xlsx, xls, ods, csv, or a table in a docx): those of the first
 * visible sheet that has a results header, else of the first visible sheet, for the reader to refuse in its words.
 */
public final class NationalResultsFile {

    /** 63 or 34 provinces with a few title and note rows; a sheet longer than this is no results table. */
    public static final int MAX_ROWS = 1_000;

    private NationalResultsFile() {
    }

    /** @throws ImportFileException for a file of the wrong type, encrypted, damaged, empty or unreadable */
    public static SheetRows read(Path path) {
        return SheetRows.firstWithTable(path, MAX_ROWS, ResultSheetReader::hasTable);
    }
}

package vn.cchc.dashboard.excel;

import com.github.miachm.sods.OdsOptionParameters;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.cchc.dashboard.domain.imports.SourceRow;

/**
 * A LibreOffice Calc (.ods) workbook, read with SODS after {@link OdsContentCheck} has measured it (SODS holds the
 * whole workbook in memory). Rows come as the .xlsx reader gives them: merged cells hold their text in the first
 * cell and are blank in the rest, dates as dd/MM/yyyy, numbers as written without grouping, formulas by their
 * computed value (their columns marked), blank rows left out, row numbers as Calc shows them.
 */
final class OdsTableFile implements TableFile {

    private static final String MIME_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
    /** SODS tells of every part it parses or skips (Calc's "rest of the sheet" rows, as a warning): none of it is news. */
    private static final Logger SODS_LOG = Logger.getLogger(OdsTableFile.class.getName() + ".sods");

    static {
        SODS_LOG.setLevel(Level.SEVERE);
    }

    private final Path file;
    private final SpreadSheet workbook;
    private final List<Sheet> sheets;

    OdsTableFile(Path file) {
        this.file = file;
        Set<String> hidden = OdsContentCheck.hiddenSheets(file);
        try {
            this.workbook = new SpreadSheet(file.toFile(), options());
        } catch (Exception | LinkageError e) {
            throw ReadFailures.translate(e, file.toString());
        }
        List<Sheet> list = new ArrayList<>();
        for (com.github.miachm.sods.Sheet sheet : workbook.getSheets()) {
            list.add(new Sheet(sheet.getName(), hidden.contains(sheet.getName())));
        }
        this.sheets = List.copyOf(list);
    }

    /** Whether a ZIP is an OpenDocument spreadsheet (or its template): its first part, "mimetype", says so. */
    static boolean isSpreadsheet(ZipFile zip) throws IOException {
        ZipEntry mimeType = zip.getEntry("mimetype");
        if (mimeType == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(mimeType)) {
            return new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip().startsWith(MIME_TYPE);
        }
    }

    private static OdsOptionParameters options() {
        OdsOptionParameters options = new OdsOptionParameters();
        // Styles are not needed for values (a date cell says it is a date), and SODS cannot find the body of a
        // content.xml without automatic styles when it loads them; pictures and charts are not tables.
        options.setLoadStyles(false);
        options.setLoadImages(false);
        options.setLoadGraphs(false);
        options.setLogger(SODS_LOG);
        return options;
    }

    @Override
    public List<Sheet> sheets() {
        return sheets;
    }

    @Override
    public void read(String name, Predicate<SourceRow> sink) {
        com.github.miachm.sods.Sheet sheet = workbook.getSheet(name);
        if (sheet == null || sheet.getMaxRows() == 0 || sheet.getMaxColumns() == 0) {
            return;
        }
        try {
            Set<Long> covered = coveredByMerges(sheet);
            for (int r = 0; r < sheet.getMaxRows(); r++) {
                Range row = sheet.getRange(r, 0, 1, sheet.getMaxColumns());
                Object[] values = row.getValues()[0];
                String[] formulas = row.getFormulas()[0];
                List<String> cells = new ArrayList<>(values.length);
                Set<Integer> formulaColumns = new HashSet<>();
                for (int c = 0; c < values.length; c++) {
                    cells.add(covered.contains(position(r, c)) ? "" : OdsCellText.of(values[c]));
                    if (formulas[c] != null) {
                        formulaColumns.add(c);
                    }
                }
                SourceRow source = new SourceRow(r + 1, trimmed(cells), formulaColumns);
                // Like the .xlsx reader, which sees only the rows a sheet stores: blank rows are no rows.
                if ((!source.isBlank() || !formulaColumns.isEmpty()) && !sink.test(source)) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            throw ReadFailures.translate(e, file.toString());
        }
    }

    /**
     * The cells a merge covers, but not its first: SODS gives every cell of a merge the merge's value, where .xlsx and
     * Calc itself keep it in the first cell only – a header "Cơ quan thực hiện" over two columns is one heading.
     */
    private static Set<Long> coveredByMerges(com.github.miachm.sods.Sheet sheet) {
        Set<Long> covered = new HashSet<>();
        for (Range merge : sheet.getDataRange().getMergedCells()) {
            for (int r = merge.getRow(); r < Math.min(sheet.getMaxRows(), merge.getRow() + merge.getNumRows()); r++) {
                for (int c = merge.getColumn(); c < Math.min(sheet.getMaxColumns(), merge.getColumn() + merge.getNumColumns()); c++) {
                    if (r != merge.getRow() || c != merge.getColumn()) {
                        covered.add(position(r, c));
                    }
                }
            }
        }
        return covered;
    }

    private static long position(int row, int column) {
        return (long) row << 32 | column;
    }

    /** Without the blank cells after the last filled one, as .xlsx rows end at their last stored cell. */
    private static List<String> trimmed(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return cells.subList(0, end);
    }

    @Override
    public void close() {
        // SODS closed the file when it had read it
    }
}

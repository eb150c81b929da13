package vn.cchc.dashboard.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import vn.cchc.dashboard.domain.imports.SourceRow;

/**
 * An Excel 97–2003 (.xls, BIFF8) workbook. Such a sheet holds at most 65.536 rows, so reading it whole stays within
 * bounds; formulas give their cached values, dates come as dd/MM/yyyy.
 */
final class XlsTableFile implements TableFile {

    private final Path file;
    private final HSSFWorkbook workbook;
    private final DayFormatter formatter = new DayFormatter();

    XlsTableFile(Path file) {
        this.file = file;
        try {
            this.workbook = new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true).getRoot(), false);
        } catch (Exception | LinkageError e) {
            throw ReadFailures.translate(e, file.toString());
        }
    }

    @Override
    public List<Sheet> sheets() {
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheets.add(new Sheet(workbook.getSheetName(i), workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)));
        }
        return sheets;
    }

    @Override
    public void read(String sheet, Predicate<SourceRow> sink) {
        try {
            for (Row row : workbook.getSheet(sheet)) {
                List<String> cells = new ArrayList<>();
                Set<Integer> formulas = new HashSet<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : text(cell));
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        formulas.add(c);
                    }
                }
                if (!sink.test(new SourceRow(row.getRowNum() + 1, cells, formulas))) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            throw ReadFailures.translate(e, file.toString());
        }
    }

    private String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return DayFormatter.day(cell.getNumericCellValue(), workbook.getInternalWorkbook().isUsing1904DateWindowing());
        }
        if (type == CellType.ERROR) {
            return "";
        }
        return formatter.formatCellValue(cell);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}

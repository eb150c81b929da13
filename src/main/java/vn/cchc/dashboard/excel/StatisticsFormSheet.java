package vn.cchc.dashboard.excel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.dashboard.domain.statistics.StatisticsCheck;

/**
 * The second sheet of a unit's progress form, "Số liệu thống kê": the period's statistics items grouped by reform
 * area, code, label, unit of measure and whether required locked; a value and a note column open. The reader reads
 * back each item row by its code; section rows have none.
 */
public final class StatisticsFormSheet {

    public static final String SHEET = "Số liệu thống kê";
    public static final int CODE = 0;
    public static final int LABEL = 1;
    public static final int MEASURE = 2;
    public static final int REQUIRED = 3;
    public static final int VALUE = 4;
    public static final int NOTE = 5;
    /** The row (0-based) of the column headings; items start under it. */
    public static final int HEADER_ROW = 4;

    /** What the sheet lists: the period's name, and the lines (a reform area's heading, or an item). */
    public record Content(String period, String title, List<Line> lines) {
        public Content {
            lines = List.copyOf(lines);
        }
    }

    /** An item ({@code code} set) or an area's heading ({@code code} null, {@code label} the area's name). */
    public record Line(String code, String label, String measureUnit, boolean required, String value, String note) {
        public static Line heading(String areaName) {
            return new Line(null, areaName, null, false, null, null);
        }
    }

    /** The sheet's words: its column headings and the mark of a required item. */
    public record Words(List<String> headings, String requiredMark) {
    }

    private StatisticsFormSheet() {
    }

    static void write(XSSFWorkbook workbook, Content content, Words words) {
        XSSFSheet sheet = workbook.createSheet(SHEET);
        CellStyle heading = XlsxTable.headerStyle(workbook);
        CellStyle locked = workbook.createCellStyle();
        locked.setWrapText(true);
        locked.setLocked(true);
        CellStyle open = workbook.createCellStyle();
        open.setWrapText(true);
        open.setLocked(false);
        open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        sheet.createRow(0).createCell(0).setCellValue(content.title());
        sheet.getRow(0).getCell(0).setCellStyle(heading);
        Row header = sheet.createRow(HEADER_ROW);
        int[] widths = {20, 60, 12, 10, 16, 40};
        for (int c = 0; c < words.headings().size(); c++) {
            header.createCell(c).setCellValue(words.headings().get(c));
            header.getCell(c).setCellStyle(heading);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = HEADER_ROW + 1;
        for (Line line : content.lines()) {
            Row row = sheet.createRow(r++);
            if (line.code() == null) {
                cell(row, LABEL, line.label(), heading);
                continue;
            }
            cell(row, CODE, line.code(), locked);
            cell(row, LABEL, line.label(), locked);
            cell(row, MEASURE, line.measureUnit(), locked);
            cell(row, REQUIRED, line.required() ? words.requiredMark() : "", locked);
            // General cells: a number typed stays a number, and reads back without the reader's locale guessing.
            cell(row, VALUE, line.value(), open);
            cell(row, NOTE, line.note(), open);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.protectSheet("cchc");
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        row.createCell(column).setCellValue(value == null ? "" : XlsxTable.safeText(value));
        row.getCell(column).setCellStyle(style);
    }

    /** The item rows of a returned form's statistics sheet; empty when the form has none (made by an older version). */
    static List<StatisticsCheck.Cell> read(TableFile file) throws IOException {
        List<StatisticsCheck.Cell> cells = new ArrayList<>();
        if (file.sheets().stream().noneMatch(s -> s.name().equals(SHEET))) {
            return cells;
        }
        file.read(SHEET, row -> {
            if (row.number() > HEADER_ROW + 1 && !row.cell(CODE).isBlank()) {
                cells.add(new StatisticsCheck.Cell(row.cell(CODE).strip(), row.cell(VALUE), row.cell(NOTE)));
            }
            return true;
        });
        return cells;
    }
}

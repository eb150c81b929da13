package vn.cchc.dashboard.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.cchc.dashboard.files.AtomicFile;

/**
 * Writes one table to an .xlsx file the way offices expect to receive it: a bold header row that stays in view,
 * filters on every column, sensible widths, dates as dates. Text that a spreadsheet would run as a formula
 * (starting with = + - @) is written as plain text. Streams rows, so memory stays small, and writes to a
 * temporary file moved into place: a failure leaves no partial file.
 */
public final class XlsxTable {

    /** A column: its heading and its width in characters. */
    public record Column(String heading, int width) {
    }

    private XlsxTable() {
    }

    /**
     * @param rows each row's values: String, Number, LocalDate, LocalDateTime or null
     */
    public static void write(Path file, String sheetName, List<Column> columns, List<List<Object>> rows) throws IOException {
        AtomicFile.write(file, out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
                SXSSFSheet sheet = workbook.createSheet(sheetName);
                Styles styles = new Styles(workbook);
                Row header = sheet.createRow(0);
                for (int i = 0; i < columns.size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(columns.get(i).heading());
                    cell.setCellStyle(styles.header);
                    sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
                }
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> values = rows.get(r);
                    for (int i = 0; i < values.size(); i++) {
                        put(row.createCell(i), values.get(i), styles);
                    }
                }
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, columns.size() - 1));
                workbook.write(out);
                workbook.dispose();
            }
        });
    }

    private static void put(Cell cell, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(styles.dateTime);
        } else {
            cell.setCellValue(safeText(value.toString()));
            cell.setCellStyle(styles.text);
        }
    }

    /** A leading apostrophe keeps "=HYPERLINK(…)" and "+84…" as the text they are. */
    static String safeText(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** The text as written before {@link #safeText} guarded it. */
    static String unsafeText(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0 ? text.substring(1) : text;
    }

    /** The heading style of every table the application writes: bold, grey, wrapped, a line under it. */
    static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        return header;
    }

    /** The few cell styles a table needs, created once per workbook (Excel limits their number). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            header = headerStyle(workbook);
            text = workbook.createCellStyle();
            text.setWrapText(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        }
    }
}

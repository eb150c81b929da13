package vn.cchc.dashboard.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.dashboard.files.AtomicFile;

/**
 * Writes a unit's progress form: the identity columns locked, status as a drop-down, percent and date validated,
 * instructions on their own sheet, and the form's identity (plan, unit, time) on a very hidden sheet that the import
 * reads back. Written to a temporary file moved into place.
 */
public final class ProgressFormWriter {

    /** The words of the form, in the user's language: headings, the status choices, the instructions. */
    public record Words(String title, List<String> headings, List<String> statuses, String instructionsSheet,
                        List<String> instructions, StatisticsFormSheet.Words statistics) {
    }

    private ProgressFormWriter() {
    }

    public static void write(Path file, ProgressForm form, Words words) throws IOException {
        AtomicFile.write(file, out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                XSSFSheet sheet = workbook.createSheet(ProgressForm.SHEET);
                Styles styles = new Styles(workbook);
                sheet.createRow(0).createCell(0).setCellValue(words.title());
                sheet.getRow(0).getCell(0).setCellStyle(styles.heading);
                sheet.createRow(1).createCell(0).setCellValue(form.unitName());
                sheet.createRow(2).createCell(0).setCellValue(form.planTitle());
                Row header = sheet.createRow(ProgressForm.HEADER_ROW);
                int[] widths = {10, 10, 60, 20, 18, 10, 16, 40, 30};
                for (int c = 0; c < words.headings().size(); c++) {
                    header.createCell(c).setCellValue(words.headings().get(c));
                    header.getCell(c).setCellStyle(styles.heading);
                    sheet.setColumnWidth(c, widths[c] * 256);
                }
                int r = ProgressForm.HEADER_ROW + 1;
                for (ProgressForm.Line line : form.lines()) {
                    line(sheet.createRow(r++), line, styles);
                }
                validations(sheet, words.statuses(), ProgressForm.HEADER_ROW + 1, Math.max(r - 1, ProgressForm.HEADER_ROW + 1));
                sheet.createFreezePane(0, ProgressForm.HEADER_ROW + 1);
                // A password only against slips: the import checks identity columns against the database anyway.
                sheet.protectSheet("cchc");
                if (form.statistics() != null) {
                    StatisticsFormSheet.write(workbook, form.statistics(), words.statistics());
                }
                XSSFSheet help = workbook.createSheet(words.instructionsSheet());
                help.setColumnWidth(0, 110 * 256);
                for (int i = 0; i < words.instructions().size(); i++) {
                    help.createRow(i).createCell(0).setCellValue(words.instructions().get(i));
                }
                meta(workbook, form);
                workbook.write(out);
            }
        });
    }

    private static void line(Row row, ProgressForm.Line line, Styles styles) {
        row.createCell(ProgressForm.ID).setCellValue(line.taskId());
        text(row, ProgressForm.CODE, line.code(), styles.locked);
        text(row, ProgressForm.TITLE, line.title(), styles.locked);
        text(row, ProgressForm.DEADLINE, line.deadline(), styles.locked);
        row.getCell(ProgressForm.ID).setCellStyle(styles.locked);
        text(row, ProgressForm.STATUS, line.status(), styles.open);
        if (line.percent() != null) {
            row.createCell(ProgressForm.PERCENT).setCellValue(line.percent());
        }
        if (line.completedOn() != null) {
            row.createCell(ProgressForm.COMPLETED_ON).setCellValue(line.completedOn());
        }
        text(row, ProgressForm.NOTE, line.note(), styles.open);
        text(row, ProgressForm.EVIDENCE, line.evidence(), styles.open);
        for (int c = ProgressForm.STATUS; c <= ProgressForm.EVIDENCE; c++) {
            if (row.getCell(c) == null) {
                row.createCell(c);
            }
            row.getCell(c).setCellStyle(c == ProgressForm.COMPLETED_ON ? styles.openDate : styles.open);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        row.createCell(column).setCellValue(value == null ? "" : XlsxTable.safeText(value));
        row.getCell(column).setCellStyle(style);
    }

    private static void validations(XSSFSheet sheet, List<String> statuses, int first, int last) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        add(sheet, helper.createExplicitListConstraint(statuses.toArray(String[]::new)), first, last, ProgressForm.STATUS);
        add(sheet, helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
                first, last, ProgressForm.PERCENT);
        add(sheet, helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)",
                "DATE(2100,12,31)", "dd/mm/yyyy"), first, last, ProgressForm.COMPLETED_ON);
    }

    private static void add(XSSFSheet sheet, DataValidationConstraint constraint, int first, int last, int column) {
        DataValidation validation = sheet.getDataValidationHelper()
                .createValidation(constraint, new CellRangeAddressList(first, last, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static void meta(XSSFWorkbook workbook, ProgressForm form) {
        XSSFSheet meta = workbook.createSheet(ProgressForm.META_SHEET);
        String[][] values = {{"format", "cchc-progress-form-1"}, {"plan", String.valueOf(form.planId())},
                {"unit", String.valueOf(form.unitId())}, {"exportedAt", form.exportedAt().toString()},
                {"period", form.statistics() == null ? "" : form.statistics().period()}};
        for (int i = 0; i < values.length; i++) {
            Row row = meta.createRow(i);
            row.createCell(0).setCellValue(values[i][0]);
            row.createCell(1).setCellValue(values[i][1]);
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
    }

    private static final class Styles {
        final CellStyle heading;
        final CellStyle locked;
        final CellStyle open;
        final CellStyle openDate;

        Styles(XSSFWorkbook workbook) {
            heading = XlsxTable.headerStyle(workbook);
            locked = workbook.createCellStyle();
            locked.setWrapText(true);
            locked.setLocked(true);
            open = workbook.createCellStyle();
            open.setWrapText(true);
            open.setLocked(false);
            open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            openDate = workbook.createCellStyle();
            openDate.cloneStyleFrom(open);
            openDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }
    }
}

package vn.cchc.dashboard.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.dashboard.files.AtomicFile;

/**
 * Writes a unit's self-assessment form: every cell locked but the score, evidence and explanation of the lines the
 * unit scores (the score validated between 0 and the line's maximum), and the form's identity – year, group, unit,
 * time, the lines open for input – on a very hidden sheet that the reader trusts instead of the file's name. Written
 * whole to a temporary file moved into place.
 */
public final class UnitIndexFormWriter {

    private static final int[] WIDTHS = {9, 45, 9, 45, 32, 11, 35, 35};

    private UnitIndexFormWriter() {
    }

    public static void write(Path file, UnitIndexForm form) throws IOException {
        AtomicFile.write(file, out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                XSSFSheet sheet = workbook.createSheet(UnitIndexForm.SHEET);
                Styles styles = new Styles(workbook);
                for (int i = 0; i < form.heading().size(); i++) {
                    Row row = sheet.createRow(i);
                    text(row, 0, form.heading().get(i), i == 1 ? styles.title : styles.locked);
                    sheet.addMergedRegion(new CellRangeAddress(i, i, 0, UnitIndexForm.COLUMNS - 1));
                }
                Row header = sheet.createRow(UnitIndexForm.HEADER_ROW);
                for (int c = 0; c < UnitIndexForm.COLUMNS; c++) {
                    text(header, c, form.columns().get(c), styles.header);
                    sheet.setColumnWidth(c, WIDTHS[c] * 256);
                }
                int r = UnitIndexForm.HEADER_ROW + 1;
                for (UnitIndexForm.Row line : form.rows()) {
                    Row row = sheet.createRow(r);
                    line(sheet, row, line, styles);
                    r++;
                }
                sheet.createFreezePane(2, UnitIndexForm.HEADER_ROW + 1);
                PrintSetup print = sheet.getPrintSetup();
                print.setLandscape(true);
                print.setPaperSize(PrintSetup.A4_PAPERSIZE);
                print.setFitWidth((short) 1);
                print.setFitHeight((short) 0);
                sheet.setFitToPage(true);
                sheet.setRepeatingRows(new CellRangeAddress(UnitIndexForm.HEADER_ROW, UnitIndexForm.HEADER_ROW, -1, -1));
                // A password only against slips: the reader trusts the hidden sheet and the service the database.
                sheet.protectSheet("cchc");
                meta(workbook, form);
                workbook.write(out);
            }
        });
    }

    private static void line(XSSFSheet sheet, Row row, UnitIndexForm.Row line, Styles styles) {
        boolean section = line.kind() == UnitIndexForm.Kind.SECTION;
        boolean greyed = line.kind() == UnitIndexForm.Kind.EXEMPT || line.kind() == UnitIndexForm.Kind.SURVEY;
        CellStyle fixed = section ? styles.section : greyed ? styles.greyed : styles.locked;
        text(row, UnitIndexForm.CODE, line.code(), fixed);
        text(row, UnitIndexForm.TITLE, line.title(), fixed);
        row.createCell(UnitIndexForm.MAX).setCellValue(line.maxPoints().doubleValue());
        row.getCell(UnitIndexForm.MAX).setCellStyle(section ? styles.sectionNumber : greyed ? styles.greyedNumber : styles.number);
        text(row, UnitIndexForm.GUIDANCE, line.guidance(), fixed);
        text(row, UnitIndexForm.REFERENCE, line.reference(), fixed);
        switch (line.kind()) {
            case INPUT -> {
                row.createCell(UnitIndexForm.SCORE).setCellStyle(styles.openNumber);
                if (line.score() != null) {
                    row.getCell(UnitIndexForm.SCORE).setCellValue(line.score().doubleValue());
                }
                text(row, UnitIndexForm.EVIDENCE, line.evidence(), styles.open);
                text(row, UnitIndexForm.EXPLANATION, line.explanation(), styles.open);
                DataValidation validation = sheet.getDataValidationHelper().createValidation(
                        sheet.getDataValidationHelper().createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                                "0", line.maxPoints().toPlainString()),
                        new CellRangeAddressList(row.getRowNum(), row.getRowNum(), UnitIndexForm.SCORE, UnitIndexForm.SCORE));
                validation.setShowErrorBox(true);
                sheet.addValidationData(validation);
            }
            case EXEMPT, SURVEY -> {
                text(row, UnitIndexForm.SCORE, line.note(), styles.greyed);
                for (int c = UnitIndexForm.SCORE + 1; c < UnitIndexForm.COLUMNS; c++) {
                    row.createCell(c).setCellStyle(styles.greyed);
                }
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), UnitIndexForm.SCORE,
                        UnitIndexForm.COLUMNS - 1));
            }
            case SECTION -> {
                for (int c = UnitIndexForm.SCORE; c < UnitIndexForm.COLUMNS; c++) {
                    row.createCell(c).setCellStyle(styles.section);
                }
            }
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        row.createCell(column).setCellValue(value == null ? "" : XlsxTable.safeText(value));
        row.getCell(column).setCellStyle(style);
    }

    private static void meta(XSSFWorkbook workbook, UnitIndexForm form) {
        XSSFSheet meta = workbook.createSheet(UnitIndexForm.META_SHEET);
        String inputs = form.rows().stream().filter(r -> r.kind() == UnitIndexForm.Kind.INPUT)
                .map(UnitIndexForm.Row::code).collect(Collectors.joining(","));
        List<String[]> values = List.of(new String[] {"format", UnitIndexForm.FORMAT},
                new String[] {"year", String.valueOf(form.year())}, new String[] {"group", form.group().name()},
                new String[] {"unit", String.valueOf(form.unitId())}, new String[] {"unitName", form.unitName()},
                new String[] {"sentAt", form.sentAt().toString()}, new String[] {"inputs", inputs});
        for (int i = 0; i < values.size(); i++) {
            Row row = meta.createRow(i);
            row.createCell(0).setCellValue(values.get(i)[0]);
            row.createCell(1).setCellValue(values.get(i)[1]);
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle locked;
        final CellStyle number;
        final CellStyle section;
        final CellStyle sectionNumber;
        final CellStyle greyed;
        final CellStyle greyedNumber;
        final CellStyle open;
        final CellStyle openNumber;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setLocked(true);
            header = XlsxTable.headerStyle(workbook);
            header.setLocked(true);
            locked = workbook.createCellStyle();
            locked.setWrapText(true);
            locked.setLocked(true);
            locked.setVerticalAlignment(VerticalAlignment.TOP);
            number = workbook.createCellStyle();
            number.cloneStyleFrom(locked);
            number.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
            section = workbook.createCellStyle();
            section.cloneStyleFrom(locked);
            section.setFont(bold);
            sectionNumber = workbook.createCellStyle();
            sectionNumber.cloneStyleFrom(number);
            sectionNumber.setFont(bold);
            greyed = workbook.createCellStyle();
            greyed.cloneStyleFrom(locked);
            greyed.setFont(grey);
            greyed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            greyed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            greyedNumber = workbook.createCellStyle();
            greyedNumber.cloneStyleFrom(greyed);
            greyedNumber.setDataFormat(number.getDataFormat());
            open = workbook.createCellStyle();
            open.cloneStyleFrom(locked);
            open.setLocked(false);
            open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            // General: a score reads back as the number it is ("1.5"), whatever the unit's Excel shows it as.
            openNumber = workbook.createCellStyle();
            openNumber.cloneStyleFrom(open);
        }
    }
}

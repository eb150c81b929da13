package vn.cchc.dashboard.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * National PAR Index and SIPAS results files for tests: the committed CSV fixtures (illustrative figures, see
 * src/test/resources/national/README.md), and workbooks written here as Excel users make them.
 */
public final class NationalFiles {

    public static final Path FOLDER = Path.of("src/test/resources/national");
    /** 63 provinces; national average 86,98% (published); Quảng Ninh first, Hải Phòng second with 91,81%. */
    public static final Path PAR_2023 = FOLDER.resolve("par-index-2023-minh-hoa.csv");
    /** 63 provinces; national average 88,37% (published); Hải Phòng first (92,98%), Hưng Yên 12th (89,46%). */
    public static final Path PAR_2024 = FOLDER.resolve("par-index-2024-minh-hoa.csv");
    /** 63 provinces; national 82,66% (published); Quảng Ninh first (90,20%), Hưng Yên 20th (84,20%). */
    public static final Path SIPAS_2023 = FOLDER.resolve("sipas-2023-minh-hoa.csv");

    private NationalFiles() {
    }

    /** A copy of {@code fixture} in {@code folder}, under its own name. */
    public static Path copy(Path fixture, Path folder) throws IOException {
        return Files.copy(fixture, folder.resolve(fixture.getFileName()));
    }

    /**
     * A SIPAS workbook as an office keeps it: a title, "STT | Tỉnh/thành phố | Chỉ số thành phần (merged) | Chỉ số
     * SIPAS", the component names in the row under the merged heading, totals in percent-formatted cells and the
     * components as bare fractions, province names in decomposed Unicode, and a "Bình quân cả nước" row at the end.
     *
     * @param rows "Province:total:component1:component2" with totals as fractions (0.8266)
     */
    public static Path sipasWorkbook(Path file, List<String> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet notes = workbook.createSheet("Ghi chú");
            notes.createRow(0).createCell(0).setCellValue("Nguồn: Bộ Nội vụ");
            XSSFSheet sheet = workbook.createSheet("SIPAS 2023");
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            sheet.createRow(0).createCell(0).setCellValue("CHỈ SỐ SIPAS NĂM 2023 CỦA CÁC TỈNH, THÀNH PHỐ");
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("STT");
            header.createCell(1).setCellValue("Tỉnh/thành phố");
            header.createCell(2).setCellValue("Chỉ số thành phần");
            header.createCell(4).setCellValue("Chỉ số SIPAS");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            Row under = sheet.createRow(3);
            under.createCell(2).setCellValue("Tiếp cận dịch vụ");
            under.createCell(3).setCellValue("Thủ tục hành chính");
            int r = 4;
            for (String line : rows) {
                String[] cells = line.split(":");
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 3);
                row.createCell(1).setCellValue(Normalizer.normalize(cells[0], Normalizer.Form.NFD));
                for (int c = 1; c < cells.length; c++) {
                    var cell = row.createCell(c == 1 ? 4 : c);
                    cell.setCellValue(Double.parseDouble(cells[c]));
                    if (c == 1) {
                        cell.setCellStyle(percent); // shown "82.66%"; the components stay General: "0.8266"
                    }
                }
                r++;
            }
            Row average = sheet.createRow(r);
            average.createCell(1).setCellValue("Bình quân cả nước");
            average.createCell(4).setCellFormula("AVERAGE(E5:E" + r + ")");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}

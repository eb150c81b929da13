package vn.cchc.dashboard.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableTest {

    @TempDir
    Path folder;

    @Test
    void aTableReadsBackWithItsHeaderDatesAndVietnameseText() throws Exception {
        Path file = folder.resolve("bang.xlsx");
        XlsxTable.write(file, "Nhật ký", List.of(new XlsxTable.Column("Thời điểm", 18),
                        new XlsxTable.Column("Người thực hiện", 24), new XlsxTable.Column("Số", 8)),
                List.of(Arrays.asList(LocalDateTime.of(2026, 11, 23, 9, 30), "Nguyễn Thị Hạnh", 3),
                        Arrays.asList(LocalDate.of(2026, 6, 30), "=HYPERLINK(1)", null)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = workbook.getSheet("Nhật ký");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Người thực hiện");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C3");
            assertThat(sheet.getRow(1).getCell(0).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 30));
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Hạnh");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(2).getCell(1).getCellType()).as("never a formula").isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(sheet.getColumnWidth(1)).isEqualTo(24 * 256);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bang.xlsx");
        }
    }

    @Test
    void aFileThatCannotBeWrittenLeavesNothingBehind() {
        Path missing = folder.resolve("khong-co").resolve("bang.xlsx");
        assertThatThrownBy(() -> XlsxTable.write(missing, "Sheet", List.of(new XlsxTable.Column("A", 10)), List.of()))
                .isInstanceOf(IOException.class);
        assertThat(missing.getParent()).doesNotExist();
    }

    @Test
    void textsThatWouldRunAsFormulasAreNeutralised() {
        assertThat(XlsxTable.safeText("=1+1")).isEqualTo("'=1+1");
        assertThat(XlsxTable.safeText("+84 912")).isEqualTo("'+84 912");
        assertThat(XlsxTable.safeText("-5")).isEqualTo("'-5");
        assertThat(XlsxTable.safeText("@SUM")).isEqualTo("'@SUM");
        assertThat(XlsxTable.safeText("Sở Nội vụ")).isEqualTo("Sở Nội vụ");
    }
}

package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.excel.ProgressForm;
import vn.cchc.dashboard.testing.Workbooks;

class ProgressExchangeCommandTest {

    @TempDir
    Path folder;

    @Test
    void aFormIsMadeForAUnitNamedByItsAbbreviationAndReadBackUnchanged() {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
        Path form = folder.resolve("phieu-tu-phap.xlsx");
        CliRunner.Run made = CliRunner.run(folder, "progress-form", "--unit", "so tu phap", "--out", form.toString());
        assertThat(made.exitCode()).isZero();
        CliRunner.Run back = CliRunner.run(folder, "import-progress", form.toString(), "--dry-run");
        assertThat(back.exitCode()).isZero();
        assertThat(back.out()).contains("Không đổi – phieu-tu-phap.xlsx:6").containsPattern("Ghi nhận 0 cập nhật; \\d+ dòng không đổi");
        assertThat(CliRunner.run(folder, "progress-form", "--unit", "Sở Không Có", "--out", form.toString()).err())
                .contains("Không có đơn vị \"Sở Không Có\"");
    }

    @Test
    void aFormImportedTwiceIsRecordedOnceEvenWithEveryConflictAccepted() throws Exception {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
        Path form = folder.resolve("phieu-tu-phap.xlsx");
        assertThat(CliRunner.run(folder, "progress-form", "--unit", "so tu phap", "--out", form.toString()).exitCode()).isZero();
        Workbooks.edit(form, ProgressForm.SHEET, sheet -> {
            XSSFRow row = sheet.getRow(ProgressForm.HEADER_ROW + 1);
            row.getCell(ProgressForm.STATUS).setCellValue("Đang thực hiện");
            row.getCell(ProgressForm.PERCENT).setCellValue(45);
            row.getCell(ProgressForm.COMPLETED_ON).setBlank();
            row.getCell(ProgressForm.NOTE).setCellValue("nhập hai lần");
        });

        CliRunner.Run first = CliRunner.run(folder, "import-progress", form.toString(), "--accept-all");
        CliRunner.Run second = CliRunner.run(folder, "import-progress", form.toString(), "--accept-all");

        assertThat(first.out()).contains("Ghi nhận 1 cập nhật;");
        // Unchanged, not a conflict: --accept-all would record a conflict a second time.
        assertThat(second.out()).contains("Ghi nhận 0 cập nhật;").doesNotContain("Xung đột");
    }

    @Test
    void unusableLinesMakeTheExitCodeNonZeroWhileTheUsableOnesAreRecorded() throws Exception {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
        Path form = folder.resolve("phieu-tu-phap.xlsx");
        assertThat(CliRunner.run(folder, "progress-form", "--unit", "so tu phap", "--out", form.toString()).exitCode())
                .isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(form))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFRow usable = sheet.getRow(ProgressForm.HEADER_ROW + 1);
            usable.getCell(ProgressForm.STATUS).setCellValue("Đang thực hiện");
            usable.getCell(ProgressForm.PERCENT).setCellValue(40);
            sheet.getRow(ProgressForm.HEADER_ROW + 2).getCell(ProgressForm.ID).setCellValue(987654321);
            try (var out = Files.newOutputStream(form)) {
                workbook.write(out);
            }
        }

        CliRunner.Run run = CliRunner.run(folder, "import-progress", form.toString(), "--as-of", "23/11/2026");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("1 dòng trong phiếu không dùng được");
        assertThat(run.out()).contains("Ghi nhận 1 cập nhật", "1 dòng không dùng được");
    }
}

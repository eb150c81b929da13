package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code statistics status|totals|import}: who has sent the period's figures, the province's totals, a bulk file. The
 * period is the year, which the sample (made on 23/11/2026) has no figures for yet.
 */
class StatisticsCommandTest {

    @TempDir
    Path folder;
    List<String> units;

    @BeforeEach
    void sample() {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
        CliRunner.Run status = CliRunner.run(folder, "statistics", "status", "--period", "2026");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).startsWith("0/");
        units = status.out().lines().filter(l -> l.startsWith("  - ")).map(l -> l.substring(4)).toList();
    }

    @Test
    void aBulkFileWithANumeratorAboveItsDenominatorRecordsNothingAndTheCorrectedOneIsRolledUp() throws Exception {
        Path bulk = bulk("so-lieu.xlsx", "190");
        CliRunner.Run refused = CliRunner.run(folder, "statistics", "import", bulk.toString(), "--period", "2026");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.err()).contains("Dòng 3 của tệp so-lieu.xlsx (" + units.get(1) + ") bị từ chối vì số \"Hồ sơ"
                + " giải quyết đúng hạn\" (190) lớn hơn số \"Hồ sơ đã giải quyết\" (180); không có số liệu nào được ghi nhận.");
        assertThat(CliRunner.run(folder, "statistics", "status", "--period", "2026").out()).startsWith("0/");

        CliRunner.Run imported = CliRunner.run(folder, "statistics", "import", bulk("so-lieu-sua.xlsx", "170").toString(),
                "--period", "2026");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains(units.get(0) + ": đã ghi nhận số liệu năm 2026 từ tệp so-lieu-sua.xlsx.");

        CliRunner.Run status = CliRunner.run(folder, "statistics", "status", "--period", "2026");
        assertThat(status.out()).startsWith("2/" + (units.size()) + " đơn vị đã gửi số liệu năm 2026")
                .doesNotContain("sau hạn").contains("còn thiếu chỉ tiêu bắt buộc");
        CliRunner.Run totals = CliRunner.run(folder, "statistics", "totals", "--period", "2026");
        assertThat(totals.out()).contains("HS_TIEP_NHAN\tHồ sơ thủ tục hành chính đã tiếp nhận\t1.584 hồ sơ\t2 đơn vị")
                .contains("HS_DUNG_HAN\tHồ sơ giải quyết đúng hạn\t1.420 hồ sơ (tỷ lệ 95,95%)");
        assertThat(CliRunner.run(folder, "statistics", "totals", "--period", "2026", "--json").out())
                .contains("\"code\" : \"HS_DUNG_HAN\"").contains("\"rate\" : 95.95");

        CliRunner.Run again = CliRunner.run(folder, "statistics", "import", folder.resolve("so-lieu-sua.xlsx").toString(),
                "--period", "2026");
        assertThat(again.out()).contains("giống số liệu đã ghi nhận; không ghi lại.");
    }

    /** Header of codes and one label, one row per unit, as a portal export of dossiers would be laid out. */
    private Path bulk(String name, String secondOnTime) throws Exception {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("Hồ sơ");
            String[][] rows = {{"Đơn vị", "HS_TIEP_NHAN", "Hồ sơ đã giải quyết", "HS_DUNG_HAN"},
                    {units.get(0), "1.384", "1300", "1250"}, {units.get(1), "200", "180", secondOnTime}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c > 0 && rows[r][c].matches("\\d+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}

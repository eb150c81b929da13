package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.excel.fixtures.CriteriaWorkbooks;

/**
 * {@code unit-index}: the sample's criteria set and last year's ranking with its tie stated; this year's scoring on the
 * command line, each refusal one sentence that changes nothing.
 */
class UnitIndexCommandTest {

    @TempDir
    Path folder;

    @BeforeEach
    void sample() {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
    }

    @Test
    void lastYearsRankingListsEveryDepartmentWithTiesSharingARank() {
        CliRunner.Run run = CliRunner.run(folder, "unit-index", "rank", "--year", "2025", "--group", "so-nganh");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Chỉ số CCHC năm 2025 của các sở, ban, ngành\n1\t")
                .containsPattern("\\n5=\\t[^\\n]+\\t90,75\\t90,75/100 điểm[^\\n]*\\n5=\\t")
                .contains("\tmất nhiều điểm nhất: Xây dựng và phát triển Chính phủ điện tử, Chính phủ số (−2,5/15)\n")
                .contains("\t94,78\t86,25/91 điểm")
                .contains("\"=\" : các đơn vị có cùng chỉ số");
        CliRunner.Run json = CliRunner.run(folder, "unit-index", "rank", "--year", "2025", "--group", "sở, ngành", "--json");
        assertThat(json.out()).containsPattern("\"rank\" : 5,\\s+\"tied\" : true");
    }

    @Test
    void theDecisionsAppendixIsImportedAndABrokenOneRefusedInOneSentence() throws Exception {
        Path file = CriteriaWorkbooks.writeDepartments(folder.resolve(CriteriaWorkbooks.DEPARTMENTS_FILE));
        CliRunner.Run imported = CliRunner.run(folder, "unit-index", "import-criteria", file.toString(), "--year", "2027",
                "--group", "so-nganh");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("Đã nhập bộ tiêu chí năm 2027 (các sở, ban, ngành): 58 dòng, 41 tiêu chí được"
                + " chấm điểm, tổng 100 điểm.\n");

        Path text = java.nio.file.Files.writeString(folder.resolve("bo-tieu-chi.txt"), "không phải bảng tính");
        CliRunner.Run refused = CliRunner.run(folder, "unit-index", "import-criteria", text.toString(), "--year", "2028",
                "--group", "so-nganh");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.err().lines().count()).isOne();
        assertThat(CliRunner.run(folder, "unit-index", "criteria", "--year", "2028", "--group", "so-nganh").out())
                .startsWith("Chưa có bộ tiêu chí Chỉ số CCHC năm 2028");
    }

    /** "Đơn vị | 8.1 | 8.2", a row per unit, as the survey's tally is laid out. */
    private Path survey(String name, String[][] rows) throws Exception {
        Path file = folder.resolve(name);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = book.createSheet("Điều tra");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        return file;
    }

    @Test
    void theSurveysPointsAreRecordedAllOrNothingAndCountInTheIndex() throws Exception {
        Path bad = survey("dieu-tra-loi.xlsx", new String[][] {{"Đơn vị", "8.1", "8.2"}, {"Sở Tư pháp", "8,5", "17"},
                {"Sở Y tế", "9", "hai mươi"}});
        CliRunner.Run refused = CliRunner.run(folder, "unit-index", "import-survey", bad.toString(), "--year", "2026",
                "--group", "so-nganh");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.err()).contains("Dòng 3 của tệp dieu-tra-loi.xlsx (Sở Y tế): điểm tiêu chí 8.2 là \"hai mươi\","
                + " không phải một số; không có điểm nào được ghi nhận.");
        assertThat(CliRunner.run(folder, "unit-index", "history", "Sở Tư pháp", "--year", "2026", "--group", "so-nganh")
                .out()).startsWith("Chưa có thay đổi nào");

        Path good = survey("dieu-tra.xlsx", new String[][] {{"Đơn vị", "8.1", "8.2"}, {"Sở Tư pháp", "8,5", "17"}});
        CliRunner.Run recorded = CliRunner.run(folder, "unit-index", "import-survey", good.toString(), "--year", "2026",
                "--group", "so-nganh");
        assertThat(recorded.exitCode()).as(recorded.err()).isZero();
        assertThat(recorded.out()).isEqualTo("Đã ghi nhận 2 điểm điều tra xã hội học từ tệp dieu-tra.xlsx.\n");
        // 25,5 of the survey's 30 points, over the 100 that apply: 25,50.
        assertThat(CliRunner.run(folder, "unit-index", "rank", "--year", "2026", "--group", "so-nganh").out())
                .contains("1\tSở Tư pháp\t25,50\t25,5/100 điểm");
    }

    @Test
    void thisYearsScoringIsRecordedAndRankedWhileRefusalsChangeNothing() {
        assertThat(CliRunner.run(folder, "unit-index", "criteria", "--year", "2026", "--group", "so-nganh").out())
                .contains("    3.3.1\tTỷ lệ hồ sơ TTHC giải quyết đúng hạn\t2").endsWith("Tổng điểm tối đa: 100\n");
        CliRunner.Run exempt = CliRunner.run(folder, "unit-index", "exempt", "Thanh tra tỉnh", "3", "--year", "2026",
                "--group", "so-nganh", "--reason", "Không có thủ tục hành chính");
        assertThat(exempt.exitCode()).as(exempt.err()).isZero();
        CliRunner.Run refused = CliRunner.run(folder, "unit-index", "score", "Thanh tra tỉnh", "3.3.1", "2", "--year",
                "2026", "--group", "so-nganh", "--evidence", "Báo cáo số 5");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.err()).contains("Tiêu chí 3.3.1 không áp dụng đối với Thanh tra tỉnh, nên không chấm điểm.");
        CliRunner.Run tooMuch = CliRunner.run(folder, "unit-index", "score", "Sở Tư pháp", "1.1.1", "1,5", "--year", "2026",
                "--group", "so-nganh", "--evidence", "Kế hoạch số 12/KH-STP");
        assertThat(tooMuch.err()).contains("Điểm tiêu chí 1.1.1 của Sở Tư pháp phải từ 0 đến 1; \"1.5\" nằm ngoài khoảng đó.");

        assertThat(CliRunner.run(folder, "unit-index", "score", "Sở Tư pháp", "1.1.1", "1", "--year", "2026", "--group",
                "so-nganh", "--evidence", "Kế hoạch số 12/KH-STP").exitCode()).isZero();
        CliRunner.Run appraise = CliRunner.run(folder, "unit-index", "appraise", "Sở Tư pháp", "1.1.1", "0,5", "--year",
                "2026", "--group", "so-nganh");
        assertThat(appraise.err()).contains("khác điểm tự đánh giá: hãy ghi nhận xét nêu lý do.");
        assertThat(CliRunner.run(folder, "unit-index", "appraise", "Sở Tư pháp", "1.1.1", "0,5", "--year", "2026",
                "--group", "so-nganh", "--comment", "Ban hành sau ngày 31/12").exitCode()).isZero();

        assertThat(CliRunner.run(folder, "unit-index", "history", "Sở Tư pháp", "--year", "2026", "--group", "so-nganh")
                .out()).contains("\t1.1.1\tđiểm tự đánh giá: (trống) → 1\n")
                .contains("\t1.1.1\tđiểm thẩm định: (trống) → 0,5\n")
                .contains("\t1.1.1\tnhận xét thẩm định: (trống) → Ban hành sau ngày 31/12\n");
        CliRunner.Run rank = CliRunner.run(folder, "unit-index", "rank", "--year", "2026", "--group", "so-nganh");
        // Its one scored line counts over every line that applies: 0,5 / 100; what is missing is said.
        assertThat(rank.out()).contains("1\tSở Tư pháp\t0,50\t0,5/100 điểm\tcòn thiếu điểm 33 tiêu chí: 1.1.2, 1.2.1,"
                + " 1.2.2, 1.3, 1.4, …").contains("–\tThanh tra tỉnh\tchưa chấm điểm\n");
    }
}

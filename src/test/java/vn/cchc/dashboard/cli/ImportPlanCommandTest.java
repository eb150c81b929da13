package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.excel.fixtures.DataDateWorkbook;

class ImportPlanCommandTest {

    static final String PLAN = Path.of("src/test/resources/import/ke-hoach-2023.xlsx").toAbsolutePath().toString();
    static final String FAULTY = Path.of("src/test/resources/import/loi-du-lieu.xlsx").toAbsolutePath().toString();

    @TempDir
    Path folder;

    CliRunner.Run run(String... args) {
        return CliRunner.run(folder, args);
    }

    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void aDryRunOnAnEmptyFolderProposesEveryUnitOnceAndWritesNothing() throws Exception {
        CliRunner.Run run = run("import-plan", PLAN, "--dry-run", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(keys(json)).containsExactly("tasks", "byArea", "units", "newUnits", "progress", "dataDate",
                "dataDateSource", "problems");
        assertThat(json.get("dataDate").isNull()).isTrue();
        assertThat(json.get("tasks").asInt()).isEqualTo(20);
        assertThat(json.get("byArea").get("CDDH").asInt()).isEqualTo(5);
        assertThat(json.get("progress").asInt()).isZero();
        List<String> units = new ArrayList<>();
        json.get("newUnits").forEach(u -> units.add(u.asText()));
        // One unit for "Sở TT&TT" and "Sở Thông tin và Truyền thông", named in full; one for both spellings of the office.
        assertThat(units).contains("Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "UBND tỉnh")
                .doesNotContain("Sở TT&TT", "VP UBND tỉnh", "Sở  Nội  vụ").doesNotHaveDuplicates();
        assertThat(json.get("units")).hasSizeGreaterThan(5);
        JsonNode problem = json.get("problems").get(0);
        assertThat(keys(problem)).containsExactly("sheet", "row", "column", "value", "message");
        assertThat(run("summary", "--year", "2023").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void theImportCreatesThePlanAndTheSummaryReadsIt() {
        CliRunner.Run run = run("import-plan", PLAN);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Kế hoạch: Kế hoạch cải cách hành chính năm 2023\n",
                "Đã nhập 20 nhiệm vụ vào Kế hoạch cải cách hành chính năm 2023");
        CliRunner.Run summary = run("summary", "--year", "2023", "--as-of", "31/12/2023");
        assertThat(summary.out()).contains("đã hoàn thành 0/20 nhiệm vụ");
    }

    @Test
    void aFileWithErrorsListsThemWithTheirCellsAndExitsThree() throws Exception {
        CliRunner.Run run = run("import-plan", FAULTY, "--json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err().strip()).isEqualTo("Không nhập: tệp có 7 lỗi cần sửa (xem danh sách). Dữ liệu không thay đổi.");
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode impossible = null;
        for (JsonNode p : json.get("problems")) {
            if (p.get("value").asText().equals("31/02/2023")) {
                impossible = p;
            }
        }
        assertThat(impossible).isNotNull();
        assertThat(impossible.get("sheet").asText()).isEqualTo("Phụ lục");
        assertThat(impossible.get("row").asInt()).isEqualTo(5);
        assertThat(impossible.get("column").asText()).isEqualTo("E");
        assertThat(impossible.get("message").asText()).isEqualTo("Thời hạn có ngày không tồn tại. Hãy sửa lại ngày.");
        assertThat(run("summary", "--year", "2023").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void aPasswordProtectedFileIsOneSentenceInEitherLanguage() {
        String file = Path.of("src/test/resources/import/mat-khau.xlsx").toAbsolutePath().toString();
        CliRunner.Run vi = run("import-plan", file);
        assertThat(vi.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(vi.err().strip()).startsWith("Tệp \"mat-khau.xlsx\" được bảo vệ bằng mật khẩu.").hasLineCount(1);
        assertThat(run("import-plan", file, "--lang", "en").err()).contains("is protected by a password");
    }

    @Test
    void textOutputNamesEachProblemsPlace() {
        CliRunner.Run run = run("import-plan", FAULTY, "--dry-run");
        assertThat(run.out()).contains("Lỗi – Phụ lục · Hàng 5, cột E «31/02/2023»: Thời hạn có ngày không tồn tại.",
                "Lưu ý – Bản cũ: Trang tính ẩn \"Bản cũ\" không được đọc.");
    }

    /** Issue 17: a tracking workbook's statuses stand on its data date, the user's word over the file's. */
    @Test
    void aTrackingWorkbookWithoutADataDateIsRefusedUntilDataDateGivesIt() throws Exception {
        String file = DataDateWorkbook.write(folder.resolve("khong-ngay.xlsx"), null, null).toString();
        CliRunner.Run refused = run("import-plan", file);
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.out()).contains("Tệp có 8 nhiệm vụ chưa hoàn thành (hoặc hoàn thành mà không ghi ngày) nhưng "
                + "không ghi số liệu tính đến ngày nào.", "--data-date dd/MM/yyyy");
        assertThat(run("summary", "--year", "2023").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);

        CliRunner.Run done = run("import-plan", file, "--data-date", "21/06/2023");
        assertThat(done.exitCode()).isZero();
        assertThat(done.out()).contains("Số liệu tính đến ngày 21/06/2023 (do bạn nhập)", "và 11 cập nhật tiến độ");
        JsonNode summary = new ObjectMapper().readTree(run("summary", "--year", "2023", "--as-of", "21/06/2023", "--json").out());
        assertThat(summary.get("inProgress").asInt()).isEqualTo(3);
        assertThat(summary.get("overdue").asInt()).isEqualTo(1);
        assertThat(summary.get("completed").asInt()).isEqualTo(3);
    }

    @Test
    void theDataDateGivenWinsOverTheTitlesAndAsOfStillMeansIt() throws Exception {
        String file = DataDateWorkbook.write(folder.resolve("tong-hop.xlsx")).toString();
        JsonNode fromFile = new ObjectMapper().readTree(run("import-plan", file, "--dry-run", "--json").out());
        assertThat(fromFile.get("dataDate").asText()).isEqualTo("2023-06-21");
        assertThat(fromFile.get("dataDateSource").asText()).isEqualTo("file");
        assertThat(run("import-plan", file, "--dry-run").out())
                .contains("Số liệu tính đến ngày 21/06/2023 (theo dòng tiêu đề của tệp, hàng 3)");

        JsonNode given = new ObjectMapper().readTree(run("import-plan", file, "--dry-run", "--json",
                "--data-date", "30/06/2023").out());
        assertThat(given.get("dataDate").asText()).isEqualTo("2023-06-30");
        assertThat(given.get("dataDateSource").asText()).isEqualTo("user");
        CliRunner.Run alias = run("import-plan", file, "--as-of", "30/06/2023", "--lang", "en");
        assertThat(alias.exitCode()).isZero();
        assertThat(alias.out()).contains("Figures as of 30/06/2023 (entered by you)");
    }

    @Test
    void aDataDateAfterTodayOrThatDoesNotExistIsOneSentence() throws Exception {
        String file = DataDateWorkbook.write(folder.resolve("tong-hop.xlsx")).toString();
        CliRunner.Run future = run("import-plan", file, "--data-date", "24/11/2026");
        assertThat(future.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(future.out()).contains("Ngày số liệu 24/11/2026 sau hôm nay (23/11/2026)");
        CliRunner.Run impossible = run("import-plan", file, "--data-date", "31/02/2023");
        assertThat(impossible.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(impossible.err()).contains("Ngày \"31/02/2023\" không hợp lệ.");
        assertThat(run("summary", "--year", "2023").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }
}

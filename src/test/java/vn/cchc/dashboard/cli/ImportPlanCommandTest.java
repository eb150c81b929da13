package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(keys(json)).containsExactly("tasks", "byArea", "units", "newUnits", "progress", "problems");
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
}

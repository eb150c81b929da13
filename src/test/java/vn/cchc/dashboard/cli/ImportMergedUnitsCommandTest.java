package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.excel.fixtures.MergedUnitsPlan;

/** {@code import-plan --unit NAME=UNIT}: the answer the command line gives to a merged department's proposed successor. */
class ImportMergedUnitsCommandTest {

    @TempDir
    Path folder;

    CliRunner.Run run(String... args) {
        return CliRunner.run(folder, args);
    }

    String plan(int year) throws Exception {
        return MergedUnitsPlan.write(folder.resolve("ke-hoach-" + year + ".xlsx"), year).toString();
    }

    static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    @Test
    void anUnconfirmedMergerOfferRefusesTheImportAndNamesTheOptionThatConfirmsIt() throws Exception {
        String file = plan(2025);
        CliRunner.Run run = run("import-plan", file);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("Không nhập: tệp có 2 lỗi cần sửa",
                "--unit \"Sở KH&ĐT=Sở Tài chính\"", "--unit \"Sở LĐ-TB&XH=Sở Nội vụ\"");
        assertThat(run.out()).contains("Sở Kế hoạch và Đầu tư đã sáp nhập năm 2025 (Nghị định 45/2025/NĐ-CP); đề xuất giao cho Sở Tài chính.");
        // Nothing was written: the plan is still to be created, and no unit exists to match the names to.
        CliRunner.Run again = run("import-plan", file, "--dry-run", "--json", "--unit", "Sở KH&ĐT=Sở Tài chính",
                "--unit", "Sở LĐ-TB&XH=Sở Nội vụ");
        assertThat(again.exitCode()).isZero();
        assertThat(texts(new ObjectMapper().readTree(again.out()).get("newUnits"))).hasSize(3);
    }

    @Test
    void confirmedOnTheCommandLineTheTasksGoToTheSuccessorsItCreates() throws Exception {
        String file = plan(2025);
        CliRunner.Run dry = run("import-plan", file, "--dry-run", "--json", "--unit", "Sở KH&ĐT=Sở Tài chính",
                "--unit", "Sở LĐTBXH=Sở Nội vụ");
        assertThat(dry.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(dry.out());
        assertThat(texts(json.get("units"))).containsExactly("Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp");
        assertThat(texts(json.get("newUnits"))).containsExactlyInAnyOrder("Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp");

        CliRunner.Run done = run("import-plan", file, "--unit", "Sở KH&ĐT=Sở Tài chính", "--unit", "Sở LĐ-TB&XH=Sở Nội vụ");
        assertThat(done.exitCode()).isZero();
        assertThat(done.out()).contains("Đã nhập 5 nhiệm vụ");
    }

    @Test
    void theWordMoiKeepsTheOldDepartmentAsANewUnitNamedInFull() throws Exception {
        CliRunner.Run run = run("import-plan", plan(2025), "--dry-run", "--json", "--unit", "Sở KH&ĐT=mới",
                "--unit", "Sở LĐ-TB&XH=new");
        assertThat(run.exitCode()).isZero();
        assertThat(texts(new ObjectMapper().readTree(run.out()).get("newUnits")))
                .contains("Sở Kế hoạch và Đầu tư", "Sở Lao động - Thương binh và Xã hội");
    }

    @Test
    void anAnswerNamingNoKnownUnitIsAnErrorAndAMalformedOneAUsageError() throws Exception {
        String file = plan(2025);
        CliRunner.Run unknown = run("import-plan", file, "--unit", "Sở KH&ĐT=Sở Không Có", "--unit", "Sở LĐ-TB&XH=Sở Nội vụ");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.out()).contains("Không có đơn vị \"Sở Không Có\"");

        CliRunner.Run malformed = run("import-plan", file, "--unit", "Sở KH&ĐT");
        assertThat(malformed.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(malformed.err()).contains("--unit cần dạng TÊN=ĐƠN_VỊ");
    }

    @Test
    void aPlanOf2024TakesTheOldNamesWithoutAskingAndNamesTheNewUnitsInFull() throws Exception {
        CliRunner.Run run = run("import-plan", plan(2024), "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(texts(new ObjectMapper().readTree(run.out()).get("newUnits"))).containsExactly(
                "Sở Kế hoạch và Đầu tư", "Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ", "Sở Tư pháp");
    }
}

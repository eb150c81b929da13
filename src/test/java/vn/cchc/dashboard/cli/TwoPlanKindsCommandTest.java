package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.excel.fixtures.NationalWorkbooks;
import vn.cchc.dashboard.report.ReadBack;

/**
 * The command line on a national store with both plans of 2023: each imported with its {@code --kind}, each summed up
 * and reported on by kind or by plan, and a question that could mean either answered with the choices, not a guess.
 */
class TwoPlanKindsCommandTest {

    @TempDir
    Path folder;

    private CliRunner.Run run(String... args) {
        return CliRunner.run(folder.resolve("data"), args);
    }

    @Test
    void eachNationalPlanIsImportedSummedUpAndReportedByItsKind() throws Exception {
        Path provinces = NationalWorkbooks.writeProvinces(folder.resolve(NationalWorkbooks.PROVINCES_FILE));
        Path ministries = NationalWorkbooks.writeMinistries(folder.resolve(NationalWorkbooks.MINISTRIES_FILE));
        assertThat(run("import-plan", provinces.toString(), "--kind", "tinh").exitCode()).isZero();
        CliRunner.Run second = run("import-plan", ministries.toString(), "--kind", "bo-nganh");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("Nhiệm vụ cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ");

        JsonNode ofProvinces = json(run("summary", "--as-of", "21/06/2023", "--json", "--kind", "tinh"));
        assertThat(ofProvinces.get("planned").asInt()).isEqualTo(3003);
        assertThat(ofProvinces.get("completed").asInt()).isEqualTo(1384);
        assertThat(ofProvinces.get("percent").decimalValue()).isEqualByComparingTo("46.09");
        JsonNode ofMinistries = json(run("summary", "--as-of", "21/06/2023", "--json", "--kind", "bo-nganh"));
        assertThat(ofMinistries.get("planned").asInt()).isEqualTo(845);
        assertThat(ofMinistries.get("completed").asInt()).isEqualTo(296);
        assertThat(ofMinistries.get("percent").decimalValue()).isEqualByComparingTo("35.03");
        assertThat(ofMinistries.get("byUnit")).hasSize(22);

        CliRunner.Run ambiguous = run("summary", "--year", "2023", "--as-of", "21/06/2023");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(ambiguous.out()).isEmpty();
        assertThat(ambiguous.err().strip()).isEqualTo("Năm 2023 có 2 kế hoạch, hãy chọn một: --kind tinh hoặc --plan 1"
                + " cho «Nhiệm vụ cải cách hành chính năm 2023 của các tỉnh, thành phố»; --kind bo-nganh hoặc --plan 2"
                + " cho «Nhiệm vụ cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ».");
        assertThat(run("summary", "--as-of", "21/06/2023", "--plan", "2").out())
                .contains("Tính đến ngày 21/06/2023: đã hoàn thành 296/845 nhiệm vụ, đạt 35,03% so với kế hoạch năm.");
        assertThat(run("summary", "--as-of", "21/06/2023", "--plan", "các tỉnh, thành phố").out())
                .contains("đã hoàn thành 1.384/3.003 nhiệm vụ, đạt 46,09% so với kế hoạch năm.");

        Path report = folder.resolve("bao-cao-cac-bo.docx");
        CliRunner.Run reported = run("report", "--as-of", "21/06/2023", "--kind", "bo-nganh", "--out", report.toString());
        assertThat(reported.exitCode()).as(reported.err()).isZero();
        assertThat(ReadBack.folded(ReadBack.docx(report))).contains("Tính đến ngày 21/06/2023, các bộ, cơ quan ngang bộ"
                + " đã hoàn thành 296/845 nhiệm vụ, đạt 35,03% so với kế hoạch năm.");

        CliRunner.Run noKind = run("import-plan", ministries.toString(), "--dry-run");
        assertThat(noKind.exitCode()).as("a third file without a kind goes into neither plan").isEqualTo(ExitCode.USAGE);
        assertThat(noKind.err()).contains("Năm 2023 có kế hoạch của nhiều loại").contains("--kind bo-nganh");
        assertThat(run("summary", "--kind", "huyen").err().strip())
                .isEqualTo("Không có loại kế hoạch «huyen»; hãy dùng --kind tinh, bo-nganh hoặc dia-phuong.");
        assertThat(run("summary", "--plan", "2019").err().strip()).startsWith("Không có kế hoạch nào khớp với «2019»;"
                + " các kế hoạch hiện có: --plan 2 cho «Nhiệm vụ cải cách hành chính năm 2023 của các bộ");
    }

    private static JsonNode json(CliRunner.Run run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }
}

package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.testing.NationalFiles;

/** import-index and index-rank: the published results in, the province's place out, in words and as JSON. */
class NationalCommandsTest {

    static final String PAR_2023 = NationalFiles.PAR_2023.toAbsolutePath().toString();
    static final String PAR_2024 = NationalFiles.PAR_2024.toAbsolutePath().toString();
    static final String SIPAS_2023 = NationalFiles.SIPAS_2023.toAbsolutePath().toString();

    @TempDir
    Path folder;
    @TempDir
    Path files;

    CliRunner.Run run(String... args) {
        return CliRunner.run(folder, args);
    }

    /** The province as the office set it on the Reports screen. */
    void province(String name) throws IOException {
        Files.createDirectories(folder);
        AppSettings settings = AppSettings.load(folder);
        settings.setReportSettings(settings.reportSettings().withProvince(name));
        settings.save();
    }

    @Test
    void importingTellsWhatWasImportedAndWhereTheProvinceStands() throws IOException {
        province("Hưng Yên");

        CliRunner.Run run = run("import-index", "--index", "par", "--year", "2024", PAR_2024);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Đã nhập kết quả PAR INDEX năm 2024 của 63 tỉnh, thành phố (8 chỉ số thành phần)"
                + " từ tệp par-index-2024-minh-hoa.csv.\n"
                + "Hưng Yên: xếp hạng 12/63, 89,46%; bình quân cả nước 88,37%; cao nhất 92,98% (Hải Phòng).\n");
    }

    @Test
    void theRankIsToldWithItsGapsAndTheYearBefore() throws IOException {
        province("Hưng Yên");
        assertThat(run("import-index", "--index", "par", "--year", "2023", PAR_2023).exitCode()).isZero();
        assertThat(run("import-index", "--index", "par", "--year", "2024", PAR_2024).exitCode()).isZero();

        CliRunner.Run run = run("index-rank");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Chưa nhập kết quả SIPAS.\n")
                .contains("PAR INDEX năm 2024 – Hưng Yên\n"
                        + "Xếp hạng 12/63, 89,46%; bình quân cả nước 88,37%; cao nhất 92,98% (Hải Phòng).\n"
                        + "Chênh lệch +1,09 điểm so với bình quân cả nước, -3,52 điểm so với cao nhất.\n"
                        + "So với năm trước (năm 2023 xếp hạng 15/63, 88,02%): tăng 3 bậc, +1,44 điểm.\n"
                        + "Chỉ số thành phần:\n"
                        + "  - Công tác chỉ đạo, điều hành CCHC: ")
                .contains("Nguồn: tệp par-index-2024-minh-hoa.csv, nhập ngày 23/11/2026 10:00");
        assertThat(run.out().lines().filter(l -> l.startsWith("  - "))).hasSize(8)
                .allMatch(l -> l.matches("  - .+: \\d+,\\d\\d%; bình quân \\d+,\\d\\d%; cao nhất \\d+,\\d\\d% \\(.+\\);"
                        + " chênh lệch [+-]?\\d+,\\d\\d điểm so với bình quân, [+-]?\\d+,\\d\\d điểm so với cao nhất;"
                        + " năm trước \\d+,\\d\\d% \\([+-]?\\d+,\\d\\d điểm\\)\\."));
        CliRunner.Run earlier = run("index-rank", "--index", "par", "--year", "2023");
        assertThat(earlier.out()).contains("Xếp hạng 15/63, 88,02%; bình quân cả nước 86,98%; cao nhất 92,10% (Quảng Ninh).",
                "Chưa có kết quả năm 2022 của tỉnh để so sánh.");
    }

    @Test
    void theJsonCarriesEveryFigureForScripts() throws Exception {
        assertThat(run("import-index", "--index", "sipas", "--year", "2023", SIPAS_2023).exitCode()).isZero();

        CliRunner.Run run = run("index-rank", "--json", "--province", "tỉnh hưng yên");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.size()).isEqualTo(1);
        JsonNode sipas = json.get(0);
        assertThat(ImportPlanCommandTest.keys(sipas)).containsExactly("index", "year", "province", "rank", "count", "total",
                "average", "best", "leaders", "gapToAverage", "shortOfBest", "previous", "components", "sourceFile",
                "importedAt");
        assertThat(sipas.get("index").asText()).isEqualTo("SIPAS");
        assertThat(sipas.get("province").asText()).isEqualTo("Hưng Yên");
        assertThat(sipas.get("rank").asInt()).isEqualTo(20);
        assertThat(sipas.get("average").decimalValue()).isEqualByComparingTo("82.66");
        assertThat(sipas.get("leaders").get(0).asText()).isEqualTo("Quảng Ninh");
        assertThat(sipas.get("gapToAverage").decimalValue()).isEqualByComparingTo("1.54");
        assertThat(sipas.get("previous").isNull()).isTrue();
        assertThat(sipas.get("components")).hasSize(5);
    }

    @Test
    void importingTheSameYearAgainSaysWhatItReplaced() throws IOException {
        province("Hưng Yên");
        run("import-index", "--index", "par", "--year", "2024", PAR_2024);

        CliRunner.Run again = run("import-index", "--index", "par", "--year", "2024", PAR_2024);

        assertThat(again.out()).startsWith("Đã thay thế kết quả PAR INDEX năm 2024 nhập trước đó từ tệp"
                + " par-index-2024-minh-hoa.csv (23/11/2026 10:00).\n");
        assertThat(run("index-rank", "--json").out()).contains("\"count\" : 63");
    }

    @Test
    void aBadFileIsRefusedInOneSentenceWithExitCode3AndNothingIsRecorded() throws IOException {
        Path bad = files.resolve("ket-qua.csv");
        Files.writeString(bad, "Tỉnh;Tổng điểm\nHải Phòng;92,98\nHưng Yên;tám mươi\n", StandardCharsets.UTF_8);

        CliRunner.Run run = run("import-index", "--index", "par", "--year", "2024", bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("Tệp \"ket-qua.csv\", ô B3 (Hưng Yên) ghi \"tám mươi\", không phải một"
                + " tỷ lệ phần trăm như 86,98 hoặc 86,98%, nên chưa nhập gì.");
        CliRunner.Run rank = run("index-rank", "--province", "Hưng Yên");
        assertThat(rank.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(rank.err()).startsWith("Chưa nhập kết quả PAR INDEX, SIPAS nào của cả nước.");
    }

    @Test
    void withoutDataWithoutAProvinceOrWithAnotherProvinceTheCommandSaysSo() throws IOException {
        CliRunner.Run empty = run("index-rank");
        assertThat(empty.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(Files.exists(folder.resolve("cchc.mv.db"))).as("a read command creates no database").isFalse();

        run("import-index", "--index", "par", "--year", "2024", PAR_2024);
        CliRunner.Run noProvince = run("index-rank");
        assertThat(noProvince.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(noProvince.err()).startsWith("Chưa khai báo tên tỉnh");

        CliRunner.Run other = run("index-rank", "--province", "Minh Giang");
        assertThat(other.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(other.err().strip()).isEqualTo("Kết quả PAR INDEX năm 2024 không có dòng nào của tỉnh, thành phố"
                + " \"Minh Giang\": hãy kiểm tra tên tỉnh ở màn hình Báo cáo (mục Tên tỉnh).");

        assertThat(run("index-rank", "--index", "papi").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("import-index", "--year", "2024", PAR_2024).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void theRankingChartIsWrittenAsPngOrSvg() throws IOException {
        province("Hưng Yên");
        run("import-index", "--index", "par", "--year", "2024", PAR_2024);
        Path png = files.resolve("xep-hang.png");
        Path svg = files.resolve("xep-hang.svg");

        assertThat(run("index-rank", "--index", "par", "--chart", png.toString()).exitCode()).isZero();
        assertThat(run("index-rank", "--index", "par", "--chart", svg.toString()).exitCode()).isZero();

        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(3200);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).contains("Xếp hạng PAR INDEX năm 2024 của các tỉnh, thành phố", "12. Hưng Yên",
                "Bình quân cả nước 88,37%", "1. Hải Phòng");
        assertThat(run("index-rank", "--chart", png.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
    }
}

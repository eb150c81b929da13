package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Percent;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.testing.TestClock;

class CliTest {

    @TempDir
    Path folder;

    CliRunner.Run run(String... args) {
        return CliRunner.run(folder, args);
    }

    /** The read commands read what is there; the sample province is there only once {@code demo} created it. */
    void withSample() {
        assertThat(run("demo").exitCode()).isZero();
    }

    @Test
    void summaryJsonHasExactlyTheAgreedKeysAndConsistentFigures() throws Exception {
        withSample();
        CliRunner.Run run = run("summary", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("asOf", "plan", "planned", "completed", "percent", "onTime", "late",
                "inProgress", "overdue", "notStarted", "recurring", "byArea", "byUnit");
        assertThat(json.get("asOf").asText()).isEqualTo("2026-11-23");
        assertThat(json.get("plan").asText()).contains("năm 2026", "Dữ liệu mẫu");
        int planned = json.get("planned").asInt();
        int completed = json.get("completed").asInt();
        assertThat(json.get("percent").isNumber()).isTrue();
        assertThat(json.get("percent").decimalValue()).isEqualByComparingTo(Percent.of(completed, planned));
        int categories = 0;
        for (String key : List.of("onTime", "late", "inProgress", "overdue", "notStarted", "recurring")) {
            categories += json.get(key).asInt();
        }
        assertThat(categories).isEqualTo(planned);
        assertThat(json.get("byArea")).hasSize(7);
        assertThat(json.get("byArea").get(0).get("area").asText()).isEqualTo("CDDH");
        assertThat(fieldNames(json.get("byArea").get(0))).containsExactly("area", "planned", "completed", "percent");
        assertThat(fieldNames(json.get("byUnit").get(0))).containsExactly("unit", "planned", "completed", "percent");
        int byArea = 0;
        for (JsonNode area : json.get("byArea")) {
            byArea += area.get("planned").asInt();
        }
        int byUnit = 0;
        for (JsonNode unit : json.get("byUnit")) {
            byUnit += unit.get("planned").asInt();
        }
        assertThat(byArea).isEqualTo(planned);
        assertThat(byUnit).isEqualTo(planned);
    }

    @Test
    void percentIsPrintedWithTwoDecimals() {
        withSample();
        String out = run("summary", "--json", "--as-of", "2026-06-30").out();
        assertThat(out).containsPattern("\"percent\" : \\d+\\.\\d\\d,");
        assertThat(out).contains("\"asOf\" : \"2026-06-30\"");
    }

    @Test
    void textSummaryTellsTheHeadlineTheVietnameseWay() {
        withSample();
        CliRunner.Run run = run("summary", "--as-of", "30/06/2026");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Tính đến ngày 30/06/2026: đã hoàn thành \\d+/\\d+ nhiệm vụ, đạt \\d+,\\d\\d% so với kế hoạch năm\\.");
        assertThat(run.out()).contains("Cải cách thủ tục hành chính:", "Theo đơn vị chủ trì:", "Hoàn thành đúng hạn:");
    }

    @Test
    void bothDateFormsGiveTheSameAnswer() {
        withSample();
        assertThat(run("summary", "--json", "--as-of", "21/6/2026").out())
                .isEqualTo(run("summary", "--json", "--as-of", "2026-06-21").out());
    }

    @Test
    void englishOnRequest() {
        withSample();
        CliRunner.Run run = run("summary", "--year", "2025", "--as-of", "31/12/2025", "--lang", "en");
        assertThat(run.out()).containsPattern("As of 31/12/2025: \\d+/\\d+ tasks completed, \\d+\\.\\d\\d% of the annual plan\\.");
    }

    @Test
    void aWrongDateIsOneSentenceAndExitCodeTwo() {
        CliRunner.Run run = run("summary", "--as-of", "31/02/2026");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("Ngày \"31/02/2026\" không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 21/06/2023.");
    }

    @Test
    void unknownWordsAndLanguagesAreUsageErrors() {
        CliRunner.Run unknown = run("sumary");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("sumary").doesNotContain("Exception").hasLineCount(1);
        assertThat(run("summary", "--lang", "fr").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aYearWithoutAPlanIsInvalidInput() {
        withSample();
        CliRunner.Run run = run("summary", "--year", "2019");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err().strip()).isEqualTo("Không có kế hoạch nào của năm 2019.");
    }

    @Test
    void demoCreatesTheSampleOnceAndResetRecreatesIt() {
        CliRunner.Run first = run("demo");
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).startsWith("Đã tạo dữ liệu mẫu").contains("2 kế hoạch");
        assertThat(run("demo").out()).contains("đã có");
        String before = run("summary", "--json").out();
        CliRunner.Run reset = run("demo", "--reset");
        assertThat(reset.exitCode()).isZero();
        assertThat(reset.out()).startsWith("Đã tạo lại dữ liệu mẫu");
        assertThat(run("summary", "--json").out()).isEqualTo(before);
    }

    @Test
    void demoResetNeverDeletesARealPlan() {
        run("demo");
        try (AppContext context = AppContext.open(folder, TestClock.today(), false)) {
            context.store().database().inTransaction(c -> context.store().plans().insert(c, new Plan(0, 2027,
                    "Kế hoạch CCHC năm 2027", "5/KH-UBND", LocalDate.of(2026, 12, 20), PlanScope.PROVINCE, "NQ76", false, false)));
        }
        CliRunner.Run run = run("demo", "--reset");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("kế hoạch thật");
        assertThat(run("summary", "--year", "2027", "--json").out()).contains("Kế hoạch CCHC năm 2027");
    }

    @Test
    void aDamagedDataFileIsOneSentenceWithItsOwnExitCode() throws Exception {
        java.nio.file.Files.writeString(folder.resolve("cchc.mv.db"), "hỏng".repeat(1000));
        CliRunner.Run run = run("summary");
        assertThat(run.exitCode()).isEqualTo(ExitCode.DAMAGED_DATA);
        assertThat(run.err()).contains("bị rỗng hoặc hỏng", "không có bản sao lưu").hasLineCount(1).doesNotContain("at vn.", "Exception");
    }

    @Test
    void helpListsTheCommands() {
        CliRunner.Run run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("demo", "summary", "--data-dir", "Thư mục dữ liệu");
    }

    @Test
    void aMistypedCommandIsABadUsageNotTheWindow() {
        CliRunner.Run run = run("sumary");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Không hiểu \"sumary\": không có lệnh hay tùy chọn nào như vậy. Dùng --help để xem"
                + " cách dùng.\n");
    }

    @Test
    void noCommandOpensTheWindowOnTheResolvedFolder() {
        List<Path> opened = new ArrayList<>();
        int code = Cli.run(new String[] {"--data-dir", folder.toString()}, new CliEnvironment(TestClock.today(), Map.of(),
                "Linux", folder, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                (dir, lang, db, passwordFile) -> opened.add(dir)));
        assertThat(code).isZero();
        assertThat(opened).containsExactly(folder.toAbsolutePath());
    }

    @Test
    void chartListNamesEveryChart() {
        CliRunner.Run run = run("chart", "--list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(5).anyMatch(l -> l.startsWith("linh-vuc\t")).anyMatch(l -> l.startsWith("so-sanh-nam\t"));
    }

    @Test
    void chartWritesAPngOfTheAskedSizeAndAnSvgWithVietnameseText() throws Exception {
        withSample();
        Path png = folder.resolve("bieu-do.png");
        CliRunner.Run run = run("chart", "linh-vuc", "--out", png.toString(), "--width", "800", "--height", "450", "--scale", "2");
        assertThat(run.exitCode()).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
        Path svg = folder.resolve("don-vi.svg");
        assertThat(run("chart", "don-vi", "--out", svg.toString(), "--as-of", "30/06/2026").exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(svg)).contains("Sở Nội vụ", "Số liệu tính đến 30/06/2026");
    }

    @Test
    void chartUsageMistakesAreExitCodeTwoAndWriteNothing() {
        Path out = folder.resolve("x.png");
        assertThat(run("chart", "nope", "--out", out.toString()).err()).contains("Không có biểu đồ \"nope\"");
        assertThat(run("chart", "nope", "--out", out.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("chart", "tien-do").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("chart", "tien-do", "--out", folder.resolve("x.gif").toString()).exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("chart", "tien-do", "--out", out.toString(), "--width", "5").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(out).doesNotExist();
    }

    @Test
    void aChartThatCannotBeWrittenIsOneSentenceAndLeavesNoFile() {
        withSample();
        Path out = folder.resolve("missing-folder").resolve("x.png");
        CliRunner.Run run = run("chart", "trang-thai", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).startsWith("Không ghi được tệp").hasLineCount(1);
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void laggingJsonHasTheAgreedKeysWorstFirstWithReasonsInWords() throws Exception {
        withSample();
        CliRunner.Run run = run("lagging", "--json", "--top", "3");
        assertThat(run.exitCode()).isZero();
        JsonNode units = new ObjectMapper().readTree(run.out());
        assertThat(units.isArray()).isTrue();
        assertThat(units).hasSize(3);
        assertThat(fieldNames(units.get(0))).containsExactly("unit", "verdict", "rank", "score", "completed", "planned",
                "due", "dueCompleted", "overdue", "late", "stale", "reasons", "sentence");
        assertThat(units.get(0).get("verdict").asText()).isEqualTo("LAGGING");
        assertThat(units.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(units.get(0).get("overdue").asInt()).isPositive();
        assertThat(units.get(0).get("reasons").get(0).asText()).matches("còn \\d+ nhiệm vụ quá hạn chưa hoàn thành");
        assertThat(units.get(0).get("sentence").asText()).startsWith(units.get(0).get("unit").asText() + " còn ")
                .endsWith(".");
    }

    @Test
    void laggingTextNamesTheUnitsAndABadTopIsUsage() {
        withSample();
        CliRunner.Run run = run("lagging", "--as-of", "30/06/2026");
        assertThat(run.out()).startsWith("Đơn vị chậm tiến độ – ").contains("1. ", "nhiệm vụ quá hạn chưa hoàn thành")
                .containsPattern("– Chậm tiến độ \\(điểm \\d+,\\d\\d\\)")
                .containsPattern("–  .* – Chưa đến hạn");
        assertThat(run("lagging", "--top", "0").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void backupThenRestoreBringsTheDataBackAndABadFileIsOneSentence() throws Exception {
        run("demo");
        Path file = folder.resolveSibling(folder.getFileName() + "-sao-luu.zip");
        CliRunner.Run backup = run("backup", "--out", file.toString());
        assertThat(backup.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(backup.out()).startsWith("Đã sao lưu và kiểm tra: ").contains("2 kế hoạch");
        String before = run("summary", "--json").out();
        run("demo", "--reset");
        try (AppContext context = AppContext.open(folder, TestClock.today(), false)) {
            context.store().database().inTransaction(c -> context.store().plans().insert(c, new Plan(0, 2027,
                    "Kế hoạch CCHC năm 2027", null, null, PlanScope.PROVINCE, "NQ76", false, true)));
        }
        CliRunner.Run restore = run("restore", file.toString());
        assertThat(restore.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(restore.out()).startsWith("Đã khôi phục ");
        assertThat(run("summary", "--json").out()).isEqualTo(before);
        assertThat(run("summary", "--year", "2027").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);

        java.nio.file.Files.writeString(file, "không phải bản sao lưu");
        CliRunner.Run refused = run("restore", file.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(refused.err()).contains("không phải bản sao lưu của CCHC Dashboard").hasLineCount(1);
        java.nio.file.Files.delete(file);
    }

    @Test
    void restoringAMissingFileOrAFolderSaysSoAndNotToCheckTheDisk() throws Exception {
        withSample();
        Path missing = folder.resolveSibling(folder.getFileName() + "-khong-co.zip");

        CliRunner.Run notFound = run("restore", missing.toString());
        assertThat(notFound.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(notFound.err()).contains("Không tìm thấy tệp sao lưu", missing.toString()).doesNotContain("dung lượng")
                .hasLineCount(1);

        CliRunner.Run aFolder = run("restore", java.nio.file.Files.createDirectories(folder.resolve("sao-luu")).toString());
        assertThat(aFolder.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(aFolder.err()).contains("là một thư mục, không phải tệp sao lưu").doesNotContain("dung lượng");
        assertThat(run("summary").exitCode()).as("the data is still there").isZero();
    }
}

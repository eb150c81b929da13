package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.report.ReadBack;
import vn.cchc.dashboard.testing.TestClock;

/** {@code report}: each format written on the sample and read back, its figures checked against {@code summary --json}. */
class ReportCommandTest {

    @TempDir
    Path folder;

    private JsonNode summary;
    private String headline;
    private String firstLagging;

    record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", folder.resolve("data").toString()));
        int code = Cli.run(all.toArray(String[]::new), new CliEnvironment(TestClock.today(), Map.of(), "Linux", folder,
                new PrintWriter(out), new PrintWriter(err), (dir, lang, db, passwordFile) -> {
                    throw new AssertionError("no window in this test");
                }));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void readTheFiguresTheReportMustAgreeWith() throws Exception {
        assertThat(run("demo").exitCode()).as("the sample province, which the reports read").isZero();
        ObjectMapper json = new ObjectMapper();
        summary = json.readTree(run("summary", "--year", "2026", "--as-of", "2026-06-14", "--json").out());
        Formats f = Formats.vietnamese();
        headline = "Tính đến ngày 14/06/2026, các cơ quan, đơn vị đã hoàn thành "
                + f.ratio(summary.get("completed").asInt(), summary.get("planned").asInt()) + " nhiệm vụ, đạt "
                + f.percent(summary.get("percent").decimalValue()) + " so với kế hoạch năm.";
        firstLagging = json.readTree(run("lagging", "--year", "2026", "--as-of", "2026-06-14", "--json").out())
                .get(0).get("unit").asText();
    }

    @Test
    void docxCarriesTheHeadlineTheOutlineTheLaggingUnitsAndTheSummaryFigures() throws Exception {
        Path file = folder.resolve("bao-cao.docx");
        Run run = run("report", "--period", "2026-H1", "--format", "docx", "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("bao-cao.docx");
        String text = ReadBack.folded(ReadBack.docx(file));
        assertThat(text).contains(headline, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "III. ĐÁNH GIÁ CHUNG",
                "V. ĐỀ XUẤT, KIẾN NGHỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Nơi nhận:", "PHỤ LỤC", firstLagging + " còn ");
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable byArea = doc.getTables().get(2);
            List<String> total = new ArrayList<>();
            byArea.getRow(byArea.getNumberOfRows() - 1).getTableCells().forEach(c -> total.add(c.getText()));
            int recurringDone = summary.get("completed").asInt() - summary.get("onTime").asInt() - summary.get("late").asInt();
            assertThat(total.subList(2, 11)).as("Biểu 1 splits the tasks as the prose does").containsExactly(
                    summary.get("planned").asText(), summary.get("completed").asText(), summary.get("onTime").asText(),
                    summary.get("late").asText(), String.valueOf(recurringDone), summary.get("inProgress").asText(),
                    summary.get("notStarted").asText(), summary.get("overdue").asText(),
                    String.valueOf(summary.get("recurring").asInt() - recurringDone));
            assertThat(byArea.getRow(0).isRepeatHeader()).isTrue();
            assertThat(byArea.getRow(1).isCantSplitRow()).isTrue();
            assertThat(doc.getAllPictures()).hasSize(3);
            assertThat(String.valueOf(doc.getDocument().getBody().getSectPr().getPgSz().getW())).isEqualTo("16838");
        }
    }

    @Test
    void pdfEmbedsItsFontsNumbersItsPagesAndSaysTheSame() throws Exception {
        Path file = folder.resolve("bao-cao.pdf");
        assertThat(run("report", "--period", "2026-H1", "--out", file.toString()).exitCode()).isZero();
        String text = ReadBack.folded(ReadBack.pdf(file));
        assertThat(text).contains(headline, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", firstLagging,
                "Biểu 1. Kết quả thực hiện nhiệm vụ theo lĩnh vực và thời hạn");
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(5);
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc).strip()).startsWith("ỦY BAN NHÂN DÂN");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(doc).strip()).startsWith("2");
        }
    }

    @Test
    void pptxHasATitleSlideANativeChartPerFigureAndTheLaggingTableAllDated() throws Exception {
        Path file = folder.resolve("hop.pptx");
        assertThat(run("report", "--period", "2026-H1", "--format", "pptx", "--out", file.toString()).exitCode()).isZero();
        List<String> slides = ReadBack.slides(file);
        assertThat(slides).hasSize(5).allMatch(s -> s.contains("tính đến ngày 14/06/2026"));
        assertThat(ReadBack.folded(slides.get(0))).contains(headline);
        assertThat(slides.get(4)).contains("Đơn vị chậm tiến độ: ", firstLagging);
        try (InputStream in = Files.newInputStream(file); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertThat(ppt.getPageSize().getWidth() / ppt.getPageSize().getHeight()).isEqualTo(16.0 / 9);
            List<XSLFChart> charts = ppt.getCharts();
            assertThat(charts).hasSize(3);
            assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
            assertThat(charts.get(1).getChartSeries().get(0).getSeriesCount()).isEqualTo(6);
            assertThat(charts.get(1).getWorkbook().getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Công tác chỉ đạo, điều hành cải cách hành chính");
        }
    }

    @Test
    void anUnwritablePathGivesOneSentenceAndLeavesNothingBehind() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("not-a-folder"), "x");
        Run run = run("report", "--period", "2026", "--out", notAFolder.resolve("bao-cao.docx").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err().strip()).startsWith("Không ghi được tệp").doesNotContain("Exception").doesNotContain("\n");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("bao-cao.docx")
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aPeriodOffTheOfficialWindowsOrAMissingPlanIsExplained() {
        Run bad = run("report", "--period", "2026-Q2", "--out", folder.resolve("x.docx").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("2026-Q2", "2026-H1");
        Run noPlan = run("report", "--period", "2023-H1", "--out", folder.resolve("x.docx").toString());
        assertThat(noPlan.exitCode()).isNotZero();
        assertThat(noPlan.err()).contains("Không có kế hoạch nào của năm 2023");
        assertThat(folder.resolve("x.docx")).doesNotExist();
    }

    @Test
    void aDataDateAfterTodayIsRefusedAsUsage() {
        Run future = run("report", "--period", "2026", "--as-of", "2026-12-14", "--out", folder.resolve("x.docx").toString());

        assertThat(future.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(future.err().strip()).isEqualTo(
                "Ngày chốt số liệu 14/12/2026 sau ngày hôm nay (23/11/2026): chỉ báo cáo được số liệu đến hôm nay.");
        assertThat(folder.resolve("x.docx")).doesNotExist();
    }

    @Test
    void englishReportsSpeakEnglish() throws Exception {
        Path file = folder.resolve("report.docx");
        assertThat(run("report", "--lang", "en", "--period", "2026-H1", "--out", file.toString()).exitCode()).isZero();
        assertThat(ReadBack.folded(ReadBack.docx(file))).contains("As of 14/06/2026, agencies and units had completed",
                "SOCIALIST REPUBLIC OF VIETNAM", "OVERALL ASSESSMENT");
    }
}

package vn.cchc.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.ReportService;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;

/**
 * No statement of a report is contradicted by its own annex: the DOCX, PDF and PPTX are written, read back as text,
 * and every count their prose gives is checked against the annex tables — on the sample province and on a generated
 * national plan of 3.003 tasks.
 */
class ReportStatementsTest {

    @TempDir
    Path folder;

    private AppContext context;

    @BeforeEach
    void open() {
        context = AppContext.open(folder.resolve("data"), TestClock.today(), true);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @ParameterizedTest(name = "sample province, {0}")
    @ValueSource(strings = {"2026-Q1", "2026-H1", "2026-9M", "2025"})
    void theSampleReportAgreesWithItsAnnexInEveryFormat(String code) throws IOException {
        ReportPeriod period = ReportPeriod.parse(code).orElseThrow();
        ReportService reports = context.reports();
        Report report = reports.build(new ReportService.Request(context.plans().planFor(period.year()), period, null,
                EnumSet.allOf(ReportPart.class), Language.VI));
        checkEveryFormat(report, code);
    }

    @Test
    void aNationalReportAgreesWithItsAnnexAndCallsOnlyUnitsWithSomethingDueLagging() throws IOException {
        Report report = ReportComposer.compose(NationalPlan.inputs(), Messages.of(Language.VI));
        AnnexFigures annex = checkEveryFormat(report, "national");
        assertThat(annex.areaTotal().get("Tổng số")).isEqualTo("3.003");
        assertThat(annex.unitsWith("Chậm tiến độ")).as("the provinces that left due work undone, not all 63")
                .isBetween(1L, 62L);
        assertThat(annex.verdicts().values()).filteredOn(r -> r.get("Đánh giá").equals("Chậm tiến độ"))
                .as("a province is judged lagging only on what was due").noneMatch(r -> r.get("Đến hạn đã hoàn thành").equals("–"));
    }

    private AnnexFigures checkEveryFormat(Report report, String name) throws IOException {
        checkProse(report);
        Path docx = write(report, ReportFormat.DOCX, name);
        Path pdf = write(report, ReportFormat.PDF, name);
        Path pptx = write(report, ReportFormat.PPTX, name);
        AnnexFigures annex = AnnexFigures.read(docx);
        assertThat(annex.verdicts()).as("Biểu 5 lists every unit followed").isNotEmpty();
        ReportStatements statements = new ReportStatements(annex);
        statements.check(annex.prose(), name + " DOCX");
        statements.check(pdfProse(pdf), name + " PDF");
        checkDeck(ReadBack.slides(pptx), annex, name);
        return annex;
    }

    private Path write(Report report, ReportFormat format, String name) throws IOException {
        Path file = folder.resolve(name + "." + format.name().toLowerCase());
        ReportWriters.write(report, format, file);
        return file;
    }

    /** The PDF's text without the page numbers that sit between a page's last line and the next page's first. */
    private static String pdfProse(Path pdf) throws IOException {
        String text = ReadBack.pdf(pdf).lines().filter(l -> !l.strip().matches("\\d+")).collect(Collectors.joining("\n"));
        return ReadBack.folded(text);
    }

    /** The deck's headline and lagging slide say what the annex says. */
    private static void checkDeck(List<String> slides, AnnexFigures annex, String name) {
        String deck = ReadBack.folded(String.join("\n", slides));
        Map<String, String> total = annex.areaTotal();
        assertThat(deck).as(name + " deck headline").contains("đã hoàn thành " + total.get("Đã hoàn thành") + "/"
                + total.get("Tổng số") + " nhiệm vụ, đạt " + total.get("Tỷ lệ hoàn thành"));
        long lagging = annex.unitsWith("Chậm tiến độ");
        if (lagging == 0) {
            return;
        }
        Matcher title = Pattern.compile("Đơn vị chậm tiến độ: (\\d[\\d.]*) trong số (\\d[\\d.]*) được theo dõi").matcher(deck);
        assertThat(title.find()).as(name + " deck lagging slide").isTrue();
        assertThat((long) AnnexFigures.number(title.group(1))).isEqualTo(lagging);
        assertThat(AnnexFigures.number(title.group(2))).isEqualTo(annex.verdicts().size());
        for (String slide : slides) {
            for (String line : slide.split("\n")) {
                String[] cells = line.split(" \\| ");
                if (cells.length >= 3 && annex.verdicts().containsKey(cells[1].strip())) {
                    Map<String, String> row = annex.verdicts().get(cells[1].strip());
                    assertThat(row.get("Đánh giá")).as(name + " deck: " + cells[1]).isEqualTo("Chậm tiến độ");
                    assertThat(cells[2].strip()).as(name + " deck: due tasks of " + cells[1])
                            .isEqualTo(row.get("Đến hạn đã hoàn thành"));
                }
            }
        }
    }

    /** What a specialist would rewrite: symbols, sentences opening on a digit, notes to the wrong office. */
    private static void checkProse(Report report) {
        List<String> texts = report.body().stream()
                .filter(b -> b instanceof Block.Paragraph || b instanceof Block.Item || b instanceof Block.Placeholder)
                .map(Block::text).toList();
        assertThat(texts).as("comparisons in words").noneMatch(t -> t.matches(".*[<>≤≥].*"));
        assertThat(texts).as("no sentence opens on a digit")
                .noneMatch(t -> Pattern.compile("(^|\\. )\\d").matcher(t.replaceFirst("^- ", "")).find());
        assertThat(texts).as("nothing about the application, no sample label, no 'tracked apart' of counted tasks")
                .noneMatch(t -> t.contains("(Dữ liệu mẫu)") || t.contains("theo dõi riêng") || t.startsWith("Văn phòng bổ sung"));
    }
}

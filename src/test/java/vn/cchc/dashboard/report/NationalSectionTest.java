package vn.cchc.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.ReportService;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.national.IndexKind;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.testing.NationalFiles;
import vn.cchc.dashboard.testing.TestClock;

/**
 * The report states the PAR INDEX and SIPAS results announced in its year, as a specialist would write them, with the
 * ranking as a figure; what was not imported is marked for the specialist, never made up.
 */
class NationalSectionTest {

    @TempDir
    Path folder;
    AppContext context;
    ReportService reports;

    @BeforeEach
    void open() {
        context = AppContext.open(folder, TestClock.today(), true);
        context.settings().setReportSettings(context.settings().reportSettings().withProvince("Hưng Yên"));
        context.nationalResults().importFile(NationalFiles.PAR_2023, IndexKind.PAR_INDEX, 2023);
        context.nationalResults().importFile(NationalFiles.PAR_2024, IndexKind.PAR_INDEX, 2024);
        context.nationalResults().importFile(NationalFiles.SIPAS_2023, IndexKind.SIPAS, 2023);
        reports = context.reports();
    }

    @AfterEach
    void close() {
        context.close();
    }

    Report report(String period, Language language) {
        ReportPeriod p = ReportPeriod.parse(period).orElseThrow();
        return reports.build(new ReportService.Request(context.plans().planFor(p.year()), p, null,
                EnumSet.allOf(ReportPart.class), language));
    }

    List<String> prose(Report report) {
        return report.body().stream().filter(b -> b instanceof Block.Paragraph || b instanceof Block.Placeholder)
                .map(Block::text).toList();
    }

    @Test
    void theAnnualReportStatesTheResultsAnnouncedInItsYearWithRankChangeAverageAndLeader() {
        Report report = report("2025", Language.VI);

        assertThat(report.outline()).anyMatch(h -> h.matches("\\d+\\. Kết quả Chỉ số cải cách hành chính \\(PAR INDEX\\)"
                + " và Chỉ số hài lòng \\(SIPAS\\) năm 2024"));
        assertThat(prose(report)).contains("Chỉ số cải cách hành chính (PAR INDEX) năm 2024 của tỉnh đạt 89,46%, xếp thứ"
                + " 12/63 tỉnh, thành phố, tăng 3 bậc và tăng 1,44 điểm phần trăm so với năm 2023; cao hơn mức bình quân"
                + " chung của cả nước (88,37%) 1,09 điểm phần trăm; dẫn đầu cả nước là Hải Phòng (92,98%).");
        assertThat(prose(report)).anyMatch(p -> p.startsWith("Có ") && p.contains("/8 chỉ số thành phần đạt hoặc cao hơn"
                + " mức bình quân chung của cả nước"));
        // SIPAS 2024 was not imported: its place is marked, and nothing is said of it.
        assertThat(report.body()).contains(new Block.Placeholder("Bổ sung kết quả Chỉ số hài lòng về sự phục vụ hành"
                + " chính (SIPAS) năm 2024 của tỉnh: điểm số, thứ hạng, so sánh với mức bình quân chung của cả nước và"
                + " với năm trước."));
        ReportFigure ranking = report.figures().stream().filter(f -> f.kind() == ReportFigure.Kind.NATIONAL_RANK)
                .findFirst().orElseThrow();
        assertThat(ranking.caption()).matches("Hình \\d+\\. Xếp hạng PAR INDEX năm 2024 của các tỉnh, thành phố"
                + " \\(nguồn: Bộ Nội vụ\\)");
        assertThat(ranking.categories()).hasSize(63).contains("12. Hưng Yên");
        assertThat(ranking.standing().rank()).isEqualTo(12);
        assertThat(report.figures()).extracting(ReportFigure::caption).as("numbered in order")
                .allMatch(c -> c.startsWith("Hình " + (report.figures().stream().map(ReportFigure::caption).toList()
                        .indexOf(c) + 1) + ". "));
    }

    @Test
    void theSixMonthReportStatesTheSameResultsAndSipasWhenImported() {
        // The 2023 SIPAS figures imported once more as 2024's, for the test's sake: the same rank and score.
        context.nationalResults().importFile(NationalFiles.SIPAS_2023, IndexKind.SIPAS, 2024);

        Report report = report("2025-H1", Language.VI);

        assertThat(prose(report)).anyMatch(p -> p.startsWith("Chỉ số cải cách hành chính (PAR INDEX) năm 2024 của tỉnh"
                + " đạt 89,46%, xếp thứ 12/63 tỉnh, thành phố, tăng 3 bậc"));
        assertThat(prose(report)).contains("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2024 của tỉnh đạt"
                + " 84,20%, xếp thứ 20/63 tỉnh, thành phố, giữ nguyên thứ hạng và giữ nguyên kết quả so với năm 2023;"
                + " cao hơn mức bình quân chung của cả nước (82,66%) 1,54 điểm phần trăm; dẫn đầu cả nước là Quảng Ninh"
                + " (90,20%).");
        assertThat(report.figures()).filteredOn(f -> f.kind() == ReportFigure.Kind.NATIONAL_RANK).as("the PAR INDEX's")
                .singleElement().satisfies(f -> assertThat(f.title()).contains("PAR INDEX"));
    }

    @Test
    void aYearWithoutThePreviousOneSaysNoChange() {
        context.nationalResults().importFile(NationalFiles.SIPAS_2023, IndexKind.SIPAS, 2025);

        Report report = report("2026-9M", Language.VI);

        assertThat(prose(report)).contains("Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2025 của tỉnh đạt"
                + " 84,20%, xếp thứ 20/63 tỉnh, thành phố; cao hơn mức bình quân chung của cả nước (82,66%) 1,54 điểm"
                + " phần trăm; dẫn đầu cả nước là Quảng Ninh (90,20%).");
    }

    @Test
    void withoutImportedResultsTheReportMarksThePlaceAndInventsNothing() {
        Report report = report("2026-H1", Language.VI);

        assertThat(report.body()).filteredOn(b -> b instanceof Block.Placeholder).extracting(Block::text)
                .contains("Bổ sung kết quả Chỉ số cải cách hành chính (PAR INDEX) năm 2025 của tỉnh: điểm số, thứ hạng,"
                        + " so sánh với mức bình quân chung của cả nước và với năm trước.");
        assertThat(report.figures()).noneMatch(f -> f.kind() == ReportFigure.Kind.NATIONAL_RANK);
        assertThat(prose(report)).noneMatch(p -> p.contains("xếp thứ"));
    }

    @Test
    void aQuartersReportSaysNothingOfThem() {
        Report report = report("2026-Q1", Language.VI);

        assertThat(report.outline()).noneMatch(h -> h.contains("PAR INDEX"));
        assertThat(prose(report)).noneMatch(p -> p.contains("xếp thứ") || p.contains("PAR INDEX"));
    }

    @Test
    void theSentencesReadAsASpecialistWritesThem() {
        for (String period : List.of("2025", "2025-H1")) {
            List<String> texts = prose(report(period, Language.VI));
            assertThat(texts).as("comparisons in words").noneMatch(t -> t.matches(".*[<>≤≥+].*"));
            assertThat(texts).as("no sentence opens on a digit")
                    .noneMatch(t -> Pattern.compile("(^|\\. )\\d").matcher(t).find());
        }
        assertThat(prose(report("2025", Language.EN))).anyMatch(p -> p.startsWith("The province's Public Administration"
                + " Reform Index (PAR INDEX) for 2024 reached 89.46%, ranking 12/63 among the provinces, rising 3 in rank"
                + " and up 1.44 percentage points on 2023; 1.09 percentage points above the national average (88.37%);"));
    }

    @Test
    void theRankingIsDrawnInTheWordReportThePdfAndTheDeck(@TempDir Path out) throws IOException {
        Report report = report("2025", Language.VI);
        for (ReportFormat format : ReportFormat.values()) {
            ReportWriters.write(report, format, out.resolve("bao-cao." + format.name().toLowerCase()));
        }

        assertThat(ReadBack.docx(out.resolve("bao-cao.docx"))).contains("Xếp hạng PAR INDEX năm 2024 của các tỉnh,"
                + " thành phố (nguồn: Bộ Nội vụ)", "xếp thứ 12/63 tỉnh, thành phố");
        assertThat(ReadBack.folded(ReadBack.pdf(out.resolve("bao-cao.pdf")))).contains(ReadBack.folded(
                "dẫn đầu cả nước là Hải Phòng (92,98%)"));
        assertThat(ReadBack.slides(out.resolve("bao-cao.pptx")))
                .anySatisfy(slide -> assertThat(slide).contains("Xếp hạng PAR INDEX năm 2024 của các tỉnh, thành phố"));
    }
}

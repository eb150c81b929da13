package vn.cchc.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.app.ReportService;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanDraft;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.testing.TestClock;

/** The report's content on the sample province, in words and numbers, before any file format. */
class ReportComposerTest {

    @TempDir
    Path folder;

    private AppContext context;
    private ReportService reports;

    @BeforeEach
    void open() {
        context = AppContext.open(folder, TestClock.today(), true);
        reports = context.reports();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Report report(String period, Language language, Set<ReportPart> parts) {
        ReportPeriod p = ReportPeriod.parse(period).orElseThrow();
        return reports.build(new ReportService.Request(context.plans().planFor(p.year()), p, null, parts, language));
    }

    private Report report(String period) {
        return report(period, Language.VI, EnumSet.allOf(ReportPart.class));
    }

    @Test
    void headlineTellsTheSummaryAsXOfYTasksAndPercentInVietnameseFormat() {
        Report report = report("2026-H1");
        PlanSummary summary = context.plans().summary(context.plans().planFor(2026), ReportPeriod.parse("2026-H1")
                .orElseThrow().end());
        Formats f = Formats.vietnamese();
        String expected = "Tính đến ngày 14/06/2026, các cơ quan, đơn vị đã hoàn thành "
                + f.ratio(summary.overall().completed(), summary.overall().planned()) + " nhiệm vụ, đạt "
                + f.percent(summary.overall().percent()) + " so với kế hoạch năm.";
        assertThat(report.headline()).isEqualTo(expected);
        assertThat(report.asText()).contains(expected);
        assertThat(f.percent(summary.overall().percent())).contains(",");
    }

    static Stream<Arguments> periods() {
        return Stream.of(
                Arguments.of("2026-Q1", "14/03/2026", "quý I năm 2026", "tháng 3 năm 2026"),
                Arguments.of("2026-H1", "14/06/2026", "6 tháng đầu năm 2026", "tháng 6 năm 2026"),
                Arguments.of("2026-9M", "14/09/2026", "9 tháng năm 2026", "tháng 9 năm 2026"),
                Arguments.of("2025", "14/12/2025", "năm 2025", "tháng 12 năm 2025"));
    }

    @ParameterizedTest
    @MethodSource("periods")
    void aPeriodWithoutAnAsOfDateIsCutOffOnItsOfficialDayAndDatedInTheMonthItIsDue(String code, String cutoff,
                                                                                 String name, String dated) {
        Report report = report(code);
        assertThat(Formats.DATE.format(report.asOf())).isEqualTo(cutoff);
        assertThat(report.heading().subject()).isEqualTo("Kết quả công tác cải cách hành chính " + name);
        assertThat(report.heading().placeAndDate()).startsWith("Minh Giang, ngày ").endsWith(dated);
        assertThat(report.body().get(0).text()).contains("(số liệu tính đến ngày " + cutoff + ")");
    }

    @Test
    void aPeriodNotYetOverIsCutOffTodayAndSaysItIsAnEstimate() {
        // The tests' today is 23/11/2026: the annual report 2026 cannot count to 14/12/2026.
        Report report = report("2026");

        assertThat(Formats.DATE.format(report.asOf())).isEqualTo("23/11/2026");
        assertThat(report.heading().subject()).isEqualTo("Kết quả công tác cải cách hành chính năm 2026 (ước thực hiện)");
        assertThat(report.heading().placeAndDate()).endsWith("tháng 12 năm 2026");
        assertThat(report.body().get(0).text())
                .contains("(số liệu tính đến ngày 23/11/2026, ước thực hiện đến ngày 14/12/2026)");
        assertThat(report.fileTitle()).endsWith("(ước thực hiện)");
        assertThat(report.asText()).doesNotContain("14/12/2026, các cơ quan").contains("Tính đến ngày 23/11/2026");
    }

    @Test
    void aDayAfterTodayIsRefusedWithOneSentence() {
        ReportService.Request request = new ReportService.Request(context.plans().planFor(2026), null,
                java.time.LocalDate.of(2026, 12, 1), EnumSet.allOf(ReportPart.class), Language.VI);

        assertThatThrownBy(() -> reports.build(request)).isInstanceOf(AppException.class);
    }

    static Stream<Arguments> outlooks() {
        return Stream.of(
                Arguments.of("2026-Q1", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026", "trong quý II năm 2026 (đến ngày 14/06/2026)"),
                Arguments.of("2026-H1", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026",
                        "trong 6 tháng cuối năm 2026 (đến ngày 31/12/2026)"),
                Arguments.of("2026-9M", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2026",
                        "trong quý IV năm 2026 (đến ngày 31/12/2026)"),
                Arguments.of("2025", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
                        "xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026"));
    }

    @ParameterizedTest
    @MethodSource("outlooks")
    void theOutlookNamesThePeriodAfterTheReportsOwn(String code, String heading, String phrase) {
        Report report = report(code);

        assertThat(report.body()).extracting(Block::text).contains(heading);
        assertThat(report.asText()).contains(phrase).doesNotContain("KỲ TỚI");
    }

    static Stream<Arguments> outlines() {
        return Stream.of(
                Arguments.of(EnumSet.allOf(ReportPart.class), List.of(
                        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
                        "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", "III. ĐÁNH GIÁ CHUNG",
                        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026", "V. ĐỀ XUẤT, KIẾN NGHỊ")),
                Arguments.of(EnumSet.of(ReportPart.ASSESSMENT, ReportPart.PROPOSALS), List.of(
                        "I. ĐÁNH GIÁ CHUNG", "II. ĐỀ XUẤT, KIẾN NGHỊ")),
                Arguments.of(EnumSet.of(ReportPart.AREAS), List.of(
                        "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH")));
    }

    @ParameterizedTest
    @MethodSource("outlines")
    void sectionsAreNumberedOverThePartsChosen(Set<ReportPart> parts, List<String> expected) {
        Report report = report("2026-H1", Language.VI, parts);
        List<String> top = report.body().stream().filter(b -> b instanceof Block.Heading h && h.level() == 1)
                .map(Block::text).toList();
        assertThat(top).containsExactlyElementsOf(expected);
        assertThat(report.annexTitle() != null).isEqualTo(parts.contains(ReportPart.ANNEX));
        assertThat(report.figures().isEmpty()).isEqualTo(!parts.contains(ReportPart.CHARTS));
    }

    @Test
    void everyReformAreaHasItsOwnSubsectionWithItsFigures() {
        Report report = report("2026-H1");
        PlanSummary summary = context.plans().summary(context.plans().planFor(2026), report.asOf());
        Formats f = Formats.vietnamese();
        summary.byArea().stream().filter(a -> !a.area().code().equals("CDDH")).forEach(area -> {
            assertThat(report.outline()).anyMatch(h -> h.endsWith(". " + area.area().name()));
            assertThat(report.asText()).contains("đã hoàn thành " + f.ratio(area.count().completed(),
                    area.count().planned()) + " nhiệm vụ, đạt " + f.percent(area.count().percent()));
        });
    }

    @Test
    void theAssessmentNamesTheLaggingUnitsWithTheirReasonsFurthestBehindFirst() {
        Report report = report("2026-H1");
        AppSettings settings = context.settings();
        List<LaggingUnit> behind = context.plans().lagging(context.plans().planFor(2026), report.asOf(),
                settings.laggingPolicy(), settings.staleDays(), false).units().stream().filter(LaggingUnit::lagging)
                .toList();
        assertThat(behind).isNotEmpty().allSatisfy(u -> assertThat(u.due()).as("judged only on what was due").isPositive());
        List<String> items = report.body().stream().filter(b -> b instanceof Block.Item).map(Block::text).toList();
        String first = behind.get(0).unit().name();
        assertThat(items).anyMatch(i -> i.startsWith(first + " còn ") && i.endsWith("."));
        assertThat(items).as("reasons in words, not symbols").noneMatch(i -> i.contains("<") || i.contains(">"));
        assertThat(report.lagging().rows()).hasSize(Math.min(behind.size(), AnnexTables.SLIDE_ROWS));
        assertThat(report.lagging().rows().get(0).get(1)).isEqualTo(first);
    }

    @Test
    void theAnnexTotalsAgreeWithTheSummary() {
        Report report = report("2026-H1");
        PlanSummary summary = context.plans().summary(context.plans().planFor(2026), report.asOf());
        AnnexTable byArea = report.annex().get(0);
        assertThat(byArea.rows()).hasSize(summary.byArea().size());
        assertThat(byArea.total().get(2)).isEqualTo(String.valueOf(summary.overall().planned()));
        AnnexTable byUnit = report.annex().get(1);
        // Each unit once, under the headers of the groups of 14/06/2026: no "UBND cấp huyện" any more.
        assertThat(byUnit.rows().stream().filter(r -> !r.get(2).isEmpty())).hasSize(summary.byUnit().size());
        assertThat(byUnit.rows().stream().filter(r -> r.get(2).isEmpty()).map(r -> r.get(0) + ". " + r.get(1)))
                .containsExactly("I. Sở, ban, ngành", "II. UBND cấp xã");
        assertThat(byUnit.total().get(3)).isEqualTo(String.valueOf(summary.overall().completed()));
        assertThat(report.annex()).extracting(AnnexTable::title).allMatch(t -> t.endsWith("(tính đến ngày 14/06/2026)"));
    }

    @Test
    void theEnglishVariantSpeaksEnglishWithEnglishNumbers() {
        Report report = report("2026-H1", Language.EN, EnumSet.allOf(ReportPart.class));
        assertThat(report.headline()).startsWith("As of 14/06/2026, agencies and units had completed ")
                .contains(" tasks, ").endsWith(" of the annual plan.").doesNotContain(",00%");
        assertThat(report.heading().subject()).isEqualTo("Results of public administration reform, first six months of 2026");
        assertThat(report.outline()).contains("III. OVERALL ASSESSMENT");
        assertThat(report.heading().placeAndDate()).isEqualTo("Minh Giang, ……  June 2026");
    }

    @Test
    void aPlanWithNoTasksSaysSoInsteadOfPrintingZeros() {
        Plan empty = context.planEditor().create(new PlanDraft(2027, "Kế hoạch CCHC năm 2027", null, null, false));
        Report report = reports.build(new ReportService.Request(empty, ReportPeriod.parse("2027-H1").orElseThrow(), null,
                EnumSet.allOf(ReportPart.class), Language.VI));
        String text = report.asText();
        assertThat(report.headline()).isEqualTo("Kế hoạch CCHC năm 2027 chưa có nhiệm vụ nào trong dữ liệu, nên chưa có "
                + "số liệu để báo cáo kết quả thực hiện.");
        assertThat(text).doesNotContain("0/0").doesNotContain("0,00%");
        assertThat(report.annex()).isEmpty();
        assertThat(report.figures()).isEmpty();
        assertThat(text).contains("Do chưa có số liệu tiến độ, báo cáo không kèm phụ lục thống kê.");
    }

    @Test
    void reportSettingsFillTheHeadingAndTheClosing() {
        context.settings().setReportSettings(new ReportSettings("Hưng Yên", "", "BAN CHỈ ĐẠO CCHC",
                List.of("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"), List.of("- Bộ Nội vụ;", "Lưu: VT, SNV.")));
        Report report = report("2026-H1");
        assertThat(report.heading().parentBody()).isEqualTo("UBND TỈNH HƯNG YÊN");
        assertThat(report.heading().issuingBody()).isEqualTo("BAN CHỈ ĐẠO CCHC");
        assertThat(report.heading().placeAndDate()).isEqualTo("Hưng Yên, ngày      tháng 6 năm 2026");
        assertThat(report.closing().printedRecipients()).containsExactly("- Bộ Nội vụ;", "- Lưu: VT, SNV.");
        assertThat(report.closing().signerLines()).containsExactly("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN");
        assertThat(report.closing().signerName()).isEmpty();
        assertThat(report.heading().numberLine()).matches("Số: +/BC-BCĐ");
    }
}

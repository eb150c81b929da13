package vn.cchc.dashboard.app;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchc.dashboard.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.IndicatorDraft;
import vn.cchc.dashboard.domain.IndicatorReading;
import vn.cchc.dashboard.domain.LaggingList;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;

@Tag(TestDatabase.TAG)
class IndicatorServiceTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    static final ReportPeriod M9 = new ReportPeriod(2026, ReportPeriod.Kind.M9);

    @TempDir
    Path folder;
    AppContext context;
    Plan plan;

    @BeforeEach
    void open() {
        context = db.openContext(folder, TestClock.today(), true);
        plan = context.plans().planFor(2026);
    }

    @AfterEach
    void close() {
        context.close();
    }

    Unit unit(String name) {
        return context.units().units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    Indicator indicator(String code) {
        return context.indicators().book().indicator(code).orElseThrow();
    }

    @Test
    void theCommonIndicatorsArePreloadedWithTheirNationalTargets() {
        IndicatorBook book = context.indicators().book();
        assertThat(book.indicators()).extracting(Indicator::code).contains("HS_DUNG_HAN", "HS_TRUC_TUYEN",
                "DVC_TOAN_TRINH", "THANH_TOAN_TT", "SO_HOA", "HAI_LONG", "PAR_INDEX", "SIPAS", "PAR_CPS");
        assertThat(book.target("HS_TRUC_TUYEN", 2025).orElseThrow().document()).contains("76/NQ-CP");
        assertThat(book.target("HAI_LONG", 2030).orElseThrow().value()).isEqualByComparingTo("95");
        assertThat(indicator("HS_TRE_HAN").higherIsBetter()).isFalse();
    }

    @Test
    void theSampleHasRealisticFiguresWithAFewUnitsClearlyBelowTarget() {
        IndicatorBook book = context.indicators().book();
        Indicator online = indicator("HS_TRUC_TUYEN");
        IndicatorReading construction = book.reading(online, unit("Sở Xây dựng").id(), M9);
        assertThat(construction.verdict()).as("the year's target judges the year's figures, not nine months'")
                .isEqualTo(IndicatorReading.Verdict.NOT_YET_ASSESSED);
        assertThat(construction.shortfall()).isEqualByComparingTo("43.80");
        assertThat(construction.value().value()).isEqualByComparingTo("41.20");
        assertThat(book.average(online, M9).orElseThrow()).isBetween(new BigDecimal("75"), new BigDecimal("90"));
        assertThat(book.target("SO_HOA", 2026)).as("the sample leaves one target unset, and says so").isEmpty();
        assertThat(book.reading(indicator("SO_HOA"), unit("Sở Xây dựng").id(), M9).verdict())
                .isEqualTo(IndicatorReading.Verdict.NO_TARGET);
        assertThat(book.periods()).as("no figure for a period not yet closed")
                .doesNotContain(new ReportPeriod(2026, ReportPeriod.Kind.YEAR));
        assertThat(book.value("PAR_INDEX", unit("UBND tỉnh Minh Giang").id(), new ReportPeriod(2025, ReportPeriod.Kind.YEAR)))
                .isPresent();
    }

    @Test
    void aFigureIsSavedReplacedAndAnImpossibleOneRefusedWithNothingWritten() {
        Unit justice = unit("Sở Tư pháp");
        Indicator online = indicator("HS_TRUC_TUYEN");
        ReportPeriod q1 = new ReportPeriod(2026, ReportPeriod.Kind.Q1);
        context.indicators().save(plan, new IndicatorDraft(online, justice, q1, BigDecimal.valueOf(412),
                BigDecimal.valueOf(1000), null));
        context.indicators().save(plan, new IndicatorDraft(online, justice, q1, BigDecimal.valueOf(900),
                BigDecimal.valueOf(1000), null));
        assertThat(context.indicators().book().value(online.code(), justice.id(), q1).orElseThrow().value())
                .isEqualByComparingTo("90.00");
        assertThatThrownBy(() -> context.indicators().save(plan, new IndicatorDraft(online, justice, q1,
                BigDecimal.valueOf(1200), BigDecimal.valueOf(1000), null)))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("indicator.problem.numeratorAboveDenominator"));
        assertThat(context.indicators().book().value(online.code(), justice.id(), q1).orElseThrow().value())
                .isEqualByComparingTo("90.00");
        context.indicators().save(plan, new IndicatorDraft(online, justice, q1, BigDecimal.ZERO, BigDecimal.ZERO, null));
        assertThat(context.indicators().book().value(online.code(), justice.id(), q1).orElseThrow().nothingCounted()).isTrue();
    }

    @Test
    void theRankingWeighsTheLatestClosedPeriodAndRollsMergedUnitsUpOnRequest() {
        LaggingList today = context.plans().lagging(plan, TestClock.TODAY, LaggingPolicy.DEFAULT, 60, true);
        assertThat(today.indicatorPeriod()).isEqualTo(M9);
        assertThat(today.units()).as("nine months' figures are not held against the year's targets")
                .allSatisfy(u -> assertThat(u.reasons()).extracting(LaggingUnit.Reason::kind)
                        .doesNotContain(LaggingUnit.Kind.INDICATOR_SHORT));
        Unit construction = unit("Sở Xây dựng");
        ReportPeriod lastYearPeriod = new ReportPeriod(2025, ReportPeriod.Kind.YEAR);
        context.indicators().save(context.plans().planFor(2025), new IndicatorDraft(indicator("HS_TRUC_TUYEN"),
                construction, lastYearPeriod, BigDecimal.valueOf(412), BigDecimal.valueOf(1000), null));
        LaggingList yearEnd2025 = context.plans().lagging(context.plans().planFor(2025), LocalDate.of(2025, 12, 31),
                LaggingPolicy.DEFAULT, 60, true);
        assertThat(yearEnd2025.indicatorPeriod()).isEqualTo(lastYearPeriod);
        assertThat(yearEnd2025.units()).anySatisfy(u -> {
            assertThat(u.unit().name()).isEqualTo("Sở Xây dựng");
            assertThat(u.lagging()).isTrue();
            assertThat(u.reasons()).extracting(LaggingUnit.Reason::kind).contains(LaggingUnit.Kind.INDICATOR_SHORT);
        });
        Plan lastYear = context.plans().planFor(2025);
        LocalDate yearEnd = LocalDate.of(2025, 12, 31);
        List<String> history = names(context.plans().lagging(lastYear, yearEnd, LaggingPolicy.DEFAULT, 60, false));
        List<String> rolled = names(context.plans().lagging(lastYear, yearEnd, LaggingPolicy.DEFAULT, 60, true));
        assertThat(history).contains("Sở Kế hoạch và Đầu tư", "UBND huyện An Phú");
        assertThat(rolled).doesNotContain("Sở Kế hoạch và Đầu tư", "UBND huyện An Phú").contains("Sở Tài chính");
    }

    private static List<String> names(LaggingList list) {
        return list.units().stream().map(u -> u.unit().name()).toList();
    }

    @Test
    void everyFigureGoesToExcelAndCsvWithItsTargetAndVerdictInWords() throws Exception {
        Path xlsx = folder.resolve("chi-so.xlsx");
        Path csv = folder.resolve("chi-so.csv");
        context.indicators().export(xlsx, Messages.of(Language.VI));
        context.indicators().export(csv, Messages.of(Language.VI));
        long figures = context.indicators().book().values().size();
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(figures);
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Đánh giá");
            Row construction = null;
            for (Row row : sheet) {
                if ("Sở Xây dựng".equals(row.getCell(1).getStringCellValue())
                        && "Tỷ lệ hồ sơ trực tuyến".equals(row.getCell(0).getStringCellValue())
                        && "9 tháng năm 2026".equals(row.getCell(2).getStringCellValue())) {
                    construction = row;
                }
            }
            assertThat(construction).isNotNull();
            assertThat(construction.getCell(5).getNumericCellValue()).isEqualTo(41.2);
            assertThat(construction.getCell(7).getStringCellValue()).startsWith("Chưa đến kỳ đánh giá: chỉ tiêu năm ≥ 85%");
        }
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC")
                .contains("Chưa có chỉ tiêu cho năm 2026");
    }
}

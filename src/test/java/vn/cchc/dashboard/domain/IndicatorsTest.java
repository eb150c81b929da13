package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorsTest {

    static final Indicator ONLINE = new Indicator("HS_TRUC_TUYEN", "Tỷ lệ hồ sơ trực tuyến", "Online dossier rate",
            IndicatorType.PERCENT, "Hồ sơ trực tuyến", "Tổng số hồ sơ", true, "NQ 76", false, null, null, false, 1);
    static final Indicator LATE = new Indicator("HS_TRE_HAN", "Tỷ lệ hồ sơ trễ hạn", "Late dossier rate",
            IndicatorType.PERCENT, "Hồ sơ trễ hạn", "Hồ sơ đã giải quyết", false, "KH tỉnh", false, null, null, false, 2);
    static final Indicator SCORE = new Indicator("DIEM_766", "Điểm QĐ 766", "Score 766", IndicatorType.SCORE, null, null,
            true, "QĐ 766", false, null, BigDecimal.valueOf(100), false, 3);
    static final Indicator PAR = new Indicator("PAR_INDEX", "PAR INDEX", "PAR INDEX", IndicatorType.PERCENT, null, null,
            true, "QĐ 876", true, null, null, true, 4);
    static final ReportPeriod H1 = new ReportPeriod(2023, ReportPeriod.Kind.H1);

    static IndicatorValue ratio(Indicator indicator, long unit, ReportPeriod period, long numerator, long denominator) {
        return new IndicatorValue(0, indicator.code(), unit, period, BigDecimal.valueOf(numerator),
                BigDecimal.valueOf(denominator), null, "CV", Instant.EPOCH);
    }

    static IndicatorValue figure(Indicator indicator, long unit, ReportPeriod period, String value) {
        return new IndicatorValue(0, indicator.code(), unit, period, null, null, new BigDecimal(value), "CV", Instant.EPOCH);
    }

    static IndicatorTarget target(Indicator indicator, int year, int value) {
        return new IndicatorTarget(indicator.code(), year, BigDecimal.valueOf(value), "Nghị quyết 76/NQ-CP");
    }

    @Test
    void aRateIsWorkedOutFromItsNumeratorAndDenominatorHalfUp() {
        assertThat(ratio(ONLINE, 1, H1, 1384, 3003).value()).isEqualByComparingTo("46.09");
        assertThat(ratio(ONLINE, 1, H1, 1, 8).value()).as("12,5 exactly").isEqualByComparingTo("12.50");
        assertThat(ratio(ONLINE, 1, H1, 2, 3).value()).isEqualByComparingTo("66.67");
    }

    @Test
    void aDenominatorOfZeroIsNothingCountedNeverAZero() {
        IndicatorValue empty = ratio(ONLINE, 1, H1, 0, 0);
        assertThat(empty.value()).isNull();
        assertThat(empty.nothingCounted()).isTrue();
        assertThat(IndicatorReading.of(ONLINE, empty, target(ONLINE, 2023, 80)).verdict())
                .isEqualTo(IndicatorReading.Verdict.NOTHING_COUNTED);
    }

    @ParameterizedTest(name = "{0} {1} against {2}: {3}")
    @CsvSource({
            "HS_TRUC_TUYEN, 85.00, 80, MEETS, ",
            "HS_TRUC_TUYEN, 80.00, 80, MEETS, ",
            "HS_TRUC_TUYEN, 77.50, 80, NEAR, 2.50",
            "HS_TRUC_TUYEN, 41.20, 80, BELOW, 38.80",
            "HS_TRE_HAN, 1.50, 2, MEETS, ",
            "HS_TRE_HAN, 5.99, 2, NEAR, 3.99",
            "HS_TRE_HAN, 9.00, 2, BELOW, 7.00",
            "HS_TRUC_TUYEN, 41.20, , NO_TARGET, ",
    })
    void aFigureIsReadAgainstItsTargetWhicheverWayBetterPoints(String code, String value, Integer target,
                                                               IndicatorReading.Verdict verdict, String shortfall) {
        Indicator indicator = code.equals(ONLINE.code()) ? ONLINE : LATE;
        IndicatorReading reading = IndicatorReading.of(indicator, figure(indicator, 1, H1, value),
                target == null ? null : target(indicator, 2023, target));
        assertThat(reading.verdict()).isEqualTo(verdict);
        if (shortfall == null) {
            assertThat(reading.shortfall()).isNull();
        } else {
            assertThat(reading.shortfall()).isEqualByComparingTo(shortfall);
        }
    }

    @Test
    void noFigureForThePeriodIsSaidSo() {
        IndicatorBook book = new IndicatorBook(List.of(ONLINE), List.of(target(ONLINE, 2023, 80)), List.of());
        assertThat(book.reading(ONLINE, 1, H1).verdict()).isEqualTo(IndicatorReading.Verdict.NO_DATA);
        assertThat(book.average(ONLINE, H1)).isEmpty();
        assertThat(book.latestReportedBy(LocalDate.of(2023, 12, 31))).isEmpty();
    }

    @Test
    void theProvincialAverageOfARateWeighsEachUnitByItsDossiers() {
        IndicatorBook book = new IndicatorBook(List.of(ONLINE, SCORE), List.of(), List.of(
                ratio(ONLINE, 1, H1, 9_000, 10_000), ratio(ONLINE, 2, H1, 10, 100), ratio(ONLINE, 3, H1, 0, 0),
                figure(SCORE, 1, H1, "80"), figure(SCORE, 2, H1, "70.5")));
        assertThat(book.average(ONLINE, H1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("89.21"));
        assertThat(book.average(SCORE, H1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("75.25"));
    }

    @Test
    void mergedUnitsFiguresAddUpUnderTheirSuccessor() {
        Unit planning = new Unit(1, "Sở Kế hoạch và Đầu tư", null, UnitKind.DEPARTMENT, null, LocalDate.of(2025, 2, 28), 2L);
        Unit finance = new Unit(2, "Sở Tài chính", null, UnitKind.DEPARTMENT, null, null, null);
        ReportPeriod q1 = new ReportPeriod(2025, ReportPeriod.Kind.Q1);
        IndicatorBook book = new IndicatorBook(List.of(ONLINE, SCORE), List.of(), List.of(
                ratio(ONLINE, 1, q1, 30, 100), ratio(ONLINE, 2, q1, 90, 100), figure(SCORE, 1, q1, "60"),
                figure(SCORE, 2, q1, "80")));
        IndicatorBook today = book.grouped(UnitGrouping.rolledIntoSuccessors(List.of(planning, finance)));
        assertThat(today.values()).allMatch(v -> v.unitId() == 2);
        assertThat(today.value(ONLINE.code(), 2, q1).orElseThrow().value()).isEqualByComparingTo("60.00");
        assertThat(today.value(SCORE.code(), 2, q1).orElseThrow().value()).isEqualByComparingTo("70.00");
        assertThat(book.grouped(UnitGrouping.asTheyWere(List.of(planning, finance))).values()).hasSize(4);
    }

    @Test
    void aTrendHasAGapWhereAPeriodWasNotReported() {
        ReportPeriod m9 = new ReportPeriod(2023, ReportPeriod.Kind.M9);
        IndicatorBook book = new IndicatorBook(List.of(ONLINE), List.of(), List.of(
                ratio(ONLINE, 1, H1, 50, 100), ratio(ONLINE, 1, m9, 70, 100)));
        assertThat(book.trend(ONLINE, 1, m9.trailing(3))).containsExactly(null, new BigDecimal("50.00"),
                new BigDecimal("70.00"));
        assertThat(book.periods()).containsExactly(H1, m9);
    }

    @Test
    void periodsFollowTheOfficialWindows() {
        assertThat(ReportPeriod.parse("2023-H1")).contains(H1);
        assertThat(ReportPeriod.parse("2023")).contains(new ReportPeriod(2023, ReportPeriod.Kind.YEAR));
        assertThat(ReportPeriod.parse("2023-9m").orElseThrow().code()).isEqualTo("2023-9M");
        assertThat(ReportPeriod.parse("2023-Q2")).isEmpty();
        assertThat(ReportPeriod.parse("23-H1")).isEmpty();
        assertThat(H1.start()).isEqualTo(LocalDate.of(2022, 12, 15));
        assertThat(H1.end()).isEqualTo(LocalDate.of(2023, 6, 14));
        assertThat(ReportPeriod.latestEndedBy(LocalDate.of(2026, 11, 23)).code()).isEqualTo("2026-9M");
        assertThat(ReportPeriod.latestEndedBy(LocalDate.of(2026, 3, 13)).code()).isEqualTo("2025");
        assertThat(new ReportPeriod(2026, ReportPeriod.Kind.Q1).trailing(3)).extracting(ReportPeriod::code)
                .containsExactly("2025-9M", "2025", "2026-Q1");
    }

    @Test
    void theFormRefusesWhatCannotBeTrue() {
        Unit unit = new Unit(1, "Sở Xây dựng", null, UnitKind.DEPARTMENT, null, null, null);
        Unit merged = new Unit(2, "Sở Giao thông vận tải", null, UnitKind.DEPARTMENT, null, LocalDate.of(2025, 2, 28), 1L);
        LocalDate today = LocalDate.of(2026, 11, 23);
        ReportPeriod h1 = new ReportPeriod(2026, ReportPeriod.Kind.H1);
        assertThat(keys(new IndicatorDraft(ONLINE, unit, h1, BigDecimal.valueOf(120), BigDecimal.valueOf(100), null), today))
                .containsExactly("numerator:indicator.problem.numeratorAboveDenominator");
        assertThat(keys(new IndicatorDraft(ONLINE, unit, h1, BigDecimal.valueOf(-1), BigDecimal.ZERO, null), today))
                .containsExactly("numerator:indicator.problem.negative");
        assertThat(keys(new IndicatorDraft(ONLINE, unit, h1, BigDecimal.ZERO, BigDecimal.ZERO, null), today))
                .as("nothing counted is a true answer").isEmpty();
        assertThat(keys(new IndicatorDraft(PAR, unit, h1, null, null, new BigDecimal("100.5")), today))
                .containsExactly("period:indicator.problem.yearlyOnly", "value:indicator.problem.aboveBound");
        assertThat(keys(new IndicatorDraft(SCORE, unit, new ReportPeriod(2025, ReportPeriod.Kind.H1), null, null,
                BigDecimal.TEN), today)).containsExactly("period:indicator.problem.periodOutsidePlan");
        assertThat(keys(new IndicatorDraft(SCORE, unit, new ReportPeriod(2026, ReportPeriod.Kind.YEAR), null, null,
                BigDecimal.TEN), LocalDate.of(2025, 12, 1))).containsExactly("period:indicator.problem.periodNotBegun");
        assertThat(keys(new IndicatorDraft(SCORE, merged, h1, null, null, BigDecimal.TEN), today))
                .containsExactly("unit:indicator.problem.unitNotInPeriod");
        assertThat(keys(new IndicatorDraft(null, null, null, null, null, null), today))
                .containsExactly("indicator:task.problem.required", "unit:task.problem.required", "period:task.problem.required");
    }

    private static List<String> keys(IndicatorDraft draft, LocalDate today) {
        return draft.problems(2026, today).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }
}

package vn.cchc.dashboard.domain.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.IndicatorReading;
import vn.cchc.dashboard.domain.IndicatorTarget;
import vn.cchc.dashboard.domain.IndicatorType;
import vn.cchc.dashboard.domain.IndicatorValue;
import vn.cchc.dashboard.domain.ReportPeriod;

/**
 * A period within the year is judged against its milestone when one is set; without one it is "chưa đến kỳ đánh
 * giá" beside the year's target, and the year's figure is judged against the year's target.
 */
class MilestoneReadingTest {

    static final Indicator ONLINE = new Indicator("HS_TRUC_TUYEN", "Tỷ lệ hồ sơ trực tuyến", "Online dossier rate",
            IndicatorType.PERCENT, "Hồ sơ trực tuyến", "Tổng số hồ sơ", true, "NQ 76", false, null, null, false, 1);

    private static IndicatorBook book(String period, String figure) {
        ReportPeriod p = ReportPeriod.parse(period).orElseThrow();
        IndicatorValue value = figure.isBlank() ? null : new IndicatorValue(1, ONLINE.code(), 7, p,
                new BigDecimal(figure), BigDecimal.valueOf(100), null, "Sở Tư pháp", Instant.parse("2026-06-20T03:00:00Z"));
        return new IndicatorBook(List.of(ONLINE),
                List.of(new IndicatorTarget(ONLINE.code(), 2026, BigDecimal.valueOf(85), "Kế hoạch số 171/KH-UBND")),
                value == null ? List.of() : List.of(value),
                List.of(new Milestone(ONLINE.code(), ReportPeriod.parse("2026-H1").orElseThrow(), BigDecimal.valueOf(75)),
                        new Milestone(ONLINE.code(), ReportPeriod.parse("2026-9M").orElseThrow(), BigDecimal.valueOf(80))));
    }

    @ParameterizedTest(name = "{0} at {1}% → {2} against {3}")
    @CsvSource({
            "2026-Q1, 60, NOT_YET_ASSESSED, 85",   // no Q1 milestone: the year's target, not judged yet
            "2026-H1, 76, MEETS,            75",   // the six-month milestone
            "2026-H1, 72, NEAR,             75",
            "2026-H1, 60, BELOW,            75",
            "2026-9M, 80, MEETS,            80",   // a figure equal to its milestone meets it
            "2026-9M, 79, NEAR,             80",
            "2026,    84, NEAR,             85",   // the year is judged against the year's target
            "2026-H1, '', NO_DATA,          75"})
    void aPeriodIsJudgedAgainstItsMilestoneOrWaitsForTheYear(String period, String figure,
                                                              IndicatorReading.Verdict verdict, int target) {
        IndicatorBook book = book(period, figure);
        ReportPeriod p = ReportPeriod.parse(period).orElseThrow();
        IndicatorReading reading = book.reading(ONLINE, 7, p);
        assertThat(reading.verdict()).isEqualTo(verdict);
        assertThat(reading.target().value()).isEqualByComparingTo(BigDecimal.valueOf(target));
        assertThat(reading.target().document()).isEqualTo("Kế hoạch số 171/KH-UBND");
        assertThat(book.targetFor(ONLINE.code(), p).orElseThrow().value()).isEqualByComparingTo(BigDecimal.valueOf(target));
        assertThat(book.provinceReading(ONLINE, p).verdict()).isEqualTo(verdict);
    }
}

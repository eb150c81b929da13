package vn.cchc.dashboard.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatisticsCheckTest {

    static final StatisticsTable TABLE = new StatisticsTable(2026, List.of(
            new StatisticItem(2026, "KT", "CDDH", "Số cuộc kiểm tra", "cuộc", StatisticKind.COUNT, null, true, 1, null),
            new StatisticItem(2026, "GQ", "TTHC", "Hồ sơ đã giải quyết", "hồ sơ", StatisticKind.DENOMINATOR, "DH", true, 2, null),
            new StatisticItem(2026, "DH", "TTHC", "Hồ sơ giải quyết đúng hạn", "hồ sơ", StatisticKind.NUMERATOR, "GQ", true, 3, null),
            new StatisticItem(2026, "BC", "CV", "Biên chế", "người", StatisticKind.COUNT, null, false, 4, null)));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.384|1384", "67,32|67.32", "1384|1384", "67.32|67.32", "1.234.567|1234567",
            "1.384,5|1384.5", "' 12 '|12"})
    void numbersAreReadAsVietnameseAndPlainSpreadsheetsWriteThem(String typed, String expected) {
        assertThat(StatisticNumber.parse(typed)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc", "12a", "1,2,3", "1.38.4", "--1"})
    void textThatIsNotANumberIsNotOne(String typed) {
        assertThat(StatisticNumber.parse(typed)).isEmpty();
    }

    @Test
    void aNumeratorAboveItsDenominatorNamesBothItemsAndTheirNumbers() {
        StatisticsCheck.Result result = StatisticsCheck.check(TABLE, List.of(cell("KT", "2"), cell("GQ", "1.100"),
                cell("DH", "1.200")));
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(StatisticProblem.Kind.ABOVE_DENOMINATOR);
            assertThat(p.itemLabel()).isEqualTo("Hồ sơ giải quyết đúng hạn");
            assertThat(p.value()).isEqualByComparingTo("1200");
            assertThat(p.otherLabel()).isEqualTo("Hồ sơ đã giải quyết");
            assertThat(p.otherValue()).isEqualByComparingTo("1100");
        });
    }

    @Test
    void negativesTextAndEmptyRequiredCellsAreProblemsOptionalOnesAreNot() {
        StatisticsCheck.Result result = StatisticsCheck.check(TABLE, List.of(cell("KT", "-1"), cell("GQ", "nhiều"),
                cell("DH", "")));
        assertThat(result.problems()).extracting(StatisticProblem::kind).containsExactly(
                StatisticProblem.Kind.NEGATIVE, StatisticProblem.Kind.NOT_A_NUMBER, StatisticProblem.Kind.REQUIRED_MISSING);
    }

    @Test
    void cleanFiguresAreReadInTheTablesOrder() {
        StatisticsCheck.Result result = StatisticsCheck.check(TABLE, List.of(cell("DH", "90"), cell("GQ", "100"),
                cell("KT", "3")));
        assertThat(result.accepted()).isTrue();
        assertThat(result.values().keySet()).containsExactly("KT", "GQ", "DH");
    }

    @Test
    void theProvincesRateIsSummedNumeratorOverSummedDenominatorNeverAnAverage() {
        List<StatisticsReturn> returns = List.of(
                returned(1, Map.of("KT", "2", "GQ", "1000", "DH", "900")),
                returned(2, Map.of("KT", "1", "GQ", "10", "DH", "10")));
        List<StatisticsTotal> totals = StatisticsRollup.totals(TABLE, returns);
        assertThat(totals.get(0).sum()).isEqualByComparingTo("3");
        assertThat(totals.get(1).sum()).isEqualByComparingTo("1010");
        // (900 + 10) / (1000 + 10) = 90,10%; the average of 90% and 100% would say 95%.
        assertThat(totals.get(2).rate()).isEqualByComparingTo("90.10");
        assertThat(totals.get(2).units()).isEqualTo(2);
        assertThat(totals.get(3).units()).isZero();
    }

    static StatisticsCheck.Cell cell(String code, String written) {
        return new StatisticsCheck.Cell(code, written, null);
    }

    static StatisticsReturn returned(long unit, Map<String, String> figures) {
        Map<String, BigDecimal> values = new java.util.HashMap<>();
        figures.forEach((k, v) -> values.put(k, new BigDecimal(v)));
        return new StatisticsReturn(unit, unit, "2026-H1", "f.xlsx", Instant.EPOCH, "x", false, null, values, Map.of());
    }
}

package vn.cchc.dashboard.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules that keep a year's statistics table usable while the office edits it, case by case. */
class StatisticsTableRulesTest {

    static final StatisticsTable TABLE = new StatisticsTable(2026, List.of(
            new StatisticItem(2026, "GQ", "TTHC", "Hồ sơ đã giải quyết", "hồ sơ", StatisticKind.DENOMINATOR, "DH", true, 10, null),
            new StatisticItem(2026, "DH", "TTHC", "Hồ sơ đúng hạn", "hồ sơ", StatisticKind.NUMERATOR, "GQ", true, 20, null,
                    "HS_DUNG_HAN"),
            new StatisticItem(2026, "KT", "CDDH", "Số cuộc kiểm tra", "cuộc", StatisticKind.COUNT, null, true, 30, null)));
    static final Set<String> AREAS = Set.of("CDDH", "TC", "TTHC", "CPS");
    static final Set<String> INDICATORS = Set.of("HS_DUNG_HAN", "HS_TRUC_TUYEN");

    /** "-" in the table stands for null. */
    private static String value(String cell) {
        return cell == null || cell.equals("-") ? null : cell;
    }

    @ParameterizedTest(name = "{0} {1} ({3}, pair {4}, indicator {5}, figures {6}) → {7}")
    @CsvSource(delimiter = '|', value = {
            // adding | code | area | kind | pair | indicator | hasFigures | refusal
            "true  | TRUC_TUYEN | CPS  | NUMERATOR   | GQ  | HS_TRUC_TUYEN | false | -",
            "true  | KT2        | CDDH | COUNT       | -   | -             | false | -",
            "true  | kt         | CDDH | COUNT       | -   | -             | false | CODE_FORM",
            "true  | 1KT        | CDDH | COUNT       | -   | -             | false | CODE_FORM",
            "true  | KT         | CDDH | COUNT       | -   | -             | false | CODE_TAKEN",
            "false | KHONG_CO   | CDDH | COUNT       | -   | -             | false | NO_SUCH_ITEM",
            "true  | X1         | ZZ   | COUNT       | -   | -             | false | UNKNOWN_AREA",
            "true  | X1         | CPS  | NUMERATOR   | KT  | -             | false | PAIR_NOT_DENOMINATOR",
            "true  | X1         | CPS  | NUMERATOR   | X1  | -             | false | PAIR_NOT_DENOMINATOR",
            "true  | X1         | CPS  | COUNT       | -   | HS_DUNG_HAN   | false | INDICATOR_ONLY_FOR_NUMERATOR",
            "true  | X1         | CPS  | NUMERATOR   | GQ  | KHONG_CO      | false | UNKNOWN_INDICATOR",
            "false | DH         | TTHC | COUNT       | -   | -             | true  | KIND_FIXED_BY_FIGURES",
            "false | DH         | TTHC | NUMERATOR   | GQ  | HS_DUNG_HAN   | true  | -",
            "false | DH         | TTHC | COUNT       | -   | -             | false | -",
    })
    void aSaveIsRefusedOnlyForItsOwnReason(boolean adding, String code, String area, StatisticKind kind, String pair,
                                           String indicator, boolean hasFigures, String refusal) {
        StatisticItem item = new StatisticItem(2026, code, area, "Tên", "hồ sơ", kind, value(pair), false, 40, null,
                value(indicator));
        Optional<StatisticsTableRules.Refusal> result = StatisticsTableRules.checkSave(TABLE, item, adding, AREAS,
                INDICATORS, hasFigures);
        assertThat(result.map(r -> r.problem().name()).orElse("-")).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "remove {0} (figures {1}) → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "KT       | false | -                     | -",
            "KT       | true  | REMOVE_HAS_FIGURES    | KT",
            "GQ       | false | REMOVE_IS_DENOMINATOR | DH",
            "DH       | false | -                     | -",
            "KHONG_CO | false | NO_SUCH_ITEM          | KHONG_CO",
    })
    void anItemGoesOnlyWhileNoFigureOrRateNeedsIt(String code, boolean hasFigures, String refusal, String detail) {
        Optional<StatisticsTableRules.Refusal> result = StatisticsTableRules.checkRemove(TABLE, code, hasFigures);
        assertThat(result.map(r -> r.problem().name()).orElse("-")).isEqualTo(refusal);
        assertThat(result.map(StatisticsTableRules.Refusal::detail).orElse("-")).isEqualTo(detail);
    }

    @ParameterizedTest
    @CsvSource({"' hs_tiep  nhan ', HS_TIEP NHAN", "hs_so_hoa, HS_SO_HOA"})
    void anItemIsKeptCanonical(String typed, String kept) {
        StatisticItem item = new StatisticItem(2026, typed, " cps", "  Hồ sơ\u00a0 số hóa ", "hồ sơ", StatisticKind.COUNT,
                null, false, 1, " ", " ").normalised();
        assertThat(item.code()).isEqualTo(kept);
        assertThat(item.areaCode()).isEqualTo("CPS");
        assertThat(item.label()).isEqualTo("Hồ sơ số hóa");
        assertThat(item.source()).isNull();
        assertThat(item.indicatorCode()).isNull();
    }
}

package vn.cchc.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.IndicatorTarget;
import vn.cchc.dashboard.domain.IndicatorType;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.statistics.StatisticItem;
import vn.cchc.dashboard.domain.statistics.StatisticKind;
import vn.cchc.dashboard.domain.statistics.StatisticsDigest;
import vn.cchc.dashboard.domain.statistics.StatisticsReturn;
import vn.cchc.dashboard.domain.statistics.StatisticsRollup;
import vn.cchc.dashboard.domain.statistics.StatisticsStatus;
import vn.cchc.dashboard.domain.statistics.StatisticsTable;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The sentences a report states from the units' statistics, on fixed figures: a sum compared with the same period a
 * year earlier only when every unit sent it, a rate always, the target beside a rate (judged on the year's figures
 * only), and what nobody sent marked for the office instead of a zero.
 */
class StatisticsLinesTest {

    static final Indicator ON_TIME = new Indicator("HS_DUNG_HAN", "Tỷ lệ hồ sơ giải quyết đúng hạn", "On-time rate",
            IndicatorType.PERCENT, "Hồ sơ đúng hạn", "Hồ sơ đã giải quyết", true, "Kế hoạch", false, null, null, false, 1);

    /** Two areas of the plan (CDDH, TC), one of procedures (TTHC) it has no tasks in, one the programme lacks (ZZ). */
    static StatisticsTable table(int year) {
        return new StatisticsTable(year, List.of(
                new StatisticItem(year, "KT", "CDDH", "Số cuộc kiểm tra cải cách hành chính", "cuộc", StatisticKind.COUNT,
                        null, true, 10, null),
                new StatisticItem(year, "QPPL", "TC", "Văn bản quy phạm pháp luật đã ban hành", "văn bản",
                        StatisticKind.COUNT, null, true, 20, null),
                new StatisticItem(year, "RA_SOAT", "TC", "Văn bản đã rà soát", "văn bản", StatisticKind.COUNT, null, false,
                        30, null),
                new StatisticItem(year, "GQ", "TC", "Hồ sơ đã giải quyết", "hồ sơ", StatisticKind.DENOMINATOR, "DH", true,
                        40, null),
                new StatisticItem(year, "DH", "TC", "Hồ sơ giải quyết đúng hạn", "hồ sơ", StatisticKind.NUMERATOR, "GQ",
                        true, 50, null, "HS_DUNG_HAN"),
                new StatisticItem(year, "BAI_BO", "TC", "Thủ tục hành chính bị bãi bỏ", "thủ tục", StatisticKind.COUNT,
                        null, false, 60, null),
                new StatisticItem(year, "KHAC", "ZZ", "Sáng kiến cải cách hành chính được công nhận", "sáng kiến",
                        StatisticKind.COUNT, null, false, 70, null)));
    }

    /** A unit's current return: "code=amount" pairs. */
    static StatisticsReturn sent(long unitId, ReportPeriod period, String... values) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (String value : values) {
            String[] pair = value.split("=");
            amounts.put(pair[0], new BigDecimal(pair[1]));
        }
        return new StatisticsReturn(unitId, unitId, period.code(), "bieu.xlsx", Instant.parse("2026-06-12T02:00:00Z"),
                "Thử", false, null, amounts, Map.of());
    }

    static ReportPeriod period(String code) {
        return ReportPeriod.parse(code).orElseThrow();
    }

    /** The report on {@code period} of the three-unit plan, with these returns now and a year earlier. */
    static Report report(ReportPeriod period, List<StatisticsReturn> now, List<StatisticsReturn> earlier,
                         IndicatorTarget target) {
        PlanSnapshot snapshot = LargePlans.plan(30, 3, true, "Sở Tư pháp");
        ReportInputs base = LargePlans.inputs(snapshot, period, period.end().minusMonths(3));
        List<Unit> expected = snapshot.units();
        StatisticsTable table = table(period.year());
        StatisticsDigest digest = new StatisticsDigest(period, table, StatisticsStatus.of(period.code(), table, expected, now),
                StatisticsRollup.totals(table, now), StatisticsRollup.totals(table(period.year() - 1), earlier));
        IndicatorBook book = new IndicatorBook(List.of(ON_TIME), target == null ? List.of() : List.of(target), List.of());
        return ReportComposer.compose(new ReportInputs(base.overview(), base.lagging(), book, period, false,
                base.settings(), base.parts(), null, digest), Messages.of(Language.VI));
    }

    static final ReportPeriod H1 = period("2026-H1");
    static final ReportPeriod H1_2025 = period("2025-H1");
    static final IndicatorTarget TARGET_98 = new IndicatorTarget("HS_DUNG_HAN", 2026, BigDecimal.valueOf(98),
            "Kế hoạch số 171/KH-UBND");

    /** Every unit sent everything, both years. */
    static Report complete(String qpplNow, String qpplThen) {
        return report(H1, List.of(sent(1, H1, "KT=2", "QPPL=" + qpplNow, "RA_SOAT=10", "GQ=1000", "DH=980", "BAI_BO=1",
                        "KHAC=1"), sent(2, H1, "KT=1", "QPPL=0", "RA_SOAT=5", "GQ=300", "DH=290", "BAI_BO=0", "KHAC=0"),
                        sent(3, H1, "KT=1", "QPPL=0", "RA_SOAT=5", "GQ=200", "DH=190", "BAI_BO=0", "KHAC=0")),
                List.of(sent(11, H1_2025, "KT=3", "QPPL=" + qpplThen, "RA_SOAT=20", "GQ=1200", "DH=1150")), TARGET_98);
    }

    static List<String> items(Report report) {
        return report.body().stream().filter(b -> b instanceof Block.Item).map(Block::text).toList();
    }

    static String line(Report report, String label) {
        return items(report).stream().filter(t -> t.startsWith(label + ":")).findFirst().orElseThrow(
                () -> new AssertionError("no line for " + label + " in " + items(report)));
    }

    static List<String> placeholders(Report report) {
        return report.body().stream().filter(b -> b instanceof Block.Placeholder).map(Block::text).toList();
    }

    @ParameterizedTest(name = "{0} now, {1} a year earlier → {2}")
    @CsvSource(delimiter = '|', value = {
            "34 | 25 | Văn bản quy phạm pháp luật đã ban hành: 34 văn bản, tăng 9 văn bản (36,00%) so với cùng kỳ năm 2025.",
            "20 | 25 | Văn bản quy phạm pháp luật đã ban hành: 20 văn bản, giảm 5 văn bản (20,00%) so với cùng kỳ năm 2025.",
            "25 | 25 | Văn bản quy phạm pháp luật đã ban hành: 25 văn bản, bằng cùng kỳ năm 2025.",
            "5  | 0  | Văn bản quy phạm pháp luật đã ban hành: 5 văn bản, tăng 5 văn bản so với cùng kỳ năm 2025.",
    })
    void aSumEveryUnitSentIsComparedWithTheSamePeriodAYearEarlier(String now, String then, String expected) {
        assertThat(line(complete(now, then), "Văn bản quy phạm pháp luật đã ban hành")).isEqualTo(expected);
    }

    @Test
    void aSumWithoutTheYearBeforesFigureStandsAlone() {
        assertThat(line(complete("3", "0"), "Thủ tục hành chính bị bãi bỏ"))
                .isEqualTo("Thủ tục hành chính bị bãi bỏ: 1 thủ tục.");
    }

    @Test
    void aRateIsComparedInPercentagePointsAndStandsBesideTheYearsTargetBeforeTheYearsEnd() {
        // 1.460/1.500 = 97,33% now; 1.150/1.200 = 95,83% a year earlier.
        assertThat(line(complete("1", "1"), "Hồ sơ giải quyết đúng hạn")).isEqualTo("Hồ sơ giải quyết đúng hạn: 1.460 hồ"
                + " sơ, chiếm 97,33% tổng số hồ sơ đã giải quyết, tăng 1,50 điểm phần trăm so với cùng kỳ năm 2025"
                + " (95,83%); chỉ tiêu năm 2026: từ 98% trở lên.");
    }

    @ParameterizedTest(name = "the year''s rate of {0} on {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "980 | 1000 | ; đạt chỉ tiêu từ 98% trở lên.",
            "950 | 1000 | ; chưa đạt chỉ tiêu từ 98% trở lên.",
    })
    void theYearsRateIsJudgedAgainstTheYearsTarget(String onTime, String resolved, String ending) {
        ReportPeriod year = period("2026");
        Report report = report(year, List.of(sent(1, year, "GQ=" + resolved, "DH=" + onTime), sent(2, year, "GQ=0", "DH=0"),
                sent(3, year, "GQ=0", "DH=0")), List.of(), TARGET_98);
        assertThat(line(report, "Hồ sơ giải quyết đúng hạn")).endsWith(ending).doesNotContain("cùng kỳ");
    }

    @Test
    void aRateWhoseIndicatorHasNoTargetThisYearSaysSo() {
        Report report = report(H1, List.of(sent(1, H1, "GQ=100", "DH=99")), List.of(), null);
        assertThat(line(report, "Hồ sơ giải quyết đúng hạn")).endsWith("chiếm 99,00% tổng số hồ sơ đã giải quyết;"
                + " chưa có chỉ tiêu năm 2026.");
    }

    @Test
    void whenAUnitHasNotSentTheSumsAreNotComparedAndTheReportNamesIt() {
        Report report = report(H1, List.of(sent(1, H1, "KT=2", "QPPL=4", "GQ=1000", "DH=980"),
                        sent(2, H1, "KT=1", "QPPL=1", "GQ=300", "DH=290")),
                List.of(sent(11, H1_2025, "KT=9", "QPPL=25", "GQ=1200", "DH=1150")), TARGET_98);

        assertThat(report.body().stream().map(Block::text)).contains("Số liệu thống kê 6 tháng đầu năm 2026 trong báo cáo"
                + " được tổng hợp từ báo cáo của 2/3 cơ quan, đơn vị; còn 1 đơn vị chưa gửi số liệu (UBND xã số 3): các số"
                + " tổng cộng vì vậy chưa đầy đủ và chưa được so sánh với cùng kỳ; các tỷ lệ được tính trên số liệu đã gửi.");
        assertThat(line(report, "Văn bản quy phạm pháp luật đã ban hành"))
                .isEqualTo("Văn bản quy phạm pháp luật đã ban hành: 5 văn bản.");
        assertThat(line(report, "Hồ sơ giải quyết đúng hạn")).contains("tăng 1,86 điểm phần trăm so với cùng kỳ năm 2025 (95,83%)");
    }

    @Test
    void anItemSomeUnitsLeftBlankSaysHowManySentItAndIsNotCompared() {
        Report report = report(H1, List.of(sent(1, H1, "RA_SOAT=10"), sent(2, H1, "KT=1"), sent(3, H1, "KT=1")),
                List.of(sent(11, H1_2025, "RA_SOAT=20")), null);
        assertThat(line(report, "Văn bản đã rà soát"))
                .isEqualTo("Văn bản đã rà soát: 10 văn bản (số liệu của 1/3 đơn vị đã báo cáo).");
    }

    @Test
    void whatNobodySentIsMarkedForTheOfficeUnderItsArea() {
        Report report = report(H1, List.of(sent(1, H1, "KT=2", "QPPL=4"), sent(2, H1, "KT=1", "QPPL=1"),
                sent(3, H1, "KT=1", "QPPL=0")), List.of(), null);
        assertThat(placeholders(report)).contains("Chưa có số liệu: Văn bản đã rà soát; Hồ sơ đã giải quyết; Hồ sơ giải"
                + " quyết đúng hạn; Thủ tục hành chính bị bãi bỏ. Bổ sung trước khi ban hành báo cáo.");
        assertThat(items(report)).noneMatch(t -> t.startsWith("Hồ sơ đã giải quyết:"));
    }

    @Test
    void whenNobodySentTheReportSaysSoOnceAndStatesNoFigure() {
        Report report = report(H1, List.of(), List.of(), TARGET_98);
        assertThat(placeholders(report)).contains("Chưa có cơ quan, đơn vị nào gửi số liệu thống kê 6 tháng đầu năm 2026:"
                + " bổ sung các số liệu thống kê của từng lĩnh vực trước khi ban hành báo cáo.");
        assertThat(items(report)).noneMatch(t -> t.startsWith("Số cuộc kiểm tra") || t.startsWith("Văn bản"));
    }

    @Test
    void eachAreasFiguresFollowItsTasksAndAnAreaTheProgrammeLacksGetsASectionOfItsOwn() {
        List<String> texts = complete("1", "1").body().stream().map(Block::text).toList();
        int direction = texts.indexOf("Số cuộc kiểm tra cải cách hành chính: 4 cuộc, tăng 1 cuộc (33,33%) so với cùng kỳ"
                + " năm 2025.");
        int institutions = texts.indexOf("1. Cải cách thể chế");
        int others = texts.stream().filter(t -> t.endsWith("Số liệu thống kê khác")).findFirst().map(texts::indexOf)
                .orElse(-1);
        assertThat(direction).isPositive().isLessThan(texts.indexOf("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH"));
        assertThat(institutions).isGreaterThan(direction);
        assertThat(others).isGreaterThan(institutions);
        assertThat(texts.get(others + 2)).isEqualTo("Sáng kiến cải cách hành chính được công nhận: 1 sáng kiến.");
    }

    @Test
    void theAnnexTableListsEveryItemUnderItsAreaWithTheYearBeforeAndTheChange() {
        Report report = complete("34", "25");
        AnnexTable annex = report.annex().get(report.annex().size() - 1);
        assertThat(annex.title()).startsWith("Biểu 6. Số liệu thống kê 6 tháng đầu năm 2026");
        assertThat(annex.headers()).containsExactly("STT", "Chỉ tiêu thống kê", "Đơn vị tính", "6 tháng đầu năm 2026",
                "Tỷ lệ", "6 tháng đầu năm 2025", "Tỷ lệ cùng kỳ", "So với cùng kỳ", "Chỉ tiêu", "Số đơn vị báo cáo");
        List<List<String>> rows = new ArrayList<>(annex.rows());
        assertThat(rows).contains(
                List.of("I", "Công tác chỉ đạo, điều hành cải cách hành chính", "", "", "", "", "", "", "", ""),
                List.of("1", "Văn bản quy phạm pháp luật đã ban hành", "văn bản", "34", "–", "25", "–", "+9 (36,00%)", "–",
                        "3/3"),
                List.of("4", "Hồ sơ giải quyết đúng hạn", "hồ sơ", "1.460", "97,33%", "1.150", "95,83%", "+1,50 điểm %",
                        "≥ 98%", "3/3"),
                List.of("III", "Số liệu thống kê khác", "", "", "", "", "", "", "", ""));
        assertThat(annex.note()).startsWith("Số liệu tổng hợp từ báo cáo của 3/3 cơ quan, đơn vị");
    }

    @Test
    void aReportWithoutStatisticsHasNoneOfThis() {
        ReportInputs in = LargePlans.inputs(LargePlans.plan(30, 3, true, "Sở Tư pháp"), H1, LocalDate.of(2026, 3, 14));
        Report report = ReportComposer.compose(in, Messages.of(Language.VI));
        assertThat(report.body().stream().map(Block::text)).noneMatch(t -> t.contains("Số liệu thống kê")
                || t.equals("Một số kết quả cụ thể:"));
        assertThat(report.annex()).hasSize(5);
    }
}

package vn.cchc.dashboard.report.unitindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.domain.unitindex.Score;
import vn.cchc.dashboard.domain.unitindex.UnitIndexResult;

/**
 * A departments' group with fixed results: a set of two areas (60 + 40 points), four complete units ranking 1, 2, 2, 4
 * (95; 87,25; 87,25; 69,5), one with line 2.1 unscored and one not scored at all.
 */
final class AnnouncementFixture {

    static final CriteriaSet SET = new CriteriaSet(2025, IndexGroup.DEPARTMENTS, List.of(
            line("1", null, "Công tác chỉ đạo, điều hành cải cách hành chính", "60", 1),
            line("1.1", "1", "Kế hoạch cải cách hành chính", "40", 2),
            line("1.2", "1", "Kiểm tra cải cách hành chính", "20", 3),
            line("2", null, "Tác động của cải cách hành chính", "40", 4),
            line("2.1", "2", "Mức độ hài lòng", "40", 5)));

    private AnnouncementFixture() {
    }

    private static Criterion line(String code, String parent, String title, String max, int order) {
        return new Criterion(code, parent, title, new BigDecimal(max), "", order);
    }

    /** A unit's result: points, index, lost points in area 1 and area 2, the lines unscored. */
    static UnitIndexResult unit(long id, String name, String points, String index, String lost1, String lost2,
                                String... missing) {
        return new UnitIndexResult(id, name, new BigDecimal(points), new BigDecimal("100"),
                index == null ? null : new BigDecimal(index), List.of(missing), List.of(
                new UnitIndexResult.AreaLoss("1", new BigDecimal(lost1), new BigDecimal("60")),
                new UnitIndexResult.AreaLoss("2", new BigDecimal(lost2), new BigDecimal("40"))));
    }

    static List<UnitIndexResult> units() {
        return new ArrayList<>(List.of(
                unit(1, "Sở Tư pháp", "95", "95.00", "3", "2"),
                unit(2, "Sở Công Thương", "87.25", "87.25", "10.75", "2"),
                unit(3, "Sở Văn hóa, Thể thao và Du lịch", "87.25", "87.25", "5", "7.75"),
                unit(4, "Sở Y tế", "69.5", "69.50", "20.5", "10"),
                unit(5, "Sở Xây dựng", "50", "50.00", "10", "40", "2.1"),
                unit(6, "Thanh tra tỉnh", "0", null, "60", "40", "1.1", "1.2", "2.1")));
    }

    /** Sở Tư pháp's 1.1 appraised down from its own 40; Sở Công Thương's kept; 2.1 scored by the survey. */
    static Map<Long, Map<String, Score>> scores() {
        return Map.of(
                1L, Map.of("1.1", new Score("1.1", new BigDecimal("40"), "KH số 5", null, new BigDecimal("37"),
                                "Chưa đủ tài liệu kiểm chứng", null),
                        "2.1", new Score("2.1", null, null, null, new BigDecimal("38"), Score.SURVEY_COMMENT, null)),
                2L, Map.of("1.1", new Score("1.1", new BigDecimal("40"), "KH số 7", null, new BigDecimal("40"), null, null),
                        "2.1", new Score("2.1", null, null, null, new BigDecimal("38"), Score.SURVEY_COMMENT, null)));
    }

    static GroupInput input(List<UnitIndexResult> units) {
        List<IndexRanking.Ranked> ranking = IndexRanking.rank(units);
        return new GroupInput(SET, ranking, scores());
    }

    static IndexAnnouncement announcement() {
        return IndexAnnouncement.of(2025, List.of(input(units())));
    }
}

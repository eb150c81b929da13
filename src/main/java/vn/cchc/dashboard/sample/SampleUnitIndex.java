package vn.cchc.dashboard.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexMembers;
import vn.cchc.dashboard.domain.unitindex.Score;
import vn.cchc.dashboard.store.Store;

/**
 * The sample province's reform index of its departments and of its communes: each group's criteria set of last year and
 * this year; last year's scoring done (self-assessment with evidence, the council's appraisal lowering a few scores with
 * its comment, the survey's points), as it is by the end of the following spring; this year's not begun. Thanh tra tỉnh
 * has no procedures of its own to announce, and Văn phòng UBND tỉnh no public service units; two communes have not yet
 * been given procedures to receive regardless of where the applicant lives: their exemptions shrink their maximum.
 * Deterministic: a unit's scores draw from its own seed.
 */
final class SampleUnitIndex {

    private static final long SEED = 1_2022L;
    private static final Map<String, Map<String, String>> EXEMPTIONS = Map.of(
            "Thanh tra tỉnh", Map.of("3.1", "Không có thủ tục hành chính thuộc thẩm quyền rà soát, đơn giản hóa",
                    "3.2", "Không có thủ tục hành chính phải công bố", "7.2.2", "Không có thủ tục hành chính có phí, lệ phí"),
            "Văn phòng UBND tỉnh", Map.of("6.2", "Không có đơn vị sự nghiệp công lập trực thuộc"),
            "UBND xã An Phú", Map.of("3.3", "Chưa được giao thực hiện thủ tục hành chính không phụ thuộc địa giới hành chính"),
            "UBND xã Lạc Sơn", Map.of("3.3", "Chưa được giao thực hiện thủ tục hành chính không phụ thuộc địa giới hành chính"));
    private static final Set<String> SURVEY = Set.of("8.1", "8.2");
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    private SampleUnitIndex() {
    }

    static void write(Store store, Connection c, List<Criterion> departments, List<Criterion> communes, int year)
            throws SQLException {
        write(store, c, IndexGroup.DEPARTMENTS, departments, year);
        write(store, c, IndexGroup.COMMUNES, communes, year);
    }

    private static void write(Store store, Connection c, IndexGroup group, List<Criterion> criteria, int year)
            throws SQLException {
        CriteriaSet last = new CriteriaSet(year - 1, group, criteria);
        store.unitIndex().replaceCriteria(c, last);
        store.unitIndex().replaceCriteria(c, new CriteriaSet(year, group, criteria));
        for (Unit unit : IndexMembers.of(store.units().findAll(c), group, year - 1)) {
            Map<String, String> exempt = EXEMPTIONS.getOrDefault(unit.name(), Map.of());
            for (Map.Entry<String, String> e : exempt.entrySet()) {
                store.unitIndex().exempt(c, year - 1, unit.id(), e.getKey(), e.getValue());
            }
            Random random = new Random(SEED * 31 + unit.name().hashCode());
            double skill = 0.7 + random.nextDouble() * 0.28;
            for (Criterion leaf : last.leaves()) {
                if (!last.applies(leaf, exempt.keySet())) {
                    continue;
                }
                BigDecimal self = quarters(leaf.maxPoints().doubleValue() * Math.min(1, skill + random.nextDouble() * 0.15));
                if (SURVEY.contains(leaf.code())) {
                    store.unitIndex().saveScore(c, year - 1, unit.id(), new Score(leaf.code(), null, null, null, self,
                            Score.SURVEY_COMMENT, null), "dieu-tra-xa-hoi-hoc-" + (year - 1) + ".xlsx");
                    continue;
                }
                boolean lowered = self.signum() > 0 && random.nextDouble() < 0.12;
                BigDecimal appraised = lowered ? self.subtract(quarters(leaf.maxPoints().doubleValue() / 2)).max(BigDecimal.ZERO)
                        : self;
                store.unitIndex().saveScore(c, year - 1, unit.id(), new Score(leaf.code(), self,
                        "Văn bản số " + (10 + random.nextInt(300)) + "/" + (year - 1), null, appraised,
                        lowered ? "Tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả" : null,
                        lowered && random.nextBoolean() ? "Đơn vị thống nhất với kết quả thẩm định" : null),
                        "tu-danh-gia-" + (year - 1) + ".xlsx");
            }
        }
    }

    /** To the quarter point, as councils score. */
    private static BigDecimal quarters(double points) {
        return BigDecimal.valueOf(Math.round(points * 4)).multiply(QUARTER).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}

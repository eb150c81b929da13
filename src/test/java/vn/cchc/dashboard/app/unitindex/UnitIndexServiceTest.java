package vn.cchc.dashboard.app.unitindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.excel.fixtures.CriteriaSets;
import vn.cchc.dashboard.excel.fixtures.CriteriaWorkbooks;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/**
 * The year's scoring of the sample province's departments, kept in the store: a criteria set with an exemption, self
 * assessments with evidence, an appraisal that differs and says why, refusals that change nothing, the ranking.
 */
@Tag(TestDatabase.TAG)
class UnitIndexServiceTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    static final Messages VI = Messages.of(Language.VI);
    static final CriteriaSet SET = new CriteriaSet(2026, IndexGroup.DEPARTMENTS, List.of(
            line("1", null, 5, 1), line("1.1", "1", 2, 2), line("1.2", "1", 3, 3),
            line("2", null, 5, 4), line("2.1", "2", 5, 5), line("2.1.1", "2.1", 2, 6), line("2.1.2", "2.1", 3, 7),
            line("3", null, 10, 8), line("3.1", "3", 10, 9)));

    static Criterion line(String code, String parent, double max, int order) {
        return new Criterion(code, parent, "Tiêu chí " + code, BigDecimal.valueOf(max), "", order);
    }

    @TempDir
    Path folder;
    AppContext context;
    UnitIndexService index;
    Unit justice;
    Unit finance;

    @BeforeEach
    void open() {
        context = db.openContext(folder, TestClock.today(), true);
        index = context.unitIndex();
        index.saveCriteria(SET);
        justice = index.member(2026, IndexGroup.DEPARTMENTS, "Sở Tư pháp");
        finance = index.member(2026, IndexGroup.DEPARTMENTS, "Sở Tài chính");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private String refusal(Runnable change) {
        try {
            change.run();
        } catch (AppException e) {
            return e.localized(VI);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theGroupIsTheProvincesDepartmentsAndBoardsAtTheYearsEnd() {
        List<Unit> members = index.members(2026, IndexGroup.DEPARTMENTS);
        assertThat(members).extracting(Unit::name).contains("Sở Tư pháp", "Văn phòng UBND tỉnh", "Ban Quản lý các khu công nghiệp tỉnh")
                .doesNotContain("Công an tỉnh", "UBND tỉnh Minh Giang");
        assertThat(index.members(2026, IndexGroup.COMMUNES)).isNotEmpty()
                .allMatch(u -> u.name().startsWith("UBND xã") || u.name().startsWith("UBND phường"));
    }

    @Test
    void scoresExemptionsAndAnAppraisalMakeTheRankingWithATieStated() {
        index.exempt(2026, IndexGroup.DEPARTMENTS, justice, "2.1.2", "Sở không có thủ tục hành chính thuộc nhóm này");
        for (String[] s : new String[][] {{"1.1", "2"}, {"1.2", "2.5"}, {"2.1.1", "1"}, {"3.1", "7.25"}}) {
            index.selfAssess(2026, IndexGroup.DEPARTMENTS, justice, s[0], n(s[1]), "Quyết định số 12/QĐ-STP", null, "tp.xlsx");
        }
        for (String[] s : new String[][] {{"1.1", "1.5"}, {"1.2", "3"}, {"2.1.1", "2"}, {"2.1.2", "1"}, {"3.1", "9"}}) {
            index.selfAssess(2026, IndexGroup.DEPARTMENTS, finance, s[0], n(s[1]), null, "Chưa có văn bản", "tc.xlsx");
        }
        index.appraise(2026, IndexGroup.DEPARTMENTS, finance, "3.1", n("7.5"), "Thiếu báo cáo quý IV");

        List<IndexRanking.Ranked> ranking = index.ranking(2026, IndexGroup.DEPARTMENTS);
        // 12,75 / 17 = 75,00 and 15 / 20 = 75,00: the same announced index, one rank, stated.
        assertThat(ranking.subList(0, 2)).extracting(r -> r.result().unitName() + " " + r.rank() + (r.tied() ? "=" : "")
                + " " + r.result().index().toPlainString()).containsExactly("Sở Tài chính 1= 75.00", "Sở Tư pháp 1= 75.00");
        assertThat(ranking.get(2).result().index()).as("a unit not assessed yet has no index").isNull();
        assertThat(ranking.get(2).rank()).isZero();
        assertThat(index.scores(2026, finance).get("3.1").differs()).isTrue();
    }

    @Test
    void theDecisionsAppendixIsImportedAndAnExemptAreaShrinksTheUnitsMaximum() throws Exception {
        Path file = CriteriaWorkbooks.writeDepartments(folder.resolve(CriteriaWorkbooks.DEPARTMENTS_FILE));
        CriteriaSet set = index.importCriteria(file, 2027, IndexGroup.DEPARTMENTS);
        assertThat(set.criteria()).hasSize(CriteriaSets.DEPARTMENT_LINES);
        assertThat(set.leaves()).hasSize(CriteriaSets.DEPARTMENT_LEAVES);
        assertThat(set.maxPoints()).isEqualByComparingTo("100");
        assertThat(index.criteria(2027, IndexGroup.DEPARTMENTS)).isEqualTo(set);

        BigDecimal procedures = set.criterion("3").orElseThrow().maxPoints();
        index.exempt(2027, IndexGroup.DEPARTMENTS, justice, "3", "Không có thủ tục hành chính");
        index.selfAssess(2027, IndexGroup.DEPARTMENTS, justice, "1.1.1", BigDecimal.ONE, "Kế hoạch số 5/KH-STP", null, null);
        var result = index.ranking(2027, IndexGroup.DEPARTMENTS).stream()
                .filter(r -> r.result().unitId() == justice.id()).findFirst().orElseThrow().result();
        assertThat(result.applicableMax()).isEqualByComparingTo(BigDecimal.valueOf(100).subtract(procedures));
        // 1 point over what applies, × 100, to two decimals.
        assertThat(result.index()).isEqualByComparingTo(BigDecimal.valueOf(100).divide(result.applicableMax(), 2,
                java.math.RoundingMode.HALF_UP));
    }

    @Test
    void aCriteriaFileThatDoesNotAddUpIsRefusedNamingTheRowAndTheSetStays() throws Exception {
        Path file = CriteriaWorkbooks.writeDepartments(folder.resolve(CriteriaWorkbooks.DEPARTMENTS_FILE));
        assertThat(refusal(() -> index.importCriteria(file, 2025, IndexGroup.DEPARTMENTS)))
                .as("last year is scored already").startsWith("Đã có đơn vị được chấm điểm theo bộ tiêu chí năm 2025");
        assertThat(refusal(() -> index.importCriteria(folder.resolve("khong-co.xlsx"), 2027, IndexGroup.DEPARTMENTS)))
                .startsWith("Không tìm thấy tệp");
        assertThat(index.criteria(2027, IndexGroup.DEPARTMENTS).isEmpty()).isTrue();
    }

    @Test
    void everyChangeToAUnitsScoringIsKeptWithWhoAndWhen() {
        index.exempt(2026, IndexGroup.DEPARTMENTS, justice, "2.1.2", "Không có thủ tục hành chính");
        index.selfAssess(2026, IndexGroup.DEPARTMENTS, justice, "1.1", n("2"), "Kế hoạch số 5/KH-STP", null, "tp.xlsx");
        index.appraise(2026, IndexGroup.DEPARTMENTS, justice, "1.1", n("1.5"), "Ban hành sau ngày 31/12");
        index.appraise(2026, IndexGroup.DEPARTMENTS, justice, "1.1", n("1.75"), "Ban hành sau ngày 31/12");
        assertThat(refusal(() -> index.appraise(2026, IndexGroup.DEPARTMENTS, justice, "1.1", n("3"), "Quá điểm"))).isNotEmpty();

        assertThat(index.history(2026, justice)).extracting(c -> c.code() + " " + c.field() + " " + c.oldValue() + " → "
                + c.newValue()).containsExactly(
                "2.1.2 EXEMPTION null → Không có thủ tục hành chính",
                "1.1 SELF_SCORE null → 2",
                "1.1 EVIDENCE null → Kế hoạch số 5/KH-STP",
                "1.1 APPRAISED_SCORE null → 1.5",
                "1.1 APPRAISAL_COMMENT null → Ban hành sau ngày 31/12",
                "1.1 APPRAISED_SCORE 1.5 → 1.75");
        assertThat(index.history(2026, justice)).allSatisfy(c -> {
            assertThat(c.changedAt()).isEqualTo(TestClock.today().instant());
            assertThat(c.userName()).isNotBlank();
        });
        assertThat(index.history(2026, finance)).isEmpty();
    }

    @Test
    void aRefusedChangeSaysWhyInOneSentenceAndChangesNothing() {
        index.exempt(2026, IndexGroup.DEPARTMENTS, justice, "2", "Không có thủ tục hành chính");
        assertThat(refusal(() -> index.selfAssess(2026, IndexGroup.DEPARTMENTS, justice, "1.1", n("2.5"), "QĐ", null, null)))
                .isEqualTo("Điểm tiêu chí 1.1 của Sở Tư pháp phải từ 0 đến 2; \"2.5\" nằm ngoài khoảng đó.");
        assertThat(refusal(() -> index.selfAssess(2026, IndexGroup.DEPARTMENTS, justice, "1.1", n("1"), " ", null, null)))
                .isEqualTo("Điểm tự đánh giá tiêu chí 1.1 của Sở Tư pháp cần có tài liệu kiểm chứng, hoặc giải thích vì sao"
                        + " không có.");
        assertThat(refusal(() -> index.selfAssess(2026, IndexGroup.DEPARTMENTS, justice, "2.1.1", n("1"), "QĐ", null, null)))
                .isEqualTo("Tiêu chí 2.1.1 không áp dụng đối với Sở Tư pháp, nên không chấm điểm.");
        assertThat(refusal(() -> index.selfAssess(2026, IndexGroup.DEPARTMENTS, justice, "2.1", n("1"), "QĐ", null, null)))
                .startsWith("2.1 là lĩnh vực hoặc tiêu chí có tiêu chí thành phần");
        index.selfAssess(2026, IndexGroup.DEPARTMENTS, justice, "1.1", n("2"), "QĐ", null, null);
        assertThat(refusal(() -> index.appraise(2026, IndexGroup.DEPARTMENTS, justice, "1.1", n("1"), "")))
                .isEqualTo("Điểm thẩm định tiêu chí 1.1 của Sở Tư pháp khác điểm tự đánh giá: hãy ghi nhận xét nêu lý do.");
        assertThat(index.scores(2026, justice).get("1.1").appraisedScore()).isNull();
        assertThat(refusal(() -> index.saveCriteria(SET))).startsWith("Đã có đơn vị được chấm điểm theo bộ tiêu chí năm 2026");
        assertThat(index.criteria(2026, IndexGroup.DEPARTMENTS).criteria()).hasSize(9);
    }
}

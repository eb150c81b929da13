package vn.cchc.dashboard.app.unitindex;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.ScoreChange;
import vn.cchc.dashboard.domain.unitindex.ScoringLock;
import vn.cchc.dashboard.domain.unitindex.UnitStanding;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/**
 * The appraisal's last steps: the units' explanations of the council's scores, then the year's results locked — after
 * which nothing of that year and group changes until someone reopens them, saying why.
 */
@Tag(TestDatabase.TAG)
class UnitIndexLockingTest {

    private static final IndexGroup DEPARTMENTS = IndexGroup.DEPARTMENTS;

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @TempDir
    Path folder;
    AppContext context;
    UnitIndexService index;
    Unit justice;

    @BeforeEach
    void open() {
        context = db.openContext(folder, TestClock.today(), true);
        index = context.unitIndex();
        index.saveCriteria(UnitIndexServiceTest.SET);
        justice = index.member(2026, DEPARTMENTS, "Sở Tư pháp");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private String refusal(Runnable change) {
        try {
            change.run();
        } catch (AppException e) {
            return e.localized(UnitIndexServiceTest.VI);
        }
        throw new AssertionError("not refused");
    }

    /** Every member scores itself on every line: 1 point each, with its evidence. */
    private void everyUnitScored() {
        for (Unit unit : index.members(2026, DEPARTMENTS)) {
            for (String code : List.of("1.1", "1.2", "2.1.1", "2.1.2", "3.1")) {
                index.selfAssess(2026, DEPARTMENTS, unit, code, BigDecimal.ONE, "Báo cáo số 1/BC", null, null);
            }
        }
    }

    @Test
    void aUnitExplainsTheCouncilsScoreAndTheExplanationIsKeptInTheHistory() {
        index.selfAssess(2026, DEPARTMENTS, justice, "3.1", new BigDecimal("9"), "Báo cáo số 5/BC-STP", null, "tp.xlsx");
        assertThat(refusal(() -> index.reply(2026, DEPARTMENTS, justice, "3.1", "Đã gửi báo cáo quý IV")))
                .isEqualTo("Tiêu chí 3.1 của Sở Tư pháp chưa được thẩm định; giải trình là ý kiến của đơn vị về điểm"
                        + " thẩm định, nên chưa ghi nhận được.");

        index.appraise(2026, DEPARTMENTS, justice, "3.1", new BigDecimal("7"), "Thiếu báo cáo quý IV");
        index.reply(2026, DEPARTMENTS, justice, "3.1", "  Đã gửi báo cáo quý IV   kèm Công văn 210/STP ");
        // The council accepts the explanation and restores the unit's score.
        index.appraise(2026, DEPARTMENTS, justice, "3.1", new BigDecimal("9"), "Chấp nhận giải trình");

        assertThat(index.scores(2026, justice).get("3.1").unitReply()).isEqualTo("Đã gửi báo cáo quý IV kèm Công văn 210/STP");
        assertThat(index.history(2026, justice)).extracting(ScoreChange::field).containsSubsequence(
                ScoreChange.Field.APPRAISED_SCORE, ScoreChange.Field.UNIT_REPLY, ScoreChange.Field.APPRAISED_SCORE);
    }

    @Test
    void resultsAreNotLockedWhileAUnitHasALineWithoutAScore() {
        index.selfAssess(2026, DEPARTMENTS, justice, "1.1", BigDecimal.ONE, "Báo cáo số 1/BC", null, null);

        String refused = refusal(() -> index.lock(2026, DEPARTMENTS));

        int members = index.members(2026, DEPARTMENTS).size();
        assertThat(refused).startsWith("Chưa khóa được kết quả Chỉ số CCHC năm 2026: " + members
                + " đơn vị còn tiêu chí chưa có điểm (").endsWith(", …). Chấm đủ các tiêu chí rồi khóa lại.");
        assertThat(index.lockState(2026, DEPARTMENTS)).isEmpty();
    }

    @Test
    void lockedResultsRefuseEveryChangeUntilReopenedWithAReason() {
        everyUnitScored();
        ScoringLock locked = index.lock(2026, DEPARTMENTS);
        assertThat(locked.locked()).isTrue();
        String lockedSentence = "Kết quả Chỉ số CCHC năm 2026 của các sở, ban, ngành đã được khóa ngày 23/11/2026 ("
                + locked.userName() + "); không sửa được nữa. Muốn sửa, hãy mở lại kết quả và ghi lý do.";

        assertThat(refusal(() -> index.appraise(2026, DEPARTMENTS, justice, "3.1", new BigDecimal("0.5"), "Thiếu")))
                .isEqualTo(lockedSentence);
        assertThat(refusal(() -> index.selfAssess(2026, DEPARTMENTS, justice, "3.1", BigDecimal.TEN, "BC", null, null)))
                .isEqualTo(lockedSentence);
        assertThat(refusal(() -> index.exempt(2026, DEPARTMENTS, justice, "2.1", "Không có")))
                .isEqualTo(lockedSentence);
        assertThat(refusal(() -> index.saveCriteria(UnitIndexServiceTest.SET))).isEqualTo(lockedSentence);
        assertThat(refusal(() -> index.lock(2026, DEPARTMENTS))).isEqualTo(lockedSentence);
        assertThat(index.scores(2026, justice).get("3.1").finalScore()).isEqualByComparingTo("1");

        assertThat(refusal(() -> index.unlock(2026, DEPARTMENTS, "  ")))
                .isEqualTo("Hãy ghi lý do mở lại kết quả Chỉ số CCHC năm 2026 đã khóa.");
        ScoringLock reopened = index.unlock(2026, DEPARTMENTS, "Sở Tư pháp bổ sung tài liệu kiểm chứng");
        index.appraise(2026, DEPARTMENTS, justice, "3.1", new BigDecimal("0.5"), "Thiếu báo cáo quý IV");

        assertThat(reopened.locked()).isFalse();
        assertThat(index.lockState(2026, DEPARTMENTS)).contains(reopened);
        assertThat(refusal(() -> index.unlock(2026, DEPARTMENTS, "lần nữa")))
                .isEqualTo("Kết quả Chỉ số CCHC năm 2026 của nhóm này chưa khóa; không có gì để mở lại.");
        assertThat(index.lockState(2025, DEPARTMENTS)).as("each year has its own").isEmpty();
    }

    @Test
    void aUnitIsCitedAtItsNewestFullyScoredYearProvisionalUntilLocked() {
        // 2026 has only begun: the newest year whose departments are all scored is the sample's 2025, not locked.
        UnitStanding last = index.latestStandings(2026).get(justice.id());
        assertThat(last.year()).isEqualTo(2025);
        assertThat(last.announced()).isFalse();
        assertThat(last.ranked()).isEqualTo(index.members(2025, DEPARTMENTS).size());

        everyUnitScored();
        assertThat(index.latestStandings(2026).get(justice.id()).year()).as("fully scored, 2026 is cited").isEqualTo(2026);
        assertThat(index.latestStandings(2025).get(justice.id()).year()).as("not a year after the plan's").isEqualTo(2025);
        index.lock(2026, DEPARTMENTS);
        UnitStanding announced = index.latestStandings(2026).get(justice.id());
        // Every unit scored 1 on each of the five lines: 5/20 = 25,00, all sharing the first rank.
        assertThat(announced).isEqualTo(new UnitStanding(2026, DEPARTMENTS, new BigDecimal("25.00"), 1, true,
                index.members(2026, DEPARTMENTS).size(), true));
    }
}

package vn.cchc.dashboard.ui.unitindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.unitindex.UnitIndexAnnouncement;
import vn.cchc.dashboard.app.unitindex.UnitIndexForms;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.excel.fixtures.SelfAssessmentForms;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.QueuedBackground;

/**
 * The Chỉ số CCHC các đơn vị tab driven as the view drives it, without a window: the sample's announced year shown
 * first, a unit's lines with its own and the council's scores, an appraisal saved and audited, the explanation round,
 * then the results locked and the appraisal refused in one sentence.
 */
class UnitIndexViewModelTest {

    @TempDir
    Path folder;
    @TempDir
    Path outbox;
    AppContext context;
    final QueuedBackground background = new QueuedBackground();
    final Messages vi = Messages.of(Language.VI);
    UnitIndexViewModel index;
    AppraisalViewModel appraisal;
    FormsViewModel forms;

    @BeforeEach
    void open() {
        context = AppContext.open(folder, TestClock.today(), true);
        index = new UnitIndexViewModel(context.unitIndex(), context.unitIndexAnnouncement(), background, vi,
                TestClock.VIETNAM, true);
        appraisal = new AppraisalViewModel(context.unitIndex(), background, vi, TestClock.VIETNAM, index.shown(),
                index::reload);
        forms = new FormsViewModel(context.unitIndexForms(), background, vi, index.shown(), index::reload);
        index.shown().addListener((obs, old, now) -> appraisal.follow(now));
        index.shown().addListener((obs, old, now) -> forms.follow(now));
        index.load();
        background.runAll();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void choose(String unit) {
        appraisal.unit().set(appraisal.units().stream().filter(u -> u.name().equals(unit)).findFirst().orElseThrow());
        background.runAll();
    }

    private AppraisalViewModel.LineRow line(String code) {
        return appraisal.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theNewestScoredYearIsShownFirstRankedAsAnnounced() {
        assertThat(index.editions()).extracting(e -> index.label(e))
                .containsExactly("Năm 2026 – các sở, ban, ngành", "Năm 2026 – UBND cấp xã", "Năm 2025 – các sở, ban, ngành",
                        "Năm 2025 – UBND cấp xã");
        assertThat(index.edition().get()).isEqualTo(new UnitIndexViewModel.Edition(2025, IndexGroup.DEPARTMENTS));
        assertThat(index.headline().get()).startsWith("Chỉ số CCHC năm 2025 của các sở, ban, ngành: 14/14 đơn vị đã có"
                + " chỉ số; bình quân ");
        assertThat(index.ranking().get(0).place()).isEqualTo("1");
        assertThat(index.ranking()).anyMatch(r -> r.place().endsWith("="));
        assertThat(index.lockText().get()).isEqualTo("Kết quả đang trong quá trình chấm điểm, thẩm định (chưa khóa).");

        index.announce(outbox);
        background.runAll();
        assertThat(index.feedback().get()).startsWith("Đã ghi Quyết định công bố Chỉ số CCHC năm 2025");
        assertThat(outbox.resolve(UnitIndexAnnouncement.decisionFile(2025))).isNotEmptyFile();

        index.edition().set(new UnitIndexViewModel.Edition(2026, IndexGroup.DEPARTMENTS));
        background.runAll();
        assertThat(index.headline().get()).isEqualTo("Chỉ số CCHC năm 2026 của các sở, ban, ngành: chưa đơn vị nào trong"
                + " số 14 đơn vị được chấm điểm.");
        assertThat(index.ranking()).allMatch(r -> r.place().equals("–") && r.note().equals("chưa chấm điểm"));
    }

    @Test
    void anAppraisalIsSavedWithItsCommentThenExplainedAndKeptInTheHistory() {
        choose("Sở Tư pháp");
        AppraisalViewModel.LineRow area = line("1");
        assertThat(area.scored()).isFalse();
        AppraisalViewModel.LineRow first = line("1.1.1");
        assertThat(first.scored()).isTrue();

        appraisal.line().set(first);
        assertThat(appraisal.appraisedInput().get()).as("the score that counts, to start from").isNotEmpty();
        appraisal.appraisedInput().set("0");
        appraisal.commentInput().set("");
        appraisal.appraise();
        background.runAll();
        assertThat(appraisal.feedback().get()).isEqualTo("Điểm thẩm định tiêu chí 1.1.1 của Sở Tư pháp khác điểm tự đánh"
                + " giá: hãy ghi nhận xét nêu lý do.");

        appraisal.appraisedInput().set("0");
        appraisal.commentInput().set("Kế hoạch ban hành sau ngày 31/12");
        appraisal.appraise();
        background.runAll();
        assertThat(appraisal.feedback().get()).isEqualTo("Đã ghi nhận điểm thẩm định tiêu chí 1.1.1 của Sở Tư pháp: 0.");
        assertThat(line("1.1.1").appraised()).isEqualTo("0");
        assertThat(line("1.1.1").differs()).isTrue();

        appraisal.line().set(line("1.1.1"));
        appraisal.replyInput().set("Kế hoạch ký ngày 28/12, vào sổ văn thư ngày 02/01");
        appraisal.reply();
        background.runAll();
        assertThat(appraisal.feedback().get()).isEqualTo("Đã ghi nhận giải trình của Sở Tư pháp về điểm thẩm định tiêu chí 1.1.1.");
        assertThat(line("1.1.1").reply()).isEqualTo("Kế hoạch ký ngày 28/12, vào sổ văn thư ngày 02/01");
        assertThat(appraisal.history().get(0)).endsWith("1.1.1  ·  giải trình của đơn vị: (trống) → Kế hoạch ký ngày"
                + " 28/12, vào sổ văn thư ngày 02/01");
        assertThat(appraisal.history().get(1)).contains("nhận xét thẩm định: (trống) → Kế hoạch ban hành sau ngày 31/12");

        appraisal.onlyDifferences().set(true);
        assertThat(appraisal.lines()).isNotEmpty().allMatch(AppraisalViewModel.LineRow::differs)
                .extracting(AppraisalViewModel.LineRow::code).contains("1.1.1");
        assertThat(appraisal.summary().get()).startsWith("Sở Tư pháp: được ");
    }

    @Test
    void lockedResultsCannotBeAppraisedUntilReopenedWithAReason() {
        index.lock();
        background.runAll();
        assertThat(index.locked().get()).isTrue();
        assertThat(index.lockText().get()).startsWith("Kết quả đã khóa ngày 23/11/2026 (");
        assertThat(appraisal.editable().get()).isFalse();

        choose("Sở Tư pháp");
        appraisal.line().set(line("1.1.1"));
        appraisal.appraisedInput().set("0");
        appraisal.commentInput().set("Thiếu");
        appraisal.appraise();
        background.runAll();
        assertThat(appraisal.feedback().get()).startsWith("Kết quả Chỉ số CCHC năm 2025 của các sở, ban, ngành đã được"
                + " khóa ngày 23/11/2026");

        index.unlock("Bổ sung tài liệu kiểm chứng của Sở Tư pháp");
        background.runAll();
        assertThat(index.locked().get()).isFalse();
        assertThat(index.lockText().get()).endsWith(": Bổ sung tài liệu kiểm chứng của Sở Tư pháp");
        assertThat(appraisal.editable().get()).isTrue();
    }

    @Test
    void formsAreMadeForEveryUnitAndAReturnedOneIsRecordedAndCountedAsReturned() throws Exception {
        index.edition().set(new UnitIndexViewModel.Edition(2026, IndexGroup.DEPARTMENTS));
        background.runAll();
        assertThat(forms.header().get()).isEqualTo("Phiếu tự đánh giá năm 2026 (các sở, ban, ngành): 0/14 đơn vị đã gửi lại.");

        forms.send(outbox);
        background.runAll();
        assertThat(forms.feedback().get()).startsWith("Đã lập 14 phiếu tự đánh giá năm 2026 (các sở, ban, ngành)");
        Path justice = outbox.resolve(UnitIndexForms.fileName(context.unitIndex().member(2026, IndexGroup.DEPARTMENTS,
                "Sở Tư pháp"), 2026));
        SelfAssessmentForms.fill(justice, Map.of("1.1.1", new SelfAssessmentForms.Fill(1, "Kế hoạch số 12/KH-STP", null),
                "1.1.2", new SelfAssessmentForms.Fill(5, "Báo cáo số 30/BC-STP", null)));

        forms.receive(List.of(justice));
        background.runAll();
        assertThat(forms.feedback().get()).startsWith("Đã ghi nhận 0 tệp; 1 tệp bị từ chối").contains("1.1.2");

        SelfAssessmentForms.fill(justice, Map.of("1.1.2", new SelfAssessmentForms.Fill(1.5, "Báo cáo số 30/BC-STP", null)));
        forms.receive(List.of(justice));
        background.runAll();
        assertThat(forms.feedback().get()).startsWith("Đã ghi nhận 1 tệp; 0 tệp bị từ chối");
        assertThat(forms.header().get()).isEqualTo("Phiếu tự đánh giá năm 2026 (các sở, ban, ngành): 1/14 đơn vị đã gửi lại.");
        assertThat(forms.returns()).filteredOn(FormsViewModel.ReturnRow::returned).singleElement()
                .satisfies(r -> assertThat(r.unit()).isEqualTo("Sở Tư pháp"));
        assertThat(index.ranking()).anyMatch(r -> r.unit().equals("Sở Tư pháp") && !r.index().isEmpty());

        // The council appraises a line of the form in the window: the line still came from the unit's file.
        choose("Sở Tư pháp");
        appraisal.line().set(line("1.1.2"));
        appraisal.appraisedInput().set("1");
        appraisal.commentInput().set("Còn 1 nhiệm vụ quá hạn");
        appraisal.appraise();
        background.runAll();
        assertThat(forms.returns()).filteredOn(FormsViewModel.ReturnRow::returned).singleElement()
                .satisfies(r -> assertThat(r.state()).startsWith("đã gửi lại (" + justice.getFileName() + ")"));
    }

    @Test
    void theSurveysPointsAreImportedFromTheAppraisalTabAndCountInTheRanking() throws Exception {
        index.edition().set(new UnitIndexViewModel.Edition(2026, IndexGroup.DEPARTMENTS));
        background.runAll();
        Path survey = outbox.resolve("dieu-tra-2026.csv");
        Files.writeString(survey, "Đơn vị,8.1,8.2\nSở Tư pháp,\"8,5\",17\n");

        appraisal.importSurvey(survey);
        background.runAll();

        assertThat(appraisal.feedback().get()).isEqualTo("Đã ghi nhận 2 điểm điều tra xã hội học từ tệp dieu-tra-2026.csv.");
        assertThat(index.ranking().get(0)).satisfies(r -> assertThat(r.unit() + " " + r.index())
                .isEqualTo("Sở Tư pháp 25,50"));
    }
}

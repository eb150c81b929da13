package vn.cchc.dashboard.app.unitindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.CriterionMarks;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.ScoreChange;
import vn.cchc.dashboard.excel.UnitIndexForm;
import vn.cchc.dashboard.excel.fixtures.SelfAssessmentForms;
import vn.cchc.dashboard.excel.fixtures.SelfAssessmentForms.Fill;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/**
 * The self-assessment by file on the sample province's departments in 2026: forms written locked but for the unit's
 * cells, filled as units fill them, read back – each file recorded whole in a transaction of its own, or refused whole
 * in one sentence naming it while the others are recorded – and who has returned theirs.
 */
@Tag(TestDatabase.TAG)
class UnitIndexFormsTest {

    private static final int YEAR = 2026;
    private static final IndexGroup GROUP = IndexGroup.DEPARTMENTS;
    private static final Messages VI = Messages.of(Language.VI);

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @TempDir
    Path folder;
    AppContext context;
    UnitIndexService index;
    UnitIndexForms forms;
    Unit justice;
    Unit finance;
    Unit inspection;
    CriteriaSet set;

    @BeforeEach
    void open() {
        context = db.openContext(folder, TestClock.today(), true);
        index = context.unitIndex();
        forms = context.unitIndexForms();
        justice = index.member(YEAR, GROUP, "Sở Tư pháp");
        finance = index.member(YEAR, GROUP, "Sở Tài chính");
        inspection = index.member(YEAR, GROUP, "Thanh tra tỉnh");
        set = index.criteria(YEAR, GROUP);
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** The lines a unit scores itself when nothing is exempt: every scored line but the survey's. */
    private List<Criterion> ownLines() {
        return set.leaves().stream().filter(l -> !CriterionMarks.bySurvey(set, l)).toList();
    }

    private Path sent(List<UnitIndexForms.Sent> sent, Unit unit) {
        return sent.stream().filter(s -> s.unit().id() == unit.id()).findFirst().orElseThrow().file();
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void aFormIsLockedButForTheUnitsCellsAndSaysWhatDoesNotApplyAndWhatTheSurveyScores() throws Exception {
        index.exempt(YEAR, GROUP, inspection, "3", "Không có thủ tục hành chính");
        List<UnitIndexForms.Sent> sent = forms.send(YEAR, GROUP, folder.resolve("phieu"), VI);

        assertThat(sent).hasSameSizeAs(index.members(YEAR, GROUP));
        assertThat(sent(sent, justice)).hasFileName("phieu-tu-danh-gia-so-tu-phap-2026.xlsx").exists();
        assertThat(sent.stream().filter(s -> s.unit().id() == justice.id()).findFirst().orElseThrow().lines())
                .isEqualTo(ownLines().size());
        try (XSSFWorkbook book = open(sent(sent, inspection))) {
            XSSFSheet sheet = book.getSheet(UnitIndexForm.SHEET);
            assertThat(sheet.getProtect()).as("the sheet is protected").isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("UBND TỈNH MINH GIANG");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("PHIẾU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Cơ quan, đơn vị: Thanh tra tỉnh");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Nhóm: các sở, ban, ngành");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue())
                    .matches("Số liệu trên phần mềm \\(Kế hoạch CCHC năm 2026, tính đến ngày 23/11/2026\\): chủ trì \\d+"
                            + " nhiệm vụ; hoàn thành đúng hạn \\d+, hoàn thành quá hạn \\d+, quá hạn chưa hoàn thành \\d+\\.");
            Row header = sheet.getRow(UnitIndexForm.HEADER_ROW);
            assertThat(header.getCell(UnitIndexForm.SCORE).getStringCellValue()).isEqualTo("Điểm tự chấm");
            assertThat(header.getCell(UnitIndexForm.EXPLANATION).getStringCellValue())
                    .isEqualTo("Giải trình (khi không có tài liệu)");

            Row open = SelfAssessmentForms.row(sheet, "1.1.1");
            for (int c : new int[] {UnitIndexForm.SCORE, UnitIndexForm.EVIDENCE, UnitIndexForm.EXPLANATION}) {
                assertThat(open.getCell(c).getCellStyle().getLocked()).as("column %d of 1.1.1 is open", c).isFalse();
            }
            for (int c : new int[] {UnitIndexForm.CODE, UnitIndexForm.TITLE, UnitIndexForm.MAX, UnitIndexForm.GUIDANCE}) {
                assertThat(open.getCell(c).getCellStyle().getLocked()).as("column %d of 1.1.1 is locked", c).isTrue();
            }
            assertThat(SelfAssessmentForms.row(sheet, "1.1.2").getCell(UnitIndexForm.REFERENCE).getStringCellValue())
                    .as("the plan's figures beside the line scored on them").startsWith("Số liệu trên phần mềm");
            Row section = SelfAssessmentForms.row(sheet, "1.1");
            assertThat(section.getCell(UnitIndexForm.SCORE).getCellStyle().getLocked()).isTrue();
            Row exempt = SelfAssessmentForms.row(sheet, "3.3.1");
            assertThat(exempt.getCell(UnitIndexForm.SCORE).getStringCellValue())
                    .isEqualTo("Không áp dụng: Không có thủ tục hành chính");
            assertThat(exempt.getCell(UnitIndexForm.SCORE).getCellStyle().getLocked()).isTrue();
            Row survey = SelfAssessmentForms.row(sheet, "8.2");
            assertThat(survey.getCell(UnitIndexForm.SCORE).getStringCellValue()).contains("điều tra xã hội học");
            assertThat(survey.getCell(UnitIndexForm.SCORE).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getDataValidations()).as("one score validation per open line")
                    .hasSize(ownLines().size() - (int) ownLines().stream().filter(l -> l.code().startsWith("3.")).count());
            assertThat(book.getSheetVisibility(book.getSheetIndex(UnitIndexForm.META_SHEET)))
                    .isEqualTo(org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        }
    }

    @Test
    void threeFormsComeBackAndTheOneScoredAboveItsMaximumIsRefusedWholeWhileTheOthersAreRecorded() throws Exception {
        List<UnitIndexForms.Sent> sent = forms.send(YEAR, GROUP, folder, VI);
        Map<String, Fill> justiceLines = new LinkedHashMap<>();
        for (Criterion line : ownLines()) {
            justiceLines.put(line.code(), new Fill(line.maxPoints(), "Quyết định số 12/QĐ-STP", null));
        }
        SelfAssessmentForms.fill(sent(sent, justice), justiceLines);
        SelfAssessmentForms.fill(sent(sent, finance), Map.of("1.1.1", new Fill(0.5, null, "Kế hoạch ban hành chậm"),
                "1.1.2", new Fill("1,5", "Báo cáo số 7/BC-STC", null)));
        SelfAssessmentForms.fill(sent(sent, inspection), Map.of("1.1.2", new Fill(2, "Báo cáo số 3/BC-TTr", null),
                "1.1.1", new Fill(5, "Kế hoạch số 1/KH-TTr", null)));

        List<UnitIndexForms.Checked> taken = forms.record(YEAR, GROUP,
                List.of(sent(sent, justice), sent(sent, finance), sent(sent, inspection)));

        assertThat(taken).extracting(UnitIndexForms.Checked::accepted).containsExactly(true, true, false);
        assertThat(taken.get(0).lines()).hasSize(ownLines().size());
        assertThat(taken.get(0).applicable()).isEqualTo(ownLines().size());
        assertThat(taken.get(2).refusal().localized(VI)).isEqualTo("Tệp \"phieu-tu-danh-gia-thanh-tra-tinh-2026.xlsx\""
                + " (Thanh tra tỉnh) không được ghi nhận điểm nào: Điểm tiêu chí 1.1.1 của Thanh tra tỉnh phải từ 0 đến 1;"
                + " \"5\" nằm ngoài khoảng đó.");
        assertThat(index.scores(YEAR, inspection)).as("nothing of the refused file, not even its good line").isEmpty();
        assertThat(index.history(YEAR, inspection)).isEmpty();

        assertThat(index.scores(YEAR, justice)).hasSize(ownLines().size());
        assertThat(index.scores(YEAR, justice).get("7.3").selfScore()).isEqualByComparingTo("5");
        assertThat(index.scores(YEAR, finance).get("1.1.2").selfScore()).isEqualByComparingTo("1.5");
        assertThat(index.scores(YEAR, finance).get("1.1.1").explanation()).isEqualTo("Kế hoạch ban hành chậm");
        assertThat(index.history(YEAR, finance)).extracting(ScoreChange::code, ScoreChange::field, ScoreChange::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("1.1.2", ScoreChange.Field.SELF_SCORE, "1.5"),
                        org.assertj.core.groups.Tuple.tuple("1.1.2", ScoreChange.Field.EVIDENCE, "Báo cáo số 7/BC-STC"));

        List<UnitIndexForms.Return> returns = forms.returns(YEAR, GROUP);
        assertThat(returns).hasSameSizeAs(index.members(YEAR, GROUP));
        UnitIndexForms.Return justiceReturn = returns.stream().filter(r -> r.unit().id() == justice.id()).findFirst()
                .orElseThrow();
        assertThat(justiceReturn.files()).containsExactly("phieu-tu-danh-gia-so-tu-phap-2026.xlsx");
        assertThat(justiceReturn.scored()).isEqualTo(ownLines().size());
        assertThat(returns.stream().filter(r -> r.unit().id() == finance.id()).findFirst().orElseThrow())
                .extracting(UnitIndexForms.Return::scored).isEqualTo(2);
        assertThat(returns.stream().filter(r -> r.unit().id() == inspection.id()).findFirst().orElseThrow().returned())
                .isFalse();

        // Sent again, a form carries what the unit has returned so far.
        List<UnitIndexForms.Sent> again = forms.send(YEAR, GROUP, folder.resolve("lan-2"), VI);
        try (XSSFWorkbook book = open(sent(again, finance))) {
            Row row = SelfAssessmentForms.row(book.getSheet(UnitIndexForm.SHEET), "1.1.2");
            assertThat(row.getCell(UnitIndexForm.SCORE).getNumericCellValue()).isEqualTo(1.5);
            assertThat(row.getCell(UnitIndexForm.EVIDENCE).getStringCellValue()).isEqualTo("Báo cáo số 7/BC-STC");
        }
    }

    @Test
    void aScoreWithoutEvidenceOrExplanationIsRefusedAndACheckWritesNothing() throws Exception {
        Unit health = index.member(YEAR, GROUP, "Sở Y tế");
        List<UnitIndexForms.Sent> sent = forms.send(YEAR, GROUP, folder, VI);
        SelfAssessmentForms.fill(sent(sent, health), Map.of("1.1.1", new Fill(1, null, null)));
        SelfAssessmentForms.fill(sent(sent, justice), Map.of("1.1.1", new Fill(1, "Kế hoạch số 2/KH-STP", null)));

        List<UnitIndexForms.Checked> checked = forms.check(YEAR, GROUP, List.of(sent(sent, health), sent(sent, justice)));
        assertThat(checked.get(0).refusal().localized(VI)).isEqualTo("Tệp \"phieu-tu-danh-gia-so-y-te-2026.xlsx\" (Sở Y tế)"
                + " không được ghi nhận điểm nào: Điểm tự đánh giá tiêu chí 1.1.1 của Sở Y tế cần có tài liệu kiểm chứng,"
                + " hoặc giải thích vì sao không có.");
        assertThat(checked.get(1).accepted()).isTrue();
        assertThat(checked.get(1).lines()).extracting(UnitIndexService.SelfScore::code).containsExactly("1.1.1");
        assertThat(index.scores(YEAR, justice)).as("a check records nothing").isEmpty();
        assertThat(index.history(YEAR, justice)).isEmpty();

        assertThat(forms.record(YEAR, GROUP, List.of(sent(sent, health))).get(0).accepted()).isFalse();
        assertThat(index.scores(YEAR, health)).isEmpty();
    }

    @Test
    void aFormOfAnotherYearAScoreThatIsNoNumberAndAFileThatIsNoFormAreEachRefusedInOneSentence() throws Exception {
        List<UnitIndexForms.Sent> lastYear = forms.send(2025, GROUP, folder.resolve("2025"), VI);
        List<UnitIndexForms.Sent> thisYear = forms.send(YEAR, GROUP, folder.resolve("2026"), VI);
        SelfAssessmentForms.fill(sent(thisYear, finance), Map.of("2.2", new Fill("ba điểm", "Báo cáo", null)));
        int row;
        try (XSSFWorkbook book = open(sent(thisYear, finance))) {
            row = SelfAssessmentForms.row(book.getSheet(UnitIndexForm.SHEET), "2.2").getRowNum() + 1;
        }
        Path notAForm = folder.resolve("bang-tinh.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); var out = Files.newOutputStream(notAForm)) {
            book.createSheet("Tự đánh giá").createRow(0).createCell(0).setCellValue("1.1.1");
            book.write(out);
        }

        List<UnitIndexForms.Checked> taken = forms.record(YEAR, GROUP, List.of(sent(lastYear, justice),
                sent(thisYear, finance), notAForm));

        assertThat(taken).extracting(c -> c.refusal().localized(VI)).containsExactly(
                "Tệp \"phieu-tu-danh-gia-so-tu-phap-2025.xlsx\" là phiếu tự đánh giá của Sở Tư pháp năm 2025 (các sở,"
                        + " ban, ngành), không phải phiếu năm 2026 (các sở, ban, ngành) đang nhận; không có điểm nào được"
                        + " ghi nhận.",
                "Tệp \"phieu-tu-danh-gia-so-tai-chinh-2026.xlsx\", dòng " + row + " (tiêu chí 2.2): điểm tự chấm \"ba điểm\" không phải là một số; không có điểm nào của tệp được"
                        + " ghi nhận.",
                "Tệp \"bang-tinh.xlsx\" không phải phiếu tự đánh giá Chỉ số CCHC do CCHC Dashboard lập; hãy dùng phiếu đã"
                        + " gửi cho đơn vị.");
        assertThat(index.scores(YEAR, justice)).isEmpty();
        assertThat(index.scores(YEAR, finance)).isEmpty();
        assertThat(forms.returns(YEAR, GROUP)).noneMatch(UnitIndexForms.Return::returned);
    }

    @Test
    void aSecondFormOfTheSameUnitInOneBatchIsRefusedNotRecordedOverTheFirst() throws Exception {
        List<UnitIndexForms.Sent> sent = forms.send(YEAR, GROUP, folder, VI);
        Path first = sent(sent, justice);
        SelfAssessmentForms.fill(first, Map.of("1.1.1", new Fill(1, "Kế hoạch số 12/KH-STP", null)));
        Path second = folder.resolve("phieu-so-tu-phap-ban-sua.xlsx");
        Files.copy(first, second);
        SelfAssessmentForms.fill(second, Map.of("1.1.1", new Fill(0.5, "Kế hoạch số 12/KH-STP", null)));

        List<UnitIndexForms.Checked> taken = forms.record(YEAR, GROUP, List.of(first, second));

        assertThat(taken.get(0).accepted()).isTrue();
        assertThat(taken.get(1).refusal().localized(VI)).isEqualTo("Tệp \"phieu-so-tu-phap-ban-sua.xlsx\" cũng là phiếu"
                + " của Sở Tư pháp, đơn vị đã có phiếu \"phieu-tu-danh-gia-so-tu-phap-2026.xlsx\" trong cùng lượt nhận; không"
                + " ghi nhận tệp này. Hãy hỏi lại đơn vị phiếu nào là phiếu chính thức rồi nhận riêng phiếu đó.");
        assertThat(index.scores(YEAR, justice).get("1.1.1").selfScore()).isEqualByComparingTo("1");
    }
}

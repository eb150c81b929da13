package vn.cchc.dashboard.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.ReadBack;
import vn.cchc.dashboard.report.ReportFormat;
import vn.cchc.dashboard.report.ReportIssuer;
import vn.cchc.dashboard.report.ReportPart;
import vn.cchc.dashboard.report.ReportSettings;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.QueuedBackground;

class ReportsViewModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private final QueuedBackground background = new QueuedBackground();
    private final List<Path> opened = new ArrayList<>();
    private ReportsViewModel model;

    @BeforeEach
    void open() {
        context = AppContext.open(folder.resolve("data"), TestClock.today(), true);
        Messages messages = Messages.of(Language.VI);
        Plan plan = context.plans().planFor(2026);
        model = new ReportsViewModel(context.reports(), new ReportSettingsForm(context.settings(),
                context.settings().reportSettings(), background, messages), background, messages, opened::add,
                FXCollections.observableArrayList(context.plans().plans()), plan, TestClock.TODAY);
        background.runAll();
    }

    @AfterEach
    void close() {
        model.dispose();
        context.close();
    }

    @Test
    void startsOnTheLatestClosedPeriodWithItsDeadlineAndPreviewsTheReport() {
        assertThat(model.period().get().label()).isEqualTo("9 tháng năm 2026");
        assertThat(model.periods()).hasSize(5);
        assertThat(model.deadline().get()).isEqualTo("Số liệu từ 15/12/2025 đến 14/09/2026; hạn gửi báo cáo: 20/09/2026.");
        assertThat(model.preview().get()).contains("BÁO CÁO", "Kết quả công tác cải cách hành chính 9 tháng năm 2026",
                "III. ĐÁNH GIÁ CHUNG");
        assertThat(model.busy().get()).isFalse();
    }

    @Test
    void leavingOutAPartRenumbersThePreview() {
        model.part(ReportPart.DIRECTION).set(false);
        background.runAll();
        assertThat(model.preview().get()).doesNotContain("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH")
                .contains("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH");
    }

    @Test
    void theYearNotYetOverIsPreviewedAsAnEstimateCutOffToday() {
        model.period().set(model.periods().get(3));
        background.runAll();
        assertThat(model.deadline().get()).isEqualTo("Số liệu từ 15/12/2025 đến 23/11/2026 (kỳ báo cáo chưa kết thúc: "
                + "ước thực hiện đến 14/12/2026); hạn gửi báo cáo: 20/12/2026.");
        assertThat(model.preview().get()).contains("Kết quả công tác cải cách hành chính năm 2026 (ước thực hiện)",
                "số liệu tính đến ngày 23/11/2026").doesNotContain("tính đến ngày 14/12/2026");
    }

    @Test
    void theCustomDayStartsOnTodayAndADayAfterTodayIsExplained() {
        model.period().set(model.periods().get(4));
        assertThat(model.customDay().get()).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
        model.customDay().set(java.time.LocalDate.of(2026, 12, 31));
        background.runAll();
        assertThat(model.deadline().get()).isEqualTo("Ngày chốt số liệu 31/12/2026 sau ngày hôm nay (23/11/2026): "
                + "chỉ báo cáo được số liệu đến hôm nay.");
    }

    @Test
    void anyDayOffTheOfficialPeriodsIsReportedAsOfThatDay() {
        model.period().set(model.periods().get(4));
        model.customDay().set(java.time.LocalDate.of(2026, 6, 21));
        background.runAll();
        assertThat(model.deadline().get()).contains("21/06/2026");
        assertThat(model.preview().get()).contains("năm 2026 (tính đến ngày 21/06/2026)");
        assertThat(model.suggestedFileName()).isEqualTo("bao-cao-cchc-2026-06-21.docx");
    }

    @Test
    void generatesTheFileInTheBackgroundThenOpensIt() throws Exception {
        model.format().set(ReportFormat.PDF);
        Path file = folder.resolve(model.suggestedFileName());
        assertThat(file.getFileName().toString()).isEqualTo("bao-cao-cchc-2026-9M.pdf");
        model.generate(file);
        assertThat(model.busy().get()).isTrue();
        assertThat(file).doesNotExist();
        background.runAll();
        assertThat(model.busy().get()).isFalse();
        assertThat(model.written().get()).isEqualTo(file);
        assertThat(model.feedback().get()).startsWith("Đã ghi báo cáo vào");
        assertThat(ReadBack.folded(ReadBack.pdf(file))).contains("Kết quả công tác cải cách hành chính 9 tháng năm 2026");
        model.openWritten();
        background.runAll();
        assertThat(opened).containsExactly(file);
    }

    @Test
    void aReportCancelledWhileBeingWrittenLeavesNoFileAndSaysSo() {
        Path file = folder.resolve("bao-cao.docx");
        model.generate(file);
        assertThat(model.running().get()).isNotNull();

        model.running().get().cancel();
        background.runAll();

        assertThat(file).doesNotExist();
        assertThat(model.feedback().get()).isEqualTo("Đã huỷ – không có tệp nào được tạo.");
        assertThat(model.busy().get()).isFalse();
        assertThat(model.running().get()).isNull();
        assertThat(model.written().get()).isNull();
    }

    @Test
    void anUnwritablePlaceIsExplainedAndNothingIsOffered() throws Exception {
        Path file = Files.writeString(folder.resolve("a-file"), "x").resolve("bao-cao.docx");
        model.generate(file);
        background.runAll();
        assertThat(model.feedback().get()).startsWith("Không ghi được tệp");
        assertThat(model.written().get()).isNull();
    }

    @Test
    void documentDetailsAreRememberedAndUsedAtOnce() {
        ReportSettingsForm form = model.settings();
        form.province().set("Hưng Yên");
        form.recipients().set("Bộ Nội vụ\nLưu: VT, SNV");
        form.save();
        background.runAll();
        assertThat(AppSettings.load(folder.resolve("data")).reportSettings().provinceName()).isEqualTo("Hưng Yên");
        assertThat(model.preview().get()).contains("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN", "Hưng Yên, ngày", "- Bộ Nội vụ;",
                "- Lưu: VT, SNV.", "/BC-UBND", "Kính gửi: Bộ Nội vụ.");
    }

    @Test
    void choosingTheSteeringCommitteeSwitchesItsUsualWordingButKeepsTheOfficesOwn() {
        ReportSettingsForm form = model.settings();
        assertThat(form.issuer().get()).isEqualTo(ReportIssuer.PEOPLES_COMMITTEE);
        assertThat(form.signer().get()).isEqualTo("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
        form.recipients().set("Bộ Nội vụ\nLưu: VT");
        form.issuer().set(ReportIssuer.STEERING_COMMITTEE);
        assertThat(form.signer().get()).isEqualTo("TM. BAN CHỈ ĐẠO\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN");
        assertThat(form.recipients().get()).isEqualTo("Bộ Nội vụ\nLưu: VT");
        // The usual wording is saved blank, so that a report in English takes the English wording.
        assertThat(form.value().signerTitle()).isEmpty();
        form.save();
        background.runAll();
        ReportSettings saved = AppSettings.load(folder.resolve("data")).reportSettings();
        assertThat(saved.issuer()).isEqualTo(ReportIssuer.STEERING_COMMITTEE);
        assertThat(saved.recipients()).containsExactly("Bộ Nội vụ", "Lưu: VT");
        assertThat(model.preview().get()).contains("UBND TỈNH", "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH", "/BC-BCĐ",
                "TM. BAN CHỈ ĐẠO");
    }
}

package vn.cchc.dashboard.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.statistics.StatisticsReturn;
import vn.cchc.dashboard.domain.statistics.StatisticsStatus;
import vn.cchc.dashboard.domain.statistics.StatisticsTotal;
import vn.cchc.dashboard.excel.ProgressForm;
import vn.cchc.dashboard.excel.StatisticsFormSheet;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;
import vn.cchc.dashboard.testing.Workbooks;
import vn.cchc.dashboard.ui.QueuedBackground;
import vn.cchc.dashboard.ui.imports.ProgressExchangeViewModel;
import vn.cchc.dashboard.work.Progress;

/**
 * Forms with statistics for three units, exported before the six-month deadline (20/6/2026) and returned: one on
 * time, one late, one with a numerator above its denominator, refused whole with one sentence and nothing recorded.
 */
@Tag(TestDatabase.TAG)
class StatisticsRoundTripTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    static final LocalDate BEFORE_DEADLINE = LocalDate.of(2026, 6, 10);
    static final LocalDate AFTER_DEADLINE = LocalDate.of(2026, 6, 25);
    static final ReportPeriod H1 = new ReportPeriod(2026, ReportPeriod.Kind.H1);
    static final Messages VI = Messages.of(Language.VI);

    @TempDir
    Path folder;
    AppContext context;
    Plan plan;
    List<Unit> units;
    Path onTime;
    Path late;
    Path refused;

    @BeforeEach
    void exportThreeForms() throws Exception {
        context = db.openContext(folder.resolve("data"), TestClock.on(BEFORE_DEADLINE), true);
        plan = context.plans().planFor(2026);
        units = context.progressExchange().formUnits(plan).stream().limit(3).map(f -> f.unit()).toList();
        onTime = form(units.get(0), figures("1.384", "1.300", "1.250", "50", "900"));
        late = form(units.get(1), figures("200", "180", "170", "10", "67,32"));
        refused = form(units.get(2), figures("1.500", "1.100", "1.200", "0", "10"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theFormAsksForTheSixMonthFiguresOnASecondSheetWithLockedLabels() throws Exception {
        String title = Workbooks.read(onTime, StatisticsFormSheet.SHEET, sheet -> {
            XSSFRow first = sheet.getRow(StatisticsFormSheet.HEADER_ROW + 2);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(first.getCell(StatisticsFormSheet.LABEL).getCellStyle().getLocked()).isTrue();
            assertThat(first.getCell(StatisticsFormSheet.VALUE).getCellStyle().getLocked()).isFalse();
            return sheet.getRow(0).getCell(0).getStringCellValue();
        });
        assertThat(title).isEqualTo("SỐ LIỆU THỐNG KÊ 6 tháng đầu năm 2026 – " + units.get(0).name());
    }

    @Test
    void aNumeratorAboveItsDenominatorRefusesTheWholeFormWithOneSentenceAndRecordsNothing() throws Exception {
        Workbooks.edit(refused, ProgressForm.SHEET, sheet -> {
            XSSFRow row = sheet.getRow(ProgressForm.HEADER_ROW + 1);
            row.getCell(ProgressForm.STATUS).setCellValue("Đang thực hiện");
            row.getCell(ProgressForm.PERCENT).setCellValue(40);
        });
        int updatesBefore = context.plans().snapshot(plan).updates().size();

        assertThatThrownBy(() -> apply(refused))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.localized(VI)).isEqualTo(
                        "Phiếu " + refused.getFileName() + " của " + units.get(2).name() + " bị từ chối vì số \"Hồ sơ"
                                + " giải quyết đúng hạn\" (1.200) lớn hơn số \"Hồ sơ đã giải quyết\" (1.100); không có"
                                + " tiến độ hay số liệu nào được ghi nhận."));

        assertThat(context.statistics().status(plan, H1).sent()).isEmpty();
        assertThat(context.plans().snapshot(plan).updates()).hasSize(updatesBefore);
    }

    @Test
    void oneOnTimeOneLateOneRefusedAndTheSameFormTwiceRecordedOnce() {
        assertThat(apply(onTime)).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(StatisticsOutcome.Kind.RECORDED);
            assertThat(o.late()).isFalse();
        });
        assertThat(apply(onTime)).singleElement().extracting(StatisticsOutcome::kind)
                .isEqualTo(StatisticsOutcome.Kind.UNCHANGED);
        assertThatThrownBy(() -> apply(refused)).isInstanceOf(AppException.class);
        context.close();
        context = db.openContext(folder.resolve("data"), TestClock.on(AFTER_DEADLINE), true);

        assertThat(apply(late)).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(StatisticsOutcome.Kind.RECORDED);
            assertThat(o.late()).isTrue();
        });

        StatisticsStatus status = context.statistics().status(plan, H1);
        assertThat(status.sent()).extracting(s -> s.unit().id()).containsExactlyInAnyOrder(units.get(0).id(), units.get(1).id());
        assertThat(status.missing()).extracting(Unit::id).contains(units.get(2).id());
        assertThat(status.late()).isEqualTo(1);
        assertThat(StatisticsWording.statusLine(status, H1, VI))
                .isEqualTo("2/" + status.expected() + " đơn vị đã gửi số liệu 6 tháng đầu năm 2026");
        assertThat(status.sent()).allSatisfy(s -> assertThat(s.current().sourceFile()).endsWith(".xlsx"));
    }

    @Test
    void theProvincesFiguresAreSumsAndRatesAreRecomputedFromTheSums() {
        apply(onTime);
        apply(late);
        Map<String, StatisticsTotal> totals = new LinkedHashMap<>();
        context.statistics().totals(H1).forEach(t -> totals.put(t.item().code(), t));

        assertThat(totals.get("HS_TIEP_NHAN").sum()).isEqualByComparingTo("1584");
        assertThat(totals.get("HS_DA_GIAI_QUYET").sum()).isEqualByComparingTo("1480");
        assertThat(totals.get("HS_DUNG_HAN").sum()).isEqualByComparingTo("1420");
        // 1420 / 1480 = 95,95%; the average of the units' 96,15% and 94,44% would be 95,30%.
        assertThat(totals.get("HS_DUNG_HAN").rate()).isEqualByComparingTo("95.95");
        assertThat(totals.get("HS_SO_HOA").sum()).isEqualByComparingTo("967.32");
        assertThat(totals.get("HS_DUNG_HAN").units()).isEqualTo(2);
    }

    @Test
    void changedFiguresReplaceTheEarlierOnesWhichStayAsHistory() throws Exception {
        apply(onTime);
        Workbooks.edit(onTime, StatisticsFormSheet.SHEET, sheet -> fill(sheet, Map.of("KT_CCHC", "4")));

        assertThat(apply(onTime)).singleElement().extracting(StatisticsOutcome::kind)
                .isEqualTo(StatisticsOutcome.Kind.REPLACED);
        List<StatisticsReturn> returns = context.store().database().inTransaction(c -> context.store().statistics()
                .returns(c, "2026-H1"));
        assertThat(returns).hasSize(2);
        assertThat(returns.get(0).current()).isFalse();
        assertThat(returns.get(1).values().get("KT_CCHC")).isEqualByComparingTo("4");
    }

    @Test
    void aFormWithItsFiguresLeftBlankSendsNoFiguresAndItsUnitStaysAmongThoseMissing() throws Exception {
        Path blank = folder.resolve("trong.xlsx");
        context.progressExchange().exportForm(plan, units.get(2), blank, VI);

        assertThat(apply(blank)).isEmpty();
        assertThat(context.statistics().status(plan, H1).missing()).extracting(Unit::id).contains(units.get(2).id());
    }

    @Test
    void inTheWindowAFormWithFiguresButNoNewProgressIsStillRecorded() {
        QueuedBackground background = new QueuedBackground();
        ProgressExchangeViewModel model = new ProgressExchangeViewModel(context.progressExchange(), background, VI, plan,
                BEFORE_DEADLINE, () -> { });
        model.addFiles(List.of(onTime));
        background.runAll();

        assertThat(model.toRecord().get()).isZero();
        assertThat(model.figuresToRecord().get()).isEqualTo(1);
        assertThat(model.summary().get()).contains(units.get(0).name() + ": sẽ ghi nhận số liệu 6 tháng đầu năm 2026 từ tệp "
                + onTime.getFileName() + ".");

        model.record();
        background.runAll();
        assertThat(model.message().get()).isEqualTo(units.get(0).name() + ": đã ghi nhận số liệu 6 tháng đầu năm 2026 từ"
                + " tệp " + onTime.getFileName() + ".");
        assertThat(context.statistics().status(plan, H1).sent()).extracting(s -> s.unit().id())
                .containsExactly(units.get(0).id());

        model.addFiles(List.of(onTime));
        background.runAll();
        assertThat(model.figuresToRecord().get()).as("the same figures again are nothing to record").isZero();
    }

    private List<StatisticsOutcome> apply(Path form) {
        AtomicReference<List<StatisticsOutcome>> outcomes = new AtomicReference<>();
        context.progressExchange().apply(List.of(form), LocalDate.now(context.clock()), row -> false, Progress.NONE,
                outcomes::set);
        return outcomes.get();
    }

    /** Every required item and a few optional ones, as a department's clerk types them. */
    private static Map<String, String> figures(String received, String resolved, String onTime, String lateOnes,
                                               String digitised) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("KT_CCHC", "2");
        figures.put("QPPL_BAN_HANH", "3");
        figures.put("QPPL_RA_SOAT", "12");
        figures.put("TTHC_CONG_BO", "5");
        figures.put("HS_TIEP_NHAN", received);
        figures.put("HS_DA_GIAI_QUYET", resolved);
        figures.put("HS_DUNG_HAN", onTime);
        figures.put("HS_TRE_HAN", lateOnes);
        figures.put("DAO_TAO_BOI_DUONG", "40");
        figures.put("HS_TRUC_TUYEN", "100");
        figures.put("HS_SO_HOA", digitised);
        return figures;
    }

    private Path form(Unit unit, Map<String, String> figures) throws Exception {
        Path file = folder.resolve("phieu-" + unit.id() + ".xlsx");
        context.progressExchange().exportForm(plan, unit, file, VI);
        Workbooks.edit(file, StatisticsFormSheet.SHEET, sheet -> fill(sheet, figures));
        return file;
    }

    private static void fill(org.apache.poi.xssf.usermodel.XSSFSheet sheet, Map<String, String> figures) {
        for (int r = StatisticsFormSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            String code = row.getCell(StatisticsFormSheet.CODE) == null ? "" : row.getCell(StatisticsFormSheet.CODE).getStringCellValue();
            if (figures.containsKey(code)) {
                String value = figures.get(code);
                // Some typed as text in the vi-VN way, the plain ones as numbers, as Excel keeps them.
                if (value.matches("\\d+")) {
                    row.getCell(StatisticsFormSheet.VALUE).setCellValue(Double.parseDouble(value));
                } else {
                    row.getCell(StatisticsFormSheet.VALUE).setCellValue(value);
                }
            }
        }
    }
}

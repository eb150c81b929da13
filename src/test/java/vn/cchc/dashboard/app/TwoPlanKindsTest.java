package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.LaggingList;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanDraft;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.excel.fixtures.DataDateWorkbook;
import vn.cchc.dashboard.excel.fixtures.NationalWorkbooks;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.Report;
import vn.cchc.dashboard.report.ReportPart;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/**
 * One national store holds the provinces' and the ministries' plans of 2023 side by side, imported from the Bộ Nội
 * vụ's two tracking workbooks, and each keeps its own headline as of 21/6/2023: 1.384/3.003 (46,09%) and 296/845
 * (35,03%), in the summary and in the report; each plan lists its own units.
 */
@Tag(TestDatabase.TAG)
class TwoPlanKindsTest {

    static final LocalDate AS_OF = NationalWorkbooks.DATA_DATE;
    static final Messages VI = Messages.of(Language.VI);

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @TempDir
    Path folder;

    AppContext context;
    Plan provinces;
    Plan ministries;

    @BeforeEach
    void open() {
        context = db.openContext(folder.resolve("data"), TestClock.today(), false);
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** Both workbooks imported, each into a plan of its kind, as {@code import-plan --kind} does. */
    private void importBothWorkbooks() throws Exception {
        provinces = context.planImport().commit(NationalWorkbooks.writeProvinces(folder.resolve(
                NationalWorkbooks.PROVINCES_FILE)), request(PlanKind.PROVINCES)).plan();
        ministries = context.planImport().commit(NationalWorkbooks.writeMinistries(folder.resolve(
                NationalWorkbooks.MINISTRIES_FILE)), request(PlanKind.MINISTRIES)).plan();
    }

    private static ImportRequest request(PlanKind kind) {
        return new ImportRequest(null, null, null, year -> kind == null
                ? VI.format("plan.form.defaultTitle", String.valueOf(year))
                : VI.format("plan.form.defaultTitle." + kind.name(), String.valueOf(year)), List.of(), List.of(), kind);
    }

    @Test
    void eachNationalPlanOfTheYearHasItsOwnHeadlineReportAndUnits() throws Exception {
        importBothWorkbooks();
        assertThat(context.plans().plans()).extracting(Plan::year, Plan::kind)
                .containsExactlyInAnyOrder(tuple(2023, PlanKind.PROVINCES), tuple(2023, PlanKind.MINISTRIES));

        PlanSummary ofProvinces = context.plans().summary(provinces, AS_OF);
        PlanSummary ofMinistries = context.plans().summary(ministries, AS_OF);
        assertThat(headline(ofProvinces)).isEqualTo("1.384/3.003 nhiệm vụ, đạt 46,09% so với kế hoạch năm");
        assertThat(headline(ofMinistries)).isEqualTo("296/845 nhiệm vụ, đạt 35,03% so với kế hoạch năm");
        assertThat(ofProvinces.overall().percent()).isEqualByComparingTo(new BigDecimal("46.09"));

        ReportService reports = context.reports();
        assertThat(reports.build(new ReportService.Request(provinces, null, AS_OF, EnumSet.allOf(ReportPart.class),
                Language.VI)).headline()).isEqualTo("Tính đến ngày 21/06/2023, UBND các tỉnh, thành phố đã hoàn thành"
                + " 1.384/3.003 nhiệm vụ, đạt 46,09% so với kế hoạch năm.");
        assertThat(reports.build(new ReportService.Request(ministries, null, AS_OF, EnumSet.allOf(ReportPart.class),
                Language.VI)).headline()).isEqualTo("Tính đến ngày 21/06/2023, các bộ, cơ quan ngang bộ đã hoàn thành"
                + " 296/845 nhiệm vụ, đạt 35,03% so với kế hoạch năm.");

        // A national plan is the Bộ Nội vụ's to report on, to the Government, whatever the store's settings say.
        Report national = reports.build(new ReportService.Request(provinces, null, AS_OF, EnumSet.allOf(ReportPart.class),
                Language.VI));
        assertThat(national.heading().issuingBody()).isEqualTo("BỘ NỘI VỤ");
        assertThat(national.heading().parentBody()).isEmpty();
        assertThat(national.heading().numberLine()).endsWith("/BC-BNV");
        assertThat(national.heading().placeAndDate()).startsWith("Hà Nội, ngày");
        assertThat(national.heading().addressee()).isEqualTo("Kính gửi: Chính phủ.");
        assertThat(national.closing().signerLines()).containsExactly("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG");
        assertThat(national.body().get(0).text()).contains(", Bộ Nội vụ báo cáo kết quả");

        assertThat(ofProvinces.byUnit()).hasSize(63).allMatch(u -> u.unit().kind() == UnitKind.PROVINCE);
        assertThat(ofMinistries.byUnit()).hasSize(22)
                .allMatch(u -> u.unit().kind() == UnitKind.MINISTRY || u.unit().kind() == UnitKind.CENTRAL_AGENCY);
        assertThat(ofMinistries.byUnit()).filteredOn(u -> u.unit().name().equals("Văn phòng Chính phủ"))
                .singleElement().satisfies(u -> assertThat(u.unit().kind()).isEqualTo(UnitKind.CENTRAL_AGENCY));
        LaggingList lagging = context.plans().lagging(ministries, AS_OF, LaggingPolicy.DEFAULT, 30, false);
        assertThat(lagging.units()).extracting(LaggingUnit::unit).hasSize(22)
                .noneMatch(u -> u.kind() == UnitKind.PROVINCE);
    }

    @Test
    void theSecondKindIsCreatedBesideTheFirstButTheSameKindTwiceIsRefused() throws Exception {
        provinces = context.planEditor().create(new PlanDraft(2023, VI.format("plan.form.defaultTitle.PROVINCES", "2023"),
                null, null, false, PlanKind.PROVINCES));
        ministries = context.planEditor().create(new PlanDraft(2023, VI.format("plan.form.defaultTitle.MINISTRIES", "2023"),
                null, null, false, PlanKind.MINISTRIES));
        assertThat(context.plans().plans()).containsExactlyInAnyOrder(provinces, ministries);

        assertThatThrownBy(() -> context.planEditor().create(new PlanDraft(2023,
                "Nhiệm vụ cải cách hành chính năm 2023 của các bộ", null, null, false, PlanKind.MINISTRIES)))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(VI.format(p.messageKey(), p.args().toArray()))
                                .isEqualTo("Năm 2023 đã có kế hoạch theo dõi nhiệm vụ của các bộ, cơ quan ngang bộ: «"
                                        + ministries.title() + "». Hãy lưu trữ kế hoạch đó trước khi tạo kế hoạch khác"
                                        + " cùng loại.")));
        Path workbook = DataDateWorkbook.write(folder.resolve("theo-doi-2023.xlsx"));
        assertThatThrownBy(() -> context.planImport().dryRun(workbook, request(null)))
                .as("a file without a kind goes into neither plan by guess")
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.localized(VI)).isEqualTo(
                        "Năm 2023 có kế hoạch của nhiều loại: «" + provinces.title() + "», «" + ministries.title()
                                + "». Hãy chọn loại kế hoạch nhận các nhiệm vụ của tệp."));
        assertThat(context.planImport().dryRun(workbook, request(PlanKind.MINISTRIES)).plan()).isEqualTo(ministries);
        assertThatThrownBy(() -> context.plans().planFor(2023)).isInstanceOfSatisfying(AppException.class,
                e -> assertThat(e.localized(VI)).isEqualTo("Năm 2023 có nhiều kế hoạch: «" + provinces.title() + "», «"
                        + ministries.title() + "»; hãy chọn một kế hoạch."));

        context.planEditor().archive(ministries);
        assertThat(context.plans().planFor(2023)).as("an archived plan leaves the year one current plan")
                .isEqualTo(provinces);
        assertThat(context.planEditor().create(new PlanDraft(2023, "Nhiệm vụ năm 2023 của các bộ (bổ sung)", null, null,
                false, PlanKind.MINISTRIES)).kind()).isEqualTo(PlanKind.MINISTRIES);
    }

    private static String headline(PlanSummary summary) {
        ProgressCount c = summary.overall();
        return VI.format("summary.headline", VI.formats().ratio(c.completed(), c.planned()), VI.formats().percent(c.percent()));
    }
}

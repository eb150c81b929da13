package vn.cchc.dashboard.app.indicators;

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
import vn.cchc.dashboard.app.InvalidDraftException;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.IndicatorDraft;
import vn.cchc.dashboard.domain.IndicatorTarget;
import vn.cchc.dashboard.domain.IndicatorType;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.indicators.IndicatorChange;
import vn.cchc.dashboard.domain.indicators.IndicatorSpec;
import vn.cchc.dashboard.domain.indicators.Milestone;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/** The province's own indicator library: created, edited, retired and targeted, with every change kept. */
@Tag(TestDatabase.TAG)
class IndicatorLibraryTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path folder;
    AppContext context;
    IndicatorLibrary library;

    @BeforeEach
    void open() {
        context = db.openContext(folder, TestClock.today(), true);
        context.settings().setUserName("Nguyễn Thị Hạnh");
        library = context.indicatorLibrary();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static IndicatorSpec digitised() {
        return new IndicatorSpec("Tỷ lệ hồ sơ TTHC được số hóa khi tiếp nhận", "CPS", IndicatorType.PERCENT,
                "Hồ sơ được số hóa khi tiếp nhận", "Hồ sơ tiếp nhận", true, "%", "Kế hoạch số 171/KH-UBND", null,
                false, false);
    }

    @Test
    void anIndicatorIsCreatedWithACodeFromItsNameAndListedWithItsArea() {
        Indicator created = library.create(digitised());

        assertThat(created.code()).isEqualTo("TY_LE_HO_SO_TTHC_DUOC_SO");
        assertThat(library.contents().indicators()).filteredOn(i -> i.code().equals(created.code())).singleElement()
                .satisfies(i -> {
                    assertThat(i.areaCode()).isEqualTo("CPS");
                    assertThat(i.isRatio()).isTrue();
                    assertThat(i.measureUnit()).isEqualTo("%");
                    assertThat(i.retired()).isFalse();
                });
        assertThat(library.create(digitised()).code()).as("a second of the same name").isEqualTo(created.code() + "_2");
    }

    @Test
    void anEditKeepsEachFieldBeforeAndAfterWithWhoAndWhen() {
        Indicator created = library.create(digitised());
        IndicatorSpec edited = new IndicatorSpec("Tỷ lệ số hóa hồ sơ khi tiếp nhận", "CPS", IndicatorType.PERCENT,
                "Hồ sơ được số hóa khi tiếp nhận", "Hồ sơ tiếp nhận", true, "%", "Quyết định số 1290/QĐ-UBND", null,
                false, false);

        library.update(created.code(), edited);
        library.update(created.code(), edited); // nothing changed: nothing recorded

        List<IndicatorChange> history = library.history(created.code());
        assertThat(history).extracting(IndicatorChange::field).containsExactlyInAnyOrder("name", "source", "created");
        IndicatorChange name = history.stream().filter(h -> h.field().equals("name")).findFirst().orElseThrow();
        assertThat(name.before()).isEqualTo("Tỷ lệ hồ sơ TTHC được số hóa khi tiếp nhận");
        assertThat(name.after()).isEqualTo("Tỷ lệ số hóa hồ sơ khi tiếp nhận");
        assertThat(name.user()).isEqualTo("Nguyễn Thị Hạnh");
        assertThat(name.login()).isEqualTo(context.store().database().login());
        assertThat(name.at()).isEqualTo(TestClock.today().instant());
    }

    @Test
    void aRetiredIndicatorTakesNoNewFiguresButItsFiguresStayReadable() {
        Plan plan = context.plans().planFor(2026);
        IndicatorBook book = context.indicators().book();
        ReportPeriod half = ReportPeriod.parse("2026-H1").orElseThrow();
        String code = book.values().stream().filter(v -> v.period().equals(half)).findFirst().orElseThrow()
                .indicatorCode();

        library.retire(code);

        IndicatorBook after = context.indicators().book();
        assertThat(after.unitIndicators()).extracting(Indicator::code).as("its figures stay readable").contains(code);
        assertThat(after.inUse()).extracting(Indicator::code).doesNotContain(code);
        Indicator retired = after.indicator(code).orElseThrow();
        Unit unit = context.units().units().get(0);
        assertThatThrownBy(() -> context.indicators().save(plan, new IndicatorDraft(retired, unit, half,
                BigDecimal.valueOf(90), BigDecimal.valueOf(100), null)))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).contains("library.problem.retired"));
        assertThat(library.history(code)).extracting(IndicatorChange::field).containsExactly("retiredOn");

        library.reinstate(code);
        assertThat(context.indicators().book().inUse()).extracting(Indicator::code).contains(code);
    }

    @Test
    void aYearsTargetHasItsBaselineAndMilestonesAndEveryChangeIsKept() {
        String code = "HS_TRUC_TUYEN";
        IndicatorTarget target = new IndicatorTarget(code, 2026, new BigDecimal("85.00"), "Kế hoạch số 171/KH-UBND",
                new BigDecimal("67.32"), 2025);
        List<Milestone> milestones = List.of(
                new Milestone(code, ReportPeriod.parse("2026-H1").orElseThrow(), new BigDecimal("75.00")),
                new Milestone(code, ReportPeriod.parse("2026-9M").orElseThrow(), new BigDecimal("80.00")));

        library.setTarget(code, 2026, target, milestones);

        IndicatorLibrary.Contents contents = library.contents();
        assertThat(contents.targetsOf(code)).filteredOn(t -> t.year() == 2026).singleElement()
                .isEqualTo(target);
        assertThat(contents.milestonesOf(code, 2026)).containsExactlyElementsOf(milestones);
        assertThat(context.indicators().book().target(code, 2026)).contains(target);
        assertThat(library.history(code)).extracting(IndicatorChange::field, IndicatorChange::after).contains(
                org.assertj.core.groups.Tuple.tuple("target.2026", "85 · Kế hoạch số 171/KH-UBND (2025: 67.32)"),
                org.assertj.core.groups.Tuple.tuple("milestones.2026", "2026-H1: 75; 2026-9M: 80"));

        assertThatThrownBy(() -> library.setTarget(code, 2026, target, List.of(
                new Milestone(code, ReportPeriod.parse("2025-H1").orElseThrow(), BigDecimal.TEN))))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("library.problem.milestoneYear"));
        assertThat(library.contents().milestonesOf(code, 2026)).as("a refused change changes nothing")
                .containsExactlyElementsOf(milestones);

        library.setTarget(code, 2026, null, List.of());
        assertThat(library.contents().targetsOf(code)).noneMatch(t -> t.year() == 2026);
        assertThat(library.contents().milestonesOf(code, 2026)).isEmpty();
    }

    @Test
    void aDefinitionThatCannotBeSavedSaysWhereAndSavesNothing() {
        int before = library.contents().indicators().size();
        IndicatorSpec noDenominator = new IndicatorSpec("Tỷ lệ gì đó", "XYZ", IndicatorType.PERCENT, "Tử số", null, true,
                "%", null, null, false, false);
        assertThatThrownBy(() -> library.create(noDenominator)).isInstanceOfSatisfying(InvalidDraftException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("area", "denominator"));
        assertThat(library.contents().indicators()).hasSize(before);
    }

    @Test
    void theOfficialIndicatorsArePreloadedEachNamingItsSource() {
        assertThat(library.contents().indicators()).filteredOn(i -> List.of("KQ_TAI_SU_DUNG", "DE_AN_06_DVC",
                "QD_422_DVC", "SO_HOA", "DVC_TOAN_TRINH").contains(i.code())).hasSize(5)
                .allSatisfy(i -> {
                    assertThat(i.targetSource()).isNotBlank();
                    assertThat(i.areaCode()).isEqualTo("CPS");
                });
        assertThat(library.contents().targetsOf("DE_AN_06_DVC")).extracting(IndicatorTarget::value)
                .containsExactly(new BigDecimal("100.00"));
    }
}

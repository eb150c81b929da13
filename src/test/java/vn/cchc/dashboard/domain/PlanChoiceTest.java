package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which plan a question means, in a national store with the provinces' and the ministries' plans side by side. */
class PlanChoiceTest {

    private static final Plan PROVINCES_2022 = plan(1, 2022, "Nhiệm vụ năm 2022 của các tỉnh, thành phố", PlanKind.PROVINCES);
    private static final Plan PROVINCES_2023 = plan(2, 2023, "Nhiệm vụ năm 2023 của các tỉnh, thành phố", PlanKind.PROVINCES);
    private static final Plan MINISTRIES_2023 = plan(3, 2023, "Nhiệm vụ năm 2023 của các bộ, cơ quan ngang bộ",
            PlanKind.MINISTRIES);
    private static final List<Plan> NATIONAL = List.of(PROVINCES_2022, PROVINCES_2023, MINISTRIES_2023);

    private static Plan plan(long id, int year, String title, PlanKind kind) {
        return new Plan(id, year, title, null, null, kind, "NQ76", false, false);
    }

    private static PlanChoice.Outcome choose(Integer year, PlanKind kind, String reference) {
        return new PlanChoice(year, kind, reference).among(NATIONAL, 2023);
    }

    @Test
    void aYearWithBothNationalPlansIsAQuestionNotAGuess() {
        assertThat(choose(2023, null, null)).isEqualTo(new PlanChoice.Ambiguous(2023, List.of(PROVINCES_2023, MINISTRIES_2023)));
        assertThat(choose(null, null, null)).as("this year's, which has two").isInstanceOf(PlanChoice.Ambiguous.class);
    }

    @Test
    void aYearWithOnePlanNeedsNoKind() {
        assertThat(choose(2022, null, null)).isEqualTo(new PlanChoice.Chosen(PROVINCES_2022));
    }

    @ParameterizedTest(name = "--plan {0}")
    @CsvSource({"3, 3", "bo-nganh, 3", "bộ-ngành, 3", "ministries, 3", "tinh, 2", "'Nhiệm vụ năm 2023 của các bộ, cơ quan ngang bộ', 3",
            "cac bo, 3", "'năm 2023 của các tỉnh', 2"})
    void aReferenceNamesOnePlanByIdKindOrTitle(String reference, long expected) {
        assertThat(choose(null, null, reference)).isInstanceOfSatisfying(PlanChoice.Chosen.class,
                c -> assertThat(c.plan().id()).isEqualTo(expected));
    }

    @Test
    void aKindPicksItsPlanOfTheYearOrTheNewest() {
        assertThat(choose(2023, PlanKind.MINISTRIES, null)).isEqualTo(new PlanChoice.Chosen(MINISTRIES_2023));
        assertThat(choose(null, PlanKind.PROVINCES, null)).isEqualTo(new PlanChoice.Chosen(PROVINCES_2023));
        assertThat(choose(2022, PlanKind.MINISTRIES, null)).isInstanceOf(PlanChoice.NoMatch.class);
    }

    @Test
    void aTitleEveryPlanSharesIsAsAmbiguousAsNoTitle() {
        assertThat(choose(2023, null, "nhiệm vụ")).isInstanceOf(PlanChoice.Ambiguous.class);
        assertThat(choose(null, null, "không có")).isInstanceOf(PlanChoice.NoMatch.class);
    }

    @Test
    void anArchivedRivalIsNoQuestion() {
        Plan archived = new Plan(3, 2023, MINISTRIES_2023.title(), null, null, PlanKind.MINISTRIES, "NQ76", true, false);
        assertThat(new PlanChoice(2023, null, null).among(List.of(PROVINCES_2023, archived), 2023))
                .isEqualTo(new PlanChoice.Chosen(PROVINCES_2023));
    }

    @Test
    void aProvincesStoreAnswersAsBefore() {
        Plan y2025 = new Plan(5, 2025, "Kế hoạch CCHC năm 2025", null, null, PlanScope.PROVINCE, "NQ76", false, false);
        Plan y2026 = new Plan(6, 2026, "Kế hoạch CCHC năm 2026", null, null, PlanScope.PROVINCE, "NQ76", false, false);
        assertThat(PlanChoice.any().among(List.of(y2025, y2026), 2026)).isEqualTo(new PlanChoice.Chosen(y2026));
        assertThat(new PlanChoice(2025, null, null).among(List.of(y2025, y2026), 2026)).isEqualTo(new PlanChoice.Chosen(y2025));
        assertThat(y2026.kind()).isEqualTo(PlanKind.LOCAL);
    }

    @Test
    void aMinistriesPlanListsCentralBodiesNotProvincesDepartments() {
        assertThat(PlanKind.MINISTRIES.kindOfNewUnit(UnitKind.DEPARTMENT)).as("Văn phòng Chính phủ")
                .isEqualTo(UnitKind.CENTRAL_AGENCY);
        assertThat(PlanKind.MINISTRIES.kindOfNewUnit(UnitKind.MINISTRY)).isEqualTo(UnitKind.MINISTRY);
        assertThat(PlanKind.LOCAL.kindOfNewUnit(UnitKind.DEPARTMENT)).isEqualTo(UnitKind.DEPARTMENT);
        assertThat(PlanKind.MINISTRIES.follows(UnitKind.PROVINCE)).isFalse();
        assertThat(PlanKind.PROVINCES.follows(UnitKind.MINISTRY)).isFalse();
        assertThat(PlanKind.LOCAL.follows(UnitKind.CENTRAL_AGENCY)).isTrue();
    }
}

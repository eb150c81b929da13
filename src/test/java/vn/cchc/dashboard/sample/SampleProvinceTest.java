package vn.cchc.dashboard.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.DeadlineText;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.testing.TestClock;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleProvinceTest {

    PlanSnapshot current;
    PlanSnapshot previous;

    @BeforeAll
    void createSample(@TempDir Path folder) {
        try (AppContext context = AppContext.open(folder, TestClock.today(), true)) {
            current = context.plans().snapshot(context.plans().planFor(2026));
            previous = context.plans().snapshot(context.plans().planFor(2025));
        }
    }

    @Test
    void thisYearsPlanHasAHundredOrSoTasksInEveryArea() {
        assertThat(current.tasks()).hasSizeBetween(80, 120);
        Map<String, Long> byArea = current.tasks().stream().collect(Collectors.groupingBy(t -> t.areaCode(), Collectors.counting()));
        assertThat(byArea.keySet()).containsExactlyInAnyOrder("CDDH", "TC", "TTHC", "TCBM", "CV", "TCC", "CPS");
        assertThat(current.plan().title()).contains("Dữ liệu mẫu");
        assertThat(current.tasks()).extracting(t -> t.code()).doesNotHaveDuplicates().contains("I.1", "VII.1");
    }

    @Test
    void everyDeadlineCategoryHasTasksToday() {
        PlanSummary summary = current.summarize(TestClock.TODAY);
        for (DeadlineCategory category : DeadlineCategory.values()) {
            assertThat(summary.overall().count(category)).as(category.name()).isPositive();
        }
        assertThat(summary.overall().percent().doubleValue()).isBetween(30.0, 80.0);
    }

    @Test
    void someUnfinishedTasksHaveNotBeenUpdatedForMonths() {
        long stale = current.states(TestClock.TODAY).stream()
                .filter(s -> !s.isCompleted() && s.lastUpdate() != null && s.lastUpdate().isBefore(TestClock.TODAY.minusDays(60)))
                .count();
        assertThat(stale).isGreaterThanOrEqualTo(3);
    }

    @Test
    void noUpdateIsDatedAfterToday() {
        assertThat(current.updates()).allMatch(u -> !u.asOf().isAfter(TestClock.TODAY));
        assertThat(current.updates()).extracting(ProgressUpdate::enteredBy).doesNotContainNull();
    }

    @Test
    void lastYearsPlanIsAssignedToTheUnitsOfItsDay() {
        Map<Long, Unit> units = previous.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        LocalDate start2025 = LocalDate.of(2025, 1, 1);
        Set<String> leads = previous.tasks().stream().map(t -> units.get(t.leadUnitId())).peek(u -> {
            assertThat(u.existsOn(start2025)).as(u.name() + " existed when the 2025 plan was issued").isTrue();
        }).map(Unit::name).collect(Collectors.toSet());
        assertThat(leads).as("merged departments and districts lead some 2025 tasks")
                .anyMatch(n -> n.equals("Sở Thông tin và Truyền thông") || n.equals("Sở Kế hoạch và Đầu tư"))
                .anyMatch(n -> n.startsWith("UBND huyện") || n.startsWith("UBND thành phố") || n.startsWith("UBND thị xã"));
        assertThat(previous.units()).filteredOn(u -> u.validTo() != null).allMatch(u -> u.kind() == UnitKind.DISTRICT
                || u.successorId() != null);
    }

    @Test
    void thisYearsPlanUsesOnlyUnitsThatExistThisYear() {
        LocalDate start2026 = LocalDate.of(2026, 1, 1);
        Map<Long, Unit> units = current.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        assertThat(current.tasks()).allMatch(t -> units.get(t.leadUnitId()).existsOn(start2026));
        assertThat(current.tasks()).anyMatch(t -> units.get(t.leadUnitId()).kind() == UnitKind.COMMUNE);
    }

    @Test
    void theSameDayGivesTheSameSample(@TempDir Path other) {
        try (AppContext context = AppContext.open(other, TestClock.today(), true)) {
            PlanSnapshot again = context.plans().snapshot(context.plans().planFor(2026));
            assertThat(again.tasks()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "planId", "leadUnitId",
                    "cooperatingUnitIds").isEqualTo(current.tasks());
            assertThat(again.updates()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "taskId")
                    .isEqualTo(current.updates());
            assertThat(again.summarize(TestClock.TODAY).overall()).isEqualTo(current.summarize(TestClock.TODAY).overall());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027, 2030})
    void everyCatalogDeadlineReadsInAnyYear(int year) {
        List<String> unreadable = SampleCatalog.load().tasks().stream()
                .map(t -> t.deadline().replace("{Y}", String.valueOf(year)))
                .filter(d -> DeadlineText.tryParse(d, year).isEmpty())
                .toList();
        assertThat(unreadable).isEmpty();
    }

    @Test
    void theFirstMonthsOfTheYearStillMakeASample(@TempDir Path early) {
        try (AppContext context = AppContext.open(early, TestClock.on(LocalDate.of(2026, 1, 5)), true)) {
            List<Plan> plans = context.plans().plans();
            assertThat(plans).extracting(Plan::year).containsExactly(2026, 2025);
            List<TaskState> states = context.plans().snapshot(plans.get(0)).states(LocalDate.of(2026, 1, 5));
            assertThat(states).isNotEmpty().noneMatch(TaskState::isCompleted);
        }
    }
}

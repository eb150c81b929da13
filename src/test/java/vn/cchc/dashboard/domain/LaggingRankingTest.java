package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LaggingRankingTest {

    static final Plan PLAN = new Plan(1, 2023, "KH 2023", null, null, PlanScope.PROVINCE, "NQ76", false, false);
    static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
    static final Unit XAY_DUNG = new Unit(1, "Sở Xây dựng", null, UnitKind.DEPARTMENT, null, null, null);
    static final Unit CONG_THUONG = new Unit(2, "Sở Công Thương", null, UnitKind.DEPARTMENT, null, null, null);
    static final Unit DAN_TOC = new Unit(3, "Ban Dân tộc", null, UnitKind.BOARD, null, null, null);
    static final Unit Y_TE = new Unit(4, "Sở Y tế", null, UnitKind.DEPARTMENT, null, null, null);
    static final Unit NO_TASKS = new Unit(5, "Sở Ngoại vụ", null, UnitKind.DEPARTMENT, null, null, null);

    static final Indicator ONLINE = IndicatorsTest.ONLINE;
    static final Indicator LATE_RATE = IndicatorsTest.LATE;
    static final ReportPeriod H1 = IndicatorsTest.H1;
    static final ReportPeriod YEAR = new ReportPeriod(2023, ReportPeriod.Kind.YEAR);

    final List<Task> tasks = new ArrayList<>();
    final List<ProgressUpdate> updates = new ArrayList<>();

    /** A task of {@code lead} due 31/3/2023, completed on {@code completedOn} (or never). */
    void task(Unit lead, String completedOn) {
        long id = task(lead, "2023-03-31", false);
        if (completedOn != null) {
            update(id, completedOn, TaskStatus.COMPLETED);
        }
    }

    /** A task due on {@code due}; recurring; or, with neither, one with no fixed deadline ("Khi có yêu cầu"). */
    long task(Unit lead, String due, boolean recurring) {
        long id = tasks.size() + 1;
        String text = recurring ? "Thường xuyên" : due == null ? "Khi có yêu cầu" : due;
        LocalDate date = recurring ? LocalDate.of(2023, 12, 31) : due == null ? null : LocalDate.parse(due);
        tasks.add(new Task(id, 1, "I." + id, "CDDH", "Nhiệm vụ " + id, lead.id(), List.of(), null, null, text, date,
                recurring, (int) id));
        return id;
    }

    void update(long taskId, String day, TaskStatus status) {
        updates.add(new ProgressUpdate(updates.size() + 1L, taskId, LocalDate.parse(day), status,
                status == TaskStatus.COMPLETED ? 100 : 40, null, null, "CV", Instant.parse(day + "T02:00:00Z"), null));
    }

    List<LaggingUnit> rank(LaggingPolicy policy) {
        return LaggingRanking.rank(new PlanSnapshot(PLAN, List.of(), List.of(XAY_DUNG, CONG_THUONG, DAN_TOC, Y_TE, NO_TASKS),
                tasks, updates), AS_OF, policy, 60);
    }

    List<LaggingUnit> rankWith(IndicatorBook book, ReportPeriod period, LocalDate asOf, List<Unit> units) {
        PlanSnapshot snapshot = new PlanSnapshot(PLAN, List.of(), List.of(XAY_DUNG, CONG_THUONG, DAN_TOC, Y_TE), tasks,
                updates);
        return LaggingRanking.rank(new LaggingEvidence(snapshot, units, book, period, false), asOf,
                LaggingPolicy.DEFAULT, 60);
    }

    static String line(LaggingUnit u) {
        return u.unit().name() + (u.lagging() ? " #" + u.rank() + (u.tied() ? "=" : "") + " " + u.score() : "")
                + " " + u.verdict();
    }

    void sampleOfFour() {
        task(XAY_DUNG, null);
        task(XAY_DUNG, null);
        task(CONG_THUONG, "2023-04-10");
        task(CONG_THUONG, "2023-03-20");
        task(DAN_TOC, "2023-04-10");
        task(DAN_TOC, "2023-03-20");
        task(Y_TE, "2023-03-01");
    }

    @Test
    void onlyLaggingUnitsAreRankedTheOthersFollowByName() {
        sampleOfFour();
        List<LaggingUnit> ranking = rank(LaggingPolicy.DEFAULT);
        assertThat(ranking).extracting(LaggingRankingTest::line).containsExactly(
                "Sở Xây dựng #1 6.00 LAGGING", "Ban Dân tộc ON_TRACK", "Sở Công Thương ON_TRACK", "Sở Y tế ON_TRACK");
        LaggingUnit worst = ranking.get(0);
        assertThat(worst.overdue()).isEqualTo(2);
        assertThat(worst.due()).isEqualTo(2);
        assertThat(worst.dueCompleted()).isZero();
        assertThat(worst.stale()).as("never begun: overdue, not 'left without an update'").isZero();
        assertThat(worst.reasons()).extracting(LaggingUnit.Reason::kind)
                .as("the unfinished due tasks are the overdue ones: said once").containsExactly(LaggingUnit.Kind.OVERDUE);
        assertThat(ranking.get(1).reasons()).as("one late task is a reason, not a verdict")
                .extracting(LaggingUnit.Reason::kind).containsExactly(LaggingUnit.Kind.LATE);
        assertThat(ranking).extracting(u -> u.unit().name()).as("a unit that leads no task is not listed on tasks")
                .doesNotContain("Sở Ngoại vụ");
    }

    /** One unit's situation on a fixed day, and the verdict a specialist gives it. */
    static Stream<Arguments> verdicts() {
        return Stream.of(
                Arguments.of("only future tasks, none done", (Scenario) t -> {
                    t.task(XAY_DUNG, "2023-11-30", false);
                    t.task(XAY_DUNG, "2023-09-30", false);
                }, "2023-06-14", LaggingUnit.Verdict.NOT_YET_DUE, 0, 0),
                Arguments.of("future tasks begun and then left silent for months", (Scenario) t -> {
                    t.update(t.task(XAY_DUNG, "2023-11-30", false), "2023-01-20", TaskStatus.IN_PROGRESS);
                    t.update(t.task(XAY_DUNG, "2023-10-31", false), "2023-01-20", TaskStatus.IN_PROGRESS);
                }, "2023-06-14", LaggingUnit.Verdict.NOT_YET_DUE, 0, 0),
                Arguments.of("only recurring tasks, mid-year", (Scenario) t -> {
                    t.update(t.task(XAY_DUNG, null, true), "2023-03-01", TaskStatus.IN_PROGRESS);
                }, "2023-06-14", LaggingUnit.Verdict.NOT_YET_DUE, 0, 0),
                Arguments.of("only recurring tasks, carried out in the year", (Scenario) t -> {
                    long id = t.task(XAY_DUNG, null, true);
                    t.update(id, "2023-06-01", TaskStatus.COMPLETED);
                    t.update(id, "2023-09-01", TaskStatus.IN_PROGRESS);
                }, "2023-12-14", LaggingUnit.Verdict.ON_TRACK, 1, 1),
                Arguments.of("only recurring tasks, never carried out in the year", (Scenario) t -> {
                    t.update(t.task(XAY_DUNG, null, true), "2023-03-01", TaskStatus.IN_PROGRESS);
                }, "2023-12-14", LaggingUnit.Verdict.LAGGING, 1, 0),
                Arguments.of("one overdue task among future ones", (Scenario) t -> {
                    t.task(XAY_DUNG, "2023-03-31", false);
                    t.task(XAY_DUNG, "2023-11-30", false);
                }, "2023-06-14", LaggingUnit.Verdict.LAGGING, 1, 0),
                Arguments.of("everything due done, one finished late", (Scenario) t -> {
                    t.update(t.task(XAY_DUNG, "2023-03-31", false), "2023-04-05", TaskStatus.COMPLETED);
                    t.task(XAY_DUNG, "2023-11-30", false);
                }, "2023-06-14", LaggingUnit.Verdict.ON_TRACK, 1, 1),
                Arguments.of("due work done, two tasks in progress silent for too long", (Scenario) t -> {
                    t.update(t.task(XAY_DUNG, "2023-03-31", false), "2023-03-01", TaskStatus.COMPLETED);
                    t.update(t.task(XAY_DUNG, "2023-11-30", false), "2023-02-01", TaskStatus.IN_PROGRESS);
                    t.update(t.task(XAY_DUNG, "2023-10-31", false), "2023-02-01", TaskStatus.IN_PROGRESS);
                }, "2023-06-14", LaggingUnit.Verdict.LAGGING, 1, 1),
                Arguments.of("only tasks with no fixed deadline, at the year's end", (Scenario) t -> {
                    t.task(XAY_DUNG, null, false);
                    t.update(t.task(XAY_DUNG, null, false), "2023-02-01", TaskStatus.IN_PROGRESS);
                }, "2023-12-31", LaggingUnit.Verdict.NOT_YET_DUE, 0, 0),
                Arguments.of("a task with no fixed deadline beside one overdue", (Scenario) t -> {
                    t.task(XAY_DUNG, null, false);
                    t.task(XAY_DUNG, "2023-03-31", false);
                }, "2023-06-14", LaggingUnit.Verdict.LAGGING, 1, 0),
                Arguments.of("a task done early, nothing due", (Scenario) t -> {
                    t.update(t.task(XAY_DUNG, "2023-11-30", false), "2023-05-01", TaskStatus.COMPLETED);
                }, "2023-06-14", LaggingUnit.Verdict.NOT_YET_DUE, 0, 0));
    }

    interface Scenario {
        void build(LaggingRankingTest t);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verdicts")
    void aUnitIsJudgedOnlyOnWhatWasDue(String situation, Scenario scenario, String asOf, LaggingUnit.Verdict verdict,
                                       int due, int dueCompleted) {
        scenario.build(this);
        LaggingUnit unit = LaggingRanking.rank(new PlanSnapshot(PLAN, List.of(), List.of(XAY_DUNG), tasks, updates),
                LocalDate.parse(asOf), LaggingPolicy.DEFAULT, 60).get(0);
        assertThat(unit.verdict()).isEqualTo(verdict);
        assertThat(unit.due()).isEqualTo(due);
        assertThat(unit.dueCompleted()).isEqualTo(dueCompleted);
        assertThat(unit.rank()).as("only lagging units are ranked").isEqualTo(unit.lagging() ? 1 : 0);
    }

    @Test
    void aUnitWithOverdueTasksRanksAboveAnyUnitWithoutWhateverTheScores() {
        task(Y_TE, null);
        task(XAY_DUNG, "2023-03-01");
        IndicatorBook book = new IndicatorBook(List.of(ONLINE, LATE_RATE), List.of(IndicatorsTest.target(ONLINE, 2023, 90),
                IndicatorsTest.target(LATE_RATE, 2023, 2)), List.of(
                IndicatorsTest.ratio(ONLINE, XAY_DUNG.id(), YEAR, 100, 1000),
                IndicatorsTest.ratio(LATE_RATE, XAY_DUNG.id(), YEAR, 900, 1000)));
        List<LaggingUnit> ranking = rankWith(book, YEAR, LocalDate.of(2023, 12, 14), List.of(XAY_DUNG, Y_TE));
        assertThat(ranking).extracting(LaggingRankingTest::line)
                .containsExactly("Sở Y tế #1 3.00 LAGGING", "Sở Xây dựng #2 33.60 LAGGING");
    }

    @Test
    void theUsersPolicyDecidesTheOrder() {
        sampleOfFour();
        task(XAY_DUNG, "2023-03-30");
        LaggingPolicy lenient = new LaggingPolicy(3, 70, 5, 50, 0, 1, 0, 0, 0);
        assertThat(rank(lenient)).filteredOn(LaggingUnit::lagging)
                .as("two overdue tasks are under a threshold of three, and 1/3 of the due tasks done is within 70 points")
                .isEmpty();
        assertThat(rank(LaggingPolicy.DEFAULT)).filteredOn(LaggingUnit::lagging).extracting(u -> u.unit().name())
                .containsExactly("Sở Xây dựng");
    }

    @Test
    void thesameDataAlwaysGivesTheSameList() {
        sampleOfFour();
        assertThat(rank(LaggingPolicy.DEFAULT)).isEqualTo(rank(LaggingPolicy.DEFAULT));
        assertThat(LaggingRanking.rank(new PlanSnapshot(PLAN, List.of(), List.of(), List.of(), List.of()), AS_OF,
                LaggingPolicy.DEFAULT, 60)).isEmpty();
    }

    @Test
    void percentIsTheUnitsOwnOverTheYearsPlan() {
        sampleOfFour();
        assertThat(rank(LaggingPolicy.DEFAULT).get(0).percent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(rank(LaggingPolicy.DEFAULT).get(3).percent()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void theYearsTargetJudgesTheYearsFiguresNotTheHalfYears() {
        task(Y_TE, "2023-03-01");
        task(XAY_DUNG, "2023-03-01");
        List<IndicatorTarget> targets = List.of(IndicatorsTest.target(ONLINE, 2023, 80),
                IndicatorsTest.target(LATE_RATE, 2023, 2));
        IndicatorBook halfYear = new IndicatorBook(List.of(ONLINE, LATE_RATE), targets, List.of(
                IndicatorsTest.ratio(ONLINE, XAY_DUNG.id(), H1, 412, 1000)));
        assertThat(rankWith(halfYear, H1, LocalDate.of(2023, 6, 14), List.of(XAY_DUNG, Y_TE)))
                .extracting(LaggingRankingTest::line).as("41,20% at six months is not yet judged against the year's 80%")
                .containsExactly("Sở Xây dựng ON_TRACK", "Sở Y tế ON_TRACK");

        IndicatorBook year = new IndicatorBook(List.of(ONLINE, LATE_RATE), targets, List.of(
                IndicatorsTest.ratio(ONLINE, XAY_DUNG.id(), YEAR, 412, 1000),
                IndicatorsTest.ratio(ONLINE, Y_TE.id(), YEAR, 780, 1000),
                IndicatorsTest.ratio(LATE_RATE, Y_TE.id(), YEAR, 90, 1000)));
        List<LaggingUnit> ranking = rankWith(year, YEAR, LocalDate.of(2023, 12, 14), List.of(XAY_DUNG, Y_TE));
        assertThat(ranking).extracting(LaggingRankingTest::line)
                .containsExactly("Sở Xây dựng #1 7.76 LAGGING", "Sở Y tế #2 1.40 LAGGING");
        assertThat(ranking.get(0).reasons()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(LaggingUnit.Kind.INDICATOR_SHORT);
            assertThat(r.indicator()).isEqualTo(ONLINE);
            assertThat(r.value()).isEqualByComparingTo("41.20");
            assertThat(r.reference()).isEqualByComparingTo("80");
        });
        assertThat(ranking.get(1).reasons()).as("78% is a near miss; 9% late against at most 2% is not")
                .extracting(r -> r.indicator().code()).containsExactly("HS_TRE_HAN");
    }

    @Test
    void aUnitWithNoTasksIsJudgedOnItsIndicatorsAlone() {
        task(Y_TE, "2023-03-01");
        IndicatorBook book = new IndicatorBook(List.of(ONLINE), List.of(IndicatorsTest.target(ONLINE, 2023, 80)),
                List.of(IndicatorsTest.ratio(ONLINE, NO_TASKS.id(), YEAR, 500, 1000)));
        List<LaggingUnit> ranking = rankWith(book, YEAR, LocalDate.of(2023, 12, 14), List.of(NO_TASKS, Y_TE));
        assertThat(ranking).extracting(LaggingRankingTest::line)
                .containsExactly("Sở Ngoại vụ #1 6.00 LAGGING", "Sở Y tế ON_TRACK");
        assertThat(ranking.get(0).planned()).isZero();
        assertThat(ranking.get(0).percent()).as("no tasks is no rate, not 0%").isNull();
        assertThat(ranking.get(0).reasons()).extracting(LaggingUnit.Reason::kind)
                .containsExactly(LaggingUnit.Kind.INDICATOR_SHORT);
    }

    @Test
    void aNationalPlanListsOnlyTheUnitsItFollowsThoughUnitsShareTheStore() {
        Unit hungYen = new Unit(11, "UBND tỉnh Hưng Yên", null, UnitKind.PROVINCE, null, null, null);
        Unit tuPhap = new Unit(12, "Bộ Tư pháp", null, UnitKind.MINISTRY, null, null, null);
        Plan ministries = new Plan(2, 2023, "Nhiệm vụ năm 2023 của các bộ", null, null, PlanKind.MINISTRIES, "NQ76",
                false, false);
        task(tuPhap, "2023-03-01");
        IndicatorBook book = new IndicatorBook(List.of(ONLINE), List.of(IndicatorsTest.target(ONLINE, 2023, 80)),
                List.of(IndicatorsTest.ratio(ONLINE, hungYen.id(), YEAR, 500, 1000)));
        PlanSnapshot snapshot = new PlanSnapshot(ministries, List.of(), List.of(tuPhap), tasks, updates);
        List<LaggingUnit> ranking = LaggingRanking.rank(new LaggingEvidence(snapshot, List.of(hungYen, tuPhap), book, YEAR,
                false), LocalDate.of(2023, 12, 14), LaggingPolicy.DEFAULT, 60);
        assertThat(ranking).extracting(u -> u.unit().name()).as("the province's figures belong to the provinces' plan")
                .containsExactly("Bộ Tư pháp");
    }

    @Test
    void indicatorsWithoutATargetForTheYearOrAFigureAreNoEvidence() {
        task(Y_TE, "2023-03-01");
        IndicatorBook book = new IndicatorBook(List.of(ONLINE), List.of(IndicatorsTest.target(ONLINE, 2022, 80)),
                List.of(IndicatorsTest.ratio(ONLINE, Y_TE.id(), YEAR, 100, 1000),
                        IndicatorsTest.ratio(ONLINE, NO_TASKS.id(), YEAR, 0, 0)));
        List<LaggingUnit> ranking = rankWith(book, YEAR, LocalDate.of(2023, 12, 14), List.of(NO_TASKS, Y_TE));
        assertThat(ranking).extracting(LaggingRankingTest::line).as("last year's target does not apply to this year")
                .containsExactly("Sở Y tế ON_TRACK", "Sở Ngoại vụ NOT_YET_DUE");
        assertThat(rankWith(book, null, AS_OF, List.of(NO_TASKS, Y_TE))).extracting(u -> u.unit().name())
                .as("without an indicator period only tasks count").containsExactly("Sở Y tế");
    }

    @Test
    void mergedUnitsAreShownAsTheyWereOrUnderTheirSuccessor() {
        Unit transport = new Unit(6, "Sở Giao thông vận tải", null, UnitKind.DEPARTMENT, null, LocalDate.of(2023, 5, 31),
                XAY_DUNG.id());
        tasks.add(new Task(1, 1, "I.1", "CDDH", "Nhiệm vụ 1", transport.id(), List.of(), null, null, "31/3/2023",
                LocalDate.of(2023, 3, 31), false, 1));
        task(XAY_DUNG, null);
        PlanSnapshot snapshot = new PlanSnapshot(PLAN, List.of(), List.of(transport, XAY_DUNG), tasks, updates);
        List<Unit> units = List.of(transport, XAY_DUNG);
        List<LaggingUnit> history = LaggingRanking.rank(new LaggingEvidence(snapshot, units, null, null, false), AS_OF,
                LaggingPolicy.DEFAULT, 60);
        List<LaggingUnit> today = LaggingRanking.rank(new LaggingEvidence(snapshot, units, null, null, true), AS_OF,
                LaggingPolicy.DEFAULT, 60);
        assertThat(history).extracting(u -> u.unit().name() + " " + u.overdue())
                .containsExactly("Sở Giao thông vận tải 1", "Sở Xây dựng 1");
        assertThat(today).extracting(u -> u.unit().name() + " " + u.overdue() + "/" + u.planned())
                .containsExactly("Sở Xây dựng 2/2");
    }
}

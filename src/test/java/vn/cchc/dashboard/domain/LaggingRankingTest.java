package vn.cchc.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaggingRankingTest {

    static final Plan PLAN = new Plan(1, 2023, "KH 2023", null, null, PlanScope.PROVINCE, "NQ76", false, false);
    static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
    static final Unit XAY_DUNG = new Unit(1, "Sở Xây dựng", null, UnitKind.DEPARTMENT, null, null, null);
    static final Unit CONG_THUONG = new Unit(2, "Sở Công Thương", null, UnitKind.DEPARTMENT, null, null, null);
    static final Unit DAN_TOC = new Unit(3, "Ban Dân tộc", null, UnitKind.BOARD, null, null, null);
    static final Unit Y_TE = new Unit(4, "Sở Y tế", null, UnitKind.DEPARTMENT, null, null, null);
    static final Unit NO_TASKS = new Unit(5, "Sở Ngoại vụ", null, UnitKind.DEPARTMENT, null, null, null);

    final List<Task> tasks = new ArrayList<>();
    final List<ProgressUpdate> updates = new ArrayList<>();

    void task(Unit lead, String completedOn) {
        long id = tasks.size() + 1;
        tasks.add(new Task(id, 1, "I." + id, "CDDH", "Nhiệm vụ " + id, lead.id(), List.of(), null, null, "31/3/2023",
                LocalDate.of(2023, 3, 31), false, (int) id));
        if (completedOn != null) {
            updates.add(new ProgressUpdate(id * 10, id, LocalDate.parse(completedOn), TaskStatus.COMPLETED, 100, null, null,
                    "CV", Instant.parse(completedOn + "T02:00:00Z"), null));
        }
    }

    List<LaggingUnit> rank(LaggingPolicy policy) {
        return LaggingRanking.rank(new PlanSnapshot(PLAN, List.of(), List.of(XAY_DUNG, CONG_THUONG, DAN_TOC, Y_TE, NO_TASKS),
                tasks, updates), AS_OF, policy, 60);
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
    void overdueUnitsComeFirstAndTiesShareARankInVietnameseOrder() {
        sampleOfFour();
        List<LaggingUnit> ranking = rank(LaggingPolicy.DEFAULT);
        assertThat(ranking).extracting(u -> u.unit().name() + " #" + u.rank() + (u.tied() ? "=" : "") + " " + u.score())
                .containsExactly("Sở Xây dựng #1 22.29", "Ban Dân tộc #2= 1.00", "Sở Công Thương #2= 1.00", "Sở Y tế #4 0.00");
        LaggingUnit worst = ranking.get(0);
        assertThat(worst.lagging()).isTrue();
        assertThat(worst.overdue()).isEqualTo(2);
        assertThat(worst.stale()).isEqualTo(2);
        assertThat(worst.reasons()).extracting(LaggingUnit.Reason::kind)
                .containsExactly(LaggingUnit.Kind.OVERDUE, LaggingUnit.Kind.RATE_BELOW_PLAN, LaggingUnit.Kind.STALE);
        assertThat(ranking.get(1).lagging()).as("one late task is a reason, not a verdict").isFalse();
        assertThat(ranking.get(1).reasons()).extracting(LaggingUnit.Reason::kind).containsExactly(LaggingUnit.Kind.LATE);
        assertThat(ranking).extracting(u -> u.unit().name()).as("a unit that leads no task is not ranked on tasks")
                .doesNotContain("Sở Ngoại vụ");
    }

    @Test
    void theUsersPolicyDecidesTheOrder() {
        sampleOfFour();
        LaggingPolicy onlyLateCounts = new LaggingPolicy(2, 90, 5, 50, 0, 1, 0, 0, 0);
        List<LaggingUnit> ranking = rank(onlyLateCounts);
        assertThat(ranking.get(0).unit().name()).isEqualTo("Ban Dân tộc");
        assertThat(ranking).filteredOn(LaggingUnit::lagging).extracting(u -> u.unit().name()).containsExactly("Sở Xây dựng");
    }

    @Test
    void thesameDataAlwaysGivesTheSameList() {
        sampleOfFour();
        assertThat(rank(LaggingPolicy.DEFAULT)).isEqualTo(rank(LaggingPolicy.DEFAULT));
        assertThat(LaggingRanking.rank(new PlanSnapshot(PLAN, List.of(), List.of(), List.of(), List.of()), AS_OF,
                LaggingPolicy.DEFAULT, 60)).isEmpty();
    }

    @Test
    void percentIsTheUnitsOwn() {
        sampleOfFour();
        assertThat(rank(LaggingPolicy.DEFAULT).get(0).percent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(rank(LaggingPolicy.DEFAULT).get(3).percent()).isEqualTo(new BigDecimal("100.00"));
    }

    static final Indicator ONLINE = IndicatorsTest.ONLINE;
    static final Indicator LATE_RATE = IndicatorsTest.LATE;
    static final ReportPeriod H1 = IndicatorsTest.H1;

    List<LaggingUnit> rankWith(IndicatorBook book, ReportPeriod period, boolean rolledUp, List<Unit> units) {
        PlanSnapshot snapshot = new PlanSnapshot(PLAN, List.of(), List.of(XAY_DUNG, CONG_THUONG, DAN_TOC, Y_TE), tasks,
                updates);
        return LaggingRanking.rank(new LaggingEvidence(snapshot, units, book, period, rolledUp), AS_OF,
                LaggingPolicy.DEFAULT, 60);
    }

    static String line(LaggingUnit u) {
        return u.unit().name() + " #" + u.rank() + (u.tied() ? "=" : "") + " " + u.score() + (u.lagging() ? " chậm" : "");
    }

    @Test
    void anIndicatorClearlyShortOfItsTargetIsEvidenceAndAReason() {
        task(Y_TE, "2023-03-01");
        task(XAY_DUNG, "2023-03-01");
        IndicatorBook book = new IndicatorBook(List.of(ONLINE, LATE_RATE),
                List.of(IndicatorsTest.target(ONLINE, 2023, 80), IndicatorsTest.target(LATE_RATE, 2023, 2)), List.of(
                IndicatorsTest.ratio(ONLINE, XAY_DUNG.id(), H1, 412, 1000),
                IndicatorsTest.ratio(ONLINE, Y_TE.id(), H1, 780, 1000),
                IndicatorsTest.ratio(LATE_RATE, Y_TE.id(), H1, 90, 1000)));
        List<LaggingUnit> ranking = rankWith(book, H1, false, List.of(XAY_DUNG, Y_TE));
        assertThat(ranking).extracting(LaggingRankingTest::line)
                .containsExactly("Sở Xây dựng #1 7.76 chậm", "Sở Y tế #2 1.40 chậm");
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
    void aUnitWithNoTasksIsRankedOnItsIndicatorsAlone() {
        task(Y_TE, "2023-03-01");
        IndicatorBook book = new IndicatorBook(List.of(ONLINE), List.of(IndicatorsTest.target(ONLINE, 2023, 80)),
                List.of(IndicatorsTest.ratio(ONLINE, NO_TASKS.id(), H1, 500, 1000)));
        List<LaggingUnit> ranking = rankWith(book, H1, false, List.of(NO_TASKS, Y_TE));
        assertThat(ranking).extracting(LaggingRankingTest::line).containsExactly("Sở Ngoại vụ #1 6.00 chậm", "Sở Y tế #2 0.00");
        assertThat(ranking.get(0).planned()).isZero();
        assertThat(ranking.get(0).percent()).as("no tasks is no rate, not 0%").isNull();
        assertThat(ranking.get(0).reasons()).extracting(LaggingUnit.Reason::kind)
                .containsExactly(LaggingUnit.Kind.INDICATOR_SHORT);
    }

    @Test
    void indicatorsWithoutATargetOrAFigureAreNoEvidence() {
        task(Y_TE, "2023-03-01");
        IndicatorBook book = new IndicatorBook(List.of(ONLINE), List.of(IndicatorsTest.target(ONLINE, 2022, 80)),
                List.of(IndicatorsTest.ratio(ONLINE, Y_TE.id(), H1, 100, 1000),
                        IndicatorsTest.ratio(ONLINE, NO_TASKS.id(), H1, 0, 0)));
        List<LaggingUnit> ranking = rankWith(book, H1, false, List.of(NO_TASKS, Y_TE));
        assertThat(ranking).extracting(LaggingRankingTest::line).as("last year's target does not apply to this year")
                .containsExactly("Sở Ngoại vụ #1= 0.00", "Sở Y tế #1= 0.00");
        assertThat(rankWith(book, null, false, List.of(NO_TASKS, Y_TE))).extracting(u -> u.unit().name())
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

package vn.cchc.dashboard.domain.unitindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The index worked out on paper first. The set: area 1 (1.1 max 2; 1.2 max 3), area 2 (2.1 with 2.1.1 max 2 and
 * 2.1.2 max 3), area 3 (3.1 max 10): 20 points.
 * <ul>
 *   <li>Sở A, exempt from 2.1.2 (no administrative procedures): max 17; 2 + 2,5 + 1 + 7,25 = 12,75 → 75,00.</li>
 *   <li>Sở B, appraised down on 3.1 from 9 to 7,5: 1,5 + 3 + 2 + 1 + 7,5 = 15 / 20 → 75,00 (tied with A).</li>
 *   <li>Sở C, exempt from the whole area 2: max 15; 2 + 3 + 8 = 13 → 86,67 (13 / 15 = 0,866666…).</li>
 *   <li>Sở D, 3.1 not yet scored: 1 + 1 + 1 + 1 = 4 / 20 → 20,00, with 3.1 missing.</li>
 * </ul>
 */
class UnitIndexCalculatorTest {

    static final CriteriaSet SET = new CriteriaSet(2026, IndexGroup.DEPARTMENTS, List.of(
            line("1", null, 5), line("1.1", "1", 2), line("1.2", "1", 3),
            line("2", null, 5), line("2.1", "2", 5), line("2.1.1", "2.1", 2), line("2.1.2", "2.1", 3),
            line("3", null, 10), line("3.1", "3", 10)));

    static Criterion line(String code, String parent, double max) {
        return new Criterion(code, parent, "Tiêu chí " + code, BigDecimal.valueOf(max), "", 0);
    }

    static UnitAssessment unit(long id, String name, Set<String> exempt, String... scores) {
        Map<String, Score> map = new HashMap<>();
        for (String s : scores) {
            String[] parts = s.split("=");
            String[] values = parts[1].split(">");
            BigDecimal self = new BigDecimal(values[0]);
            BigDecimal appraised = values.length > 1 ? new BigDecimal(values[1]) : null;
            map.put(parts[0], new Score(parts[0], self, "QĐ số 1", null, appraised, appraised == null ? null : "Thiếu", null));
        }
        return new UnitAssessment(id, name, exempt, map);
    }

    static final UnitAssessment A = unit(1, "Sở A", Set.of("2.1.2"), "1.1=2", "1.2=2.5", "2.1.1=1", "3.1=7.25");
    static final UnitAssessment B = unit(2, "Sở B", Set.of(), "1.1=1.5", "1.2=3", "2.1.1=2", "2.1.2=1", "3.1=9>7.5");
    static final UnitAssessment C = unit(3, "Sở C", Set.of("2"), "1.1=2", "1.2=3", "3.1=8", "2.1.1=2");
    static final UnitAssessment D = unit(4, "Sở D", Set.of(), "1.1=1", "1.2=1", "2.1.1=1", "2.1.2=1");

    @Test
    void theIndexIsThePointsOverTheApplicableMaximumAsWorkedOutOnPaper() {
        UnitIndexResult a = UnitIndexCalculator.compute(SET, A);
        assertThat(a.applicableMax()).isEqualByComparingTo("17");
        assertThat(a.points()).isEqualByComparingTo("12.75");
        assertThat(a.index()).isEqualByComparingTo("75.00");
        UnitIndexResult b = UnitIndexCalculator.compute(SET, B);
        assertThat(b.points()).as("the appraised score counts").isEqualByComparingTo("15");
        assertThat(b.index()).isEqualByComparingTo("75.00");
        UnitIndexResult c = UnitIndexCalculator.compute(SET, C);
        assertThat(c.applicableMax()).as("an exempt area takes its lines with it").isEqualByComparingTo("15");
        assertThat(c.points()).as("a score on an exempt line does not count").isEqualByComparingTo("13");
        assertThat(c.index()).isEqualByComparingTo("86.67");
        UnitIndexResult d = UnitIndexCalculator.compute(SET, D);
        assertThat(d.index()).isEqualByComparingTo("20.00");
        assertThat(d.missing()).containsExactly("3.1");
        assertThat(d.complete()).isFalse();
    }

    @Test
    void theAreaWhereAUnitLostMostComesFirst() {
        UnitIndexResult a = UnitIndexCalculator.compute(SET, A);
        assertThat(a.losses()).extracting(UnitIndexResult.AreaLoss::areaCode).containsExactly("3", "2", "1");
        assertThat(a.losses().get(0).lost()).isEqualByComparingTo("2.75");
        assertThat(a.losses().get(1).max()).isEqualByComparingTo("2");
    }

    @Test
    void unitsWithTheSameAnnouncedIndexShareARankAndTheNextRankSkips() {
        List<IndexRanking.Ranked> ranked = IndexRanking.rank(List.of(UnitIndexCalculator.compute(SET, D),
                UnitIndexCalculator.compute(SET, B), UnitIndexCalculator.compute(SET, A), UnitIndexCalculator.compute(SET, C)));
        assertThat(ranked).extracting(r -> r.result().unitName() + " " + r.rank() + (r.tied() ? "=" : ""))
                .containsExactly("Sở C 1", "Sở A 2=", "Sở B 2=", "Sở D 4");
    }

    @Test
    void aUnitWithNoScoreYetHasNoIndexRatherThanZero() {
        UnitIndexResult none = UnitIndexCalculator.compute(SET, unit(6, "Sở F", Set.of()));
        assertThat(none.index()).isNull();
        assertThat(none.missing()).hasSize(5);
    }

    @Test
    void aUnitNothingAppliesToIsListedLastUnranked() {
        UnitAssessment none = unit(5, "Sở E", Set.of("1", "2", "3"));
        List<IndexRanking.Ranked> ranked = IndexRanking.rank(List.of(UnitIndexCalculator.compute(SET, none),
                UnitIndexCalculator.compute(SET, D)));
        assertThat(ranked.get(1).result().unitName()).isEqualTo("Sở E");
        assertThat(ranked.get(1).rank()).isZero();
        assertThat(ranked.get(1).result().index()).isNull();
    }
}

package vn.cchc.dashboard.domain.unitindex;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.dashboard.domain.unitindex.UnitIndexCalculatorTest.A;
import static vn.cchc.dashboard.domain.unitindex.UnitIndexCalculatorTest.B;
import static vn.cchc.dashboard.domain.unitindex.UnitIndexCalculatorTest.C;
import static vn.cchc.dashboard.domain.unitindex.UnitIndexCalculatorTest.D;
import static vn.cchc.dashboard.domain.unitindex.UnitIndexCalculatorTest.SET;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the lagging list and the reports may cite of a unit's reform index: only a year whose group is fully scored,
 * each unit's index and rank among those ranked, a shared rank said so; a half-scored year cites nothing.
 */
class UnitStandingTest {

    static Stream<Arguments> groups() {
        UnitAssessment nothingApplies = new UnitAssessment(5, "Sở E", Set.of("1", "2", "3"), Map.of());
        return Stream.of(
                // C 13/15 = 86,67 first; A 12,75/17 and B 15/20 both 75,00: one rank, shared.
                Arguments.of("fully scored", List.of(A, B, C), Map.of(3L, "86.67 1 of 3", 1L, "75.00 2= of 3",
                        2L, "75.00 2= of 3")),
                Arguments.of("a unit with a line unscored", List.of(A, B, C, D), Map.of()),
                Arguments.of("a unit nothing applies to is not ranked", List.of(A, C, nothingApplies),
                        Map.of(3L, "86.67 1 of 2", 1L, "75.00 2 of 2")),
                Arguments.of("no unit", List.of(), Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void onlyAFullyScoredGroupIsCited(String what, List<UnitAssessment> units, Map<Long, String> expected) {
        List<IndexRanking.Ranked> ranking = IndexRanking.rank(units.stream()
                .map(u -> UnitIndexCalculator.compute(SET, u)).toList());

        Map<Long, UnitStanding> standings = UnitStanding.of(2025, IndexGroup.DEPARTMENTS, ranking, true);

        assertThat(standings).hasSize(expected.size());
        expected.forEach((id, said) -> {
            UnitStanding s = standings.get(id);
            assertThat(s.index().toPlainString() + " " + s.rank() + (s.tied() ? "=" : "") + " of " + s.ranked())
                    .isEqualTo(said);
            assertThat(s.year()).isEqualTo(2025);
            assertThat(s.announced()).isTrue();
        });
    }
}

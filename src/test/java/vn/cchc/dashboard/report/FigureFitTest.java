package vn.cchc.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A figure shrinks to the space left on a page, down to 60% of its height, before it moves to the next page. */
class FigureFitTest {

    @ParameterizedTest(name = "{0} high with {1} around in {2} left: drawn at {3}")
    @CsvSource({
            "255, 45, 600, 1",      // fits
            "255, 45, 300, 1",      // fits exactly
            "255, 45, 250, 0.8039", // a few lines short: shrunk
            "255, 45, 198, 0.6",    // the least it shrinks to
            "255, 45, 197, 0",      // less than that: next page
            "255, 45, 30, 0"})
    void aFigureShrinksToTheSpaceLeftDownToSixtyPercent(double full, double around, double remaining,
                                                        double expected) {
        assertThat(FigureFit.scale(full, around, remaining)).isCloseTo(expected, within(0.001));
    }

    @ParameterizedTest(name = "with {0} left on a 729-point page")
    @CsvSource({"0", "100", "197", "243", "298"})
    void aFigureMovedToTheNextPageLeavesLessThanAThirdOfThePageBlank(double remaining) {
        double full = 255;
        double around = 45;
        if (FigureFit.scale(full, around, remaining) == 0) {
            assertThat(remaining).isLessThan(729 / 3.0);
        }
    }
}

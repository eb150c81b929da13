package vn.cchc.dashboard.domain.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rank, gaps and the year before, on small fixed tables whose answers can be checked by hand. */
class StandingTest {

    private static final List<String> AREAS = List.of("Cải cách thể chế", "Cải cách thủ tục hành chính");

    /** "Name:total:area1:area2", an empty area for a blank cell. */
    static NationalResults results(int year, String... rows) {
        List<ProvinceScore> provinces = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split(":", -1);
            List<BigDecimal> areas = Arrays.stream(cells).skip(2).map(c -> c.isEmpty() ? null : new BigDecimal(c)).toList();
            provinces.add(new ProvinceScore(cells[0], new BigDecimal(cells[1]), new ArrayList<>(areas)));
        }
        return new NationalResults(IndexKind.PAR_INDEX, year, AREAS, provinces, "par-" + year + ".xlsx",
                Instant.parse(year + 1 + "-05-12T02:00:00Z"), "Chuyên viên");
    }

    static final NationalResults Y2024 = results(2024,
            "Hải Phòng:92.98:95.00:90.00",
            "Quảng Ninh:91.50:96.50:88.00",
            "Hưng Yên:88.41:90.00:91.00",
            "Bắc Ninh:88.41:85.00:",
            "Thái Bình:85.20:80.00:92.00");
    static final NationalResults Y2023 = results(2023,
            "Hải Phòng:91.81:94.00:89.00",
            "Quảng Ninh:92.10:95.00:90.00",
            "Bắc Ninh:88.00:86.00:87.00",
            "Thái Bình:87.90:82.00:91.50",
            "Hưng Yên:87.10:89.00:90.20");

    static Stream<Arguments> ranks() {
        return Stream.of(
                Arguments.of("Hải Phòng", 1),
                Arguments.of("Quảng Ninh", 2),
                Arguments.of("Hưng Yên", 3),
                Arguments.of("Bắc Ninh", 3),
                Arguments.of("Thái Bình", 5));
    }

    @ParameterizedTest(name = "{0} ranks {1}")
    @MethodSource("ranks")
    void provincesWithTheSameTotalShareARankAndTheNextRankSkips(String province, int rank) {
        assertThat(Y2024.find(province)).get().extracting(NationalResults.Ranked::rank).isEqualTo(rank);
    }

    @Test
    void tiedProvincesAreListedInVietnameseAlphabeticalOrder() {
        assertThat(Y2024.ranked()).extracting(NationalResults.Ranked::province)
                .containsExactly("Hải Phòng", "Quảng Ninh", "Bắc Ninh", "Hưng Yên", "Thái Bình");
    }

    @Test
    void theAverageIsTheMeanOfTheTotalsRoundedHalfUp() {
        // (92,98 + 91,50 + 88,41 + 88,41 + 85,20) / 5 = 89,30
        assertThat(Y2024.average()).isEqualByComparingTo("89.30");
        // 86,965 is rounded up, as the reports round every percentage
        assertThat(results(2023, "A:86.96:1:1", "B:86.97:1:1").average()).isEqualByComparingTo("86.97");
    }

    @Test
    void theStandingGivesRankAndGapsToTheAverageAndTheBest() {
        Standing s = Standing.of(Y2024, null, "Hưng Yên").orElseThrow();

        assertThat(s.rank()).isEqualTo(3);
        assertThat(s.count()).isEqualTo(5);
        assertThat(s.total()).isEqualByComparingTo("88.41");
        assertThat(s.gapToAverage()).isEqualByComparingTo("-0.89");
        assertThat(s.best()).isEqualByComparingTo("92.98");
        assertThat(s.gapToBest()).isEqualByComparingTo("4.57");
        assertThat(s.leaders()).extracting(NationalResults.Ranked::province).containsExactly("Hải Phòng");
        assertThat(s.leads()).isFalse();
        assertThat(s.placesGained()).isEmpty();
        assertThat(s.pointsGained()).isEmpty();
    }

    static Stream<Arguments> components() {
        // name, score, average, best, leader, gap to average, gap to best
        return Stream.of(
                Arguments.of(0, "90.00", "89.30", "96.50", "Quảng Ninh", "0.70", "6.50"),
                // Bắc Ninh left it blank: the average is over the four that have it, never counting a blank as 0
                Arguments.of(1, "91.00", "90.25", "92.00", "Thái Bình", "0.75", "1.00"));
    }

    @ParameterizedTest(name = "component {0}")
    @MethodSource("components")
    void eachComponentHasItsScoreAverageBestAndGaps(int index, String score, String average, String best,
                                                     String leader, String gapToAverage, String gapToBest) {
        Standing.ComponentStanding c = Standing.of(Y2024, null, "Hưng Yên").orElseThrow().components().get(index);

        assertThat(c.name()).isEqualTo(AREAS.get(index));
        assertThat(c.score()).isEqualByComparingTo(score);
        assertThat(c.average()).isEqualByComparingTo(average);
        assertThat(c.best()).isEqualByComparingTo(best);
        assertThat(c.leaders()).containsExactly(leader);
        assertThat(c.gapToAverage()).isEqualByComparingTo(gapToAverage);
        assertThat(c.gapToBest()).isEqualByComparingTo(gapToBest);
    }

    @Test
    void aBlankComponentHasNoGapRatherThanAGapFromZero() {
        Standing.ComponentStanding blank = Standing.of(Y2024, null, "Bắc Ninh").orElseThrow().components().get(1);

        assertThat(blank.score()).isNull();
        assertThat(blank.gapToAverage()).isNull();
        assertThat(blank.gapToBest()).isNull();
    }

    static Stream<Arguments> yearOverYear() {
        // province, places gained, points gained
        return Stream.of(
                Arguments.of("Hưng Yên", 2, "1.31"),     // 5th of 5 → 3rd of 5
                Arguments.of("Quảng Ninh", -1, "-0.60"), // 1st → 2nd
                Arguments.of("Hải Phòng", 1, "1.17"),
                Arguments.of("Bắc Ninh", 0, "0.41"));     // 3rd → 3rd (tied)
    }

    @ParameterizedTest(name = "{0}: {1} places, {2} points")
    @MethodSource("yearOverYear")
    void theYearBeforeGivesPlacesAndPointsGained(String province, int places, String points) {
        Standing s = Standing.of(Y2024, Y2023, province).orElseThrow();

        assertThat(s.placesGained()).contains(places);
        assertThat(s.pointsGained()).get().satisfies(p -> assertThat(p).isEqualByComparingTo(points));
        assertThat(s.previous().year()).isEqualTo(2023);
    }

    @Test
    void componentsAreComparedWithTheSameNamedComponentOfTheYearBefore() {
        Standing s = Standing.of(Y2024, Y2023, "Hưng Yên").orElseThrow();

        assertThat(s.components().get(0).previousScore()).isEqualByComparingTo("89.00");
        assertThat(s.components().get(0).change()).isEqualByComparingTo("1.00");
        assertThat(s.components().get(1).change()).isEqualByComparingTo("0.80");
    }

    @Test
    void ranksAmongADifferentNumberOfProvincesAreNotComparedInPlaces() {
        // After the mergers of 1/7/2025: 34 provinces, not 63. "Up two places" between 3/5 and 1/3 means nothing.
        NationalResults merged = results(2025, "Hưng Yên:90.10:91:92", "Hải Phòng:89.00:90:90", "Quảng Ninh:88.50:90:90");
        Standing s = Standing.of(merged, Y2024, "Hưng Yên").orElseThrow();

        assertThat(s.placesGained()).isEmpty();
        assertThat(s.previous().rank()).isEqualTo(3);
        assertThat(s.previous().count()).isEqualTo(5);
        assertThat(s.pointsGained()).get().satisfies(p -> assertThat(p).isEqualByComparingTo("1.69"));
    }

    @Test
    void aProvinceIsFoundWhateverPrefixCaseOrUnicodeFormTheNameHas() {
        assertThat(Standing.of(Y2024, null, "tỉnh HƯNG YÊN")).isPresent();
        assertThat(Standing.of(Y2024, null, java.text.Normalizer.normalize("Hưng Yên", java.text.Normalizer.Form.NFD)))
                .isPresent();
        assertThat(Standing.of(Y2024, null, "Minh Giang")).isEmpty();
        assertThat(Standing.of(Y2024, null, "")).isEmpty();
    }

    @Test
    void aLeaderTiedWithAnotherLeadsToo() {
        NationalResults tied = results(2024, "Hải Phòng:92.98:1:1", "Quảng Ninh:92.98:1:1", "Hưng Yên:80:1:1");
        Standing s = Standing.of(tied, null, "Quảng Ninh").orElseThrow();

        assertThat(s.leads()).isTrue();
        assertThat(s.gapToBest()).isEqualByComparingTo("0");
        assertThat(s.leaders()).extracting(NationalResults.Ranked::province).containsExactly("Hải Phòng", "Quảng Ninh");
    }
}

package vn.cchc.dashboard.domain.national;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one province stands in one year's results: its rank, its gap to the national average and to the best, on
 * the total and on each component, and what changed since the year before when that year was imported too.
 *
 * @param results   the whole year's results (the ranking chart draws them all)
 * @param province  the province's place in them
 * @param leaders   the provinces ranked first (the province itself among them when it leads)
 * @param previous  the year before, or null when it was not imported or the province is not in it
 */
public record Standing(NationalResults results, NationalResults.Ranked province, BigDecimal average,
                       List<NationalResults.Ranked> leaders, List<ComponentStanding> components, Previous previous) {

    /**
     * The province on one component.
     *
     * @param score         null when the file left it blank for the province
     * @param previousScore the same component's score the year before (matched by name), or null
     */
    public record ComponentStanding(String name, BigDecimal score, BigDecimal average, BigDecimal best,
                                    List<String> leaders, BigDecimal previousScore) {

        public ComponentStanding {
            leaders = List.copyOf(leaders);
        }

        /** Points above (positive) or below (negative) the national average; null without a score. */
        public BigDecimal gapToAverage() {
            return score == null || average == null ? null : score.subtract(average);
        }

        /** Points short of the best province (0 for the best itself); null without a score. */
        public BigDecimal gapToBest() {
            return score == null || best == null ? null : best.subtract(score);
        }

        /** Points gained (positive) or lost since the year before; null when either year lacks it. */
        public BigDecimal change() {
            return score == null || previousScore == null ? null : score.subtract(previousScore);
        }
    }

    /** The province the year before: its rank among how many, and its total. */
    public record Previous(int year, int rank, int count, BigDecimal total) {
    }

    public Standing {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(province, "province");
        leaders = List.copyOf(leaders);
        components = List.copyOf(components);
    }

    /**
     * The province's standing in {@code results}, compared with {@code previousYear} (null when not imported);
     * empty when the results have no province of that name.
     */
    public static Optional<Standing> of(NationalResults results, NationalResults previousYear, String provinceName) {
        Optional<NationalResults.Ranked> found = results.find(provinceName);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NationalResults.Ranked province = found.get();
        Previous previous = previousYear == null ? null : previousYear.find(provinceName)
                .map(p -> new Previous(previousYear.year(), p.rank(), previousYear.count(), p.score().total()))
                .orElse(null);
        List<ComponentStanding> components = new ArrayList<>();
        for (int i = 0; i < results.components().size(); i++) {
            String name = results.components().get(i);
            List<NationalResults.Ranked> best = results.leadersOn(i);
            components.add(new ComponentStanding(name, province.score().component(i), results.averageOf(i),
                    best.isEmpty() ? null : best.get(0).score().component(i),
                    best.stream().map(NationalResults.Ranked::province).toList(),
                    previousScore(previousYear, provinceName, name)));
        }
        return Optional.of(new Standing(results, province, results.average(), results.leaders(), components, previous));
    }

    private static BigDecimal previousScore(NationalResults previousYear, String provinceName, String component) {
        if (previousYear == null) {
            return null;
        }
        int index = previousYear.componentIndex(component);
        return index < 0 ? null : previousYear.find(provinceName).map(p -> p.score().component(index)).orElse(null);
    }

    public int rank() {
        return province.rank();
    }

    public int count() {
        return results.count();
    }

    public BigDecimal total() {
        return province.score().total();
    }

    /** The best total (the leaders'). */
    public BigDecimal best() {
        return leaders.get(0).score().total();
    }

    /** Points above (positive) or below (negative) the national average. */
    public BigDecimal gapToAverage() {
        return total().subtract(average);
    }

    /** Points short of the best province; 0 for a leader. */
    public BigDecimal gapToBest() {
        return best().subtract(total());
    }

    /** True when the province itself ranks first (alone or tied). */
    public boolean leads() {
        return province.rank() == 1;
    }

    /**
     * Places gained since the year before (positive: up, negative: down), or empty when there is no year before, or
     * when the two years ranked a different number of provinces (63 before the mergers of 7/2025, 34 after):
     * "up 3 places" between 12/63 and 9/34 would mean nothing.
     */
    public Optional<Integer> placesGained() {
        return previous == null || previous.count() != count() ? Optional.empty()
                : Optional.of(previous.rank() - province.rank());
    }

    /** Points gained (positive) or lost since the year before, or empty without one. */
    public Optional<BigDecimal> pointsGained() {
        return previous == null ? Optional.empty() : Optional.of(total().subtract(previous.total()));
    }
}

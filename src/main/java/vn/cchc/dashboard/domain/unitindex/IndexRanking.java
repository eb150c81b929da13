package vn.cchc.dashboard.domain.unitindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.cchc.dashboard.domain.Text;

/**
 * The units of a group in the order the province announces them: by index as announced (two decimals), highest first;
 * units with the same announced index share a rank ("đồng hạng") and the next rank skips (1, 2, 2, 4); within a tie,
 * Vietnamese alphabetical order. A unit without an index (nothing applies to it) is listed last, unranked. Pure.
 */
public final class IndexRanking {

    /** A unit's place: its rank (0 when unranked) and whether it shares it. */
    public record Ranked(UnitIndexResult result, int rank, boolean tied) {
    }

    private IndexRanking() {
    }

    public static List<Ranked> rank(List<UnitIndexResult> results) {
        Comparator<String> vietnamese = Text.vietnameseOrder();
        List<UnitIndexResult> ordered = results.stream().sorted(Comparator
                .comparing((UnitIndexResult r) -> r.index() == null)
                .thenComparing(UnitIndexResult::index, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(UnitIndexResult::unitName, vietnamese)).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            UnitIndexResult r = ordered.get(i);
            if (r.index() == null) {
                ranked.add(new Ranked(r, 0, false));
                continue;
            }
            int rank = i > 0 && sameIndex(ordered.get(i - 1), r) ? ranked.get(i - 1).rank() : i + 1;
            boolean tied = i > 0 && sameIndex(ordered.get(i - 1), r)
                    || i + 1 < ordered.size() && sameIndex(ordered.get(i + 1), r);
            ranked.add(new Ranked(r, rank, tied));
        }
        return ranked;
    }

    /**
     * The group's average: the mean of the announced indices of the units that have one, two decimals half up; null
     * when none has.
     */
    public static BigDecimal average(List<Ranked> ranking) {
        List<BigDecimal> indices = ranking.stream().map(r -> r.result().index()).filter(java.util.Objects::nonNull).toList();
        return indices.isEmpty() ? null : indices.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(indices.size()), 2, RoundingMode.HALF_UP);
    }

    private static boolean sameIndex(UnitIndexResult a, UnitIndexResult b) {
        return a.index() != null && b.index() != null && a.index().compareTo(b.index()) == 0;
    }
}

package vn.cchc.dashboard.domain.unitindex;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a unit stood in a year's reform index of its group, as the lagging list and the reports cite it: its index,
 * its rank (shared or not) among the units ranked. Only results that could be announced are cited — every unit of the
 * group with every applicable line scored — so a citation never rests on a half-scored year.
 *
 * @param ranked    how many units of the group have a rank
 * @param announced true once the year's results of the group are locked; otherwise the citation says "tạm tính"
 */
public record UnitStanding(int year, IndexGroup group, BigDecimal index, int rank, boolean tied, int ranked,
                           boolean announced) {

    /** The standings of every ranked unit of one year's group; empty while any unit still lacks a score. */
    public static Map<Long, UnitStanding> of(int year, IndexGroup group, List<IndexRanking.Ranked> ranking,
                                             boolean announced) {
        boolean complete = ranking.stream().map(IndexRanking.Ranked::result)
                .allMatch(r -> r.complete() && (r.index() != null || r.applicableMax().signum() == 0));
        if (!complete) {
            return Map.of();
        }
        int ranked = (int) ranking.stream().filter(r -> r.rank() > 0).count();
        Map<Long, UnitStanding> standings = new HashMap<>();
        for (IndexRanking.Ranked r : ranking) {
            if (r.rank() > 0) {
                standings.put(r.result().unitId(), new UnitStanding(year, group, r.result().index(), r.rank(), r.tied(),
                        ranked, announced));
            }
        }
        return standings;
    }
}

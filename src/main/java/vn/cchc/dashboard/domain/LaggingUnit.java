package vn.cchc.dashboard.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit's place in the lagging ranking, with the evidence behind it.
 *
 * @param rank    1 for the unit furthest behind; units with the same score share a rank
 * @param tied    true when another unit has the same score (and so the same rank)
 * @param percent completed ÷ planned, or null when the unit leads no task of the plan
 * @param lagging true when the unit crosses one of the policy's thresholds ("chậm tiến độ")
 * @param reasons why, most serious first, as data for the words of each language
 */
public record LaggingUnit(Unit unit, int rank, boolean tied, BigDecimal score, int completed, int planned,
                          BigDecimal percent, int overdue, int late, int stale, boolean lagging, List<Reason> reasons) {

    /**
     * One reason for a verdict, with its figure and, where one is compared with, the figure it is compared
     * with (the plan's completion rate, or the indicator's target); otherwise null.
     *
     * @param indicator the indicator short of its target, for {@link Kind#INDICATOR_SHORT}; otherwise null
     */
    public record Reason(Kind kind, BigDecimal value, BigDecimal reference, Indicator indicator) {

        public Reason(Kind kind, BigDecimal value, BigDecimal reference) {
            this(kind, value, reference, null);
        }
    }

    /** The kinds of evidence. */
    public enum Kind { OVERDUE, INDICATOR_SHORT, RATE_BELOW_PLAN, STALE, LATE }

    public LaggingUnit {
        reasons = List.copyOf(reasons);
    }

    LaggingUnit ranked(int newRank, boolean newTied) {
        return new LaggingUnit(unit, newRank, newTied, score, completed, planned, percent, overdue, late, stale, lagging,
                reasons);
    }
}

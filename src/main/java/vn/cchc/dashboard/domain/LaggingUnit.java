package vn.cchc.dashboard.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One unit's verdict on a day, with the evidence behind it. Only what was due by then is held against a unit:
 * a unit whose tasks all fall due later is "chưa đến hạn", whatever share of the year's plan it has done.
 *
 * @param rank         the place among the lagging units, 1 for the furthest behind (shared by equal scores);
 *                     0 for a unit that is not lagging — it is listed, not ranked
 * @param tied         true when another lagging unit has the same place
 * @param percent      completed ÷ planned over the whole year's plan, or null when the unit leads no task
 * @param due          tasks due by the day (with a deadline on or before it; recurring tasks once the year's
 *                     window has closed)
 * @param dueCompleted of those, the ones completed
 * @param nextDue      the earliest deadline after the day among the unit's unfinished tasks, or null
 * @param verdict      chậm tiến độ, bảo đảm tiến độ or chưa đến hạn
 * @param reasons      the evidence, most serious first, as data for the words of each language
 */
public record LaggingUnit(Unit unit, int rank, boolean tied, BigDecimal score, int completed, int planned,
                          BigDecimal percent, int due, int dueCompleted, LocalDate nextDue, int overdue, int late,
                          int stale, Verdict verdict, List<Reason> reasons) {

    /** The three verdicts a specialist gives a unit on a day. */
    public enum Verdict {
        /** Chậm tiến độ: crosses one of the policy's thresholds on what was due. */
        LAGGING,
        /** Bảo đảm tiến độ: something was due (tasks or an indicator target) and nothing crosses a threshold. */
        ON_TRACK,
        /** Chưa đến hạn: nothing due yet, and no indicator judged against a target. */
        NOT_YET_DUE
    }

    /**
     * One reason for a verdict, with its figure and, where one is compared with, the figure it is compared
     * with (the due tasks' count for a completion rate, or the indicator's target); otherwise null.
     *
     * @param indicator the indicator short of its target, for {@link Kind#INDICATOR_SHORT}; otherwise null
     */
    public record Reason(Kind kind, BigDecimal value, BigDecimal reference, Indicator indicator) {

        public Reason(Kind kind, BigDecimal value, BigDecimal reference) {
            this(kind, value, reference, null);
        }
    }

    /** The kinds of evidence, in the order they weigh. */
    public enum Kind { OVERDUE, DUE_RATE_LOW, INDICATOR_SHORT, STALE, LATE }

    public LaggingUnit {
        reasons = List.copyOf(reasons);
    }

    /** True for "chậm tiến độ". */
    public boolean lagging() {
        return verdict == Verdict.LAGGING;
    }

    /** Completed ÷ due in percent, or null when nothing was due. */
    public BigDecimal dueRate() {
        return due == 0 ? null : Percent.of(dueCompleted, due);
    }

    LaggingUnit ranked(int newRank, boolean newTied) {
        return new LaggingUnit(unit, newRank, newTied, score, completed, planned, percent, due, dueCompleted, nextDue,
                overdue, late, stale, verdict, reasons);
    }
}

package vn.cchc.dashboard.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One unit's figure for one indicator and period read against that year's target — the verdict behind a
 * traffic-light cell and behind an indicator reason in the lagging ranking. Everything that is not a plain
 * comparison (no figure, nothing counted, no target for the year) has a verdict of its own, so nothing is
 * ever shown as a silent zero.
 *
 * @param value     the figure, or null when there is none for the period
 * @param target    the year's target, or null when none is set
 * @param shortfall how far the figure falls short of the target in the indicator's own unit (points for a
 *                  percent), positive whichever way "better" points; null unless the verdict is NEAR or BELOW
 */
public record IndicatorReading(Indicator indicator, IndicatorValue value, IndicatorTarget target, Verdict verdict,
                               BigDecimal shortfall) {

    /** How close to the target a figure still counts as "gần đạt" (amber) rather than "chưa đạt" (red). */
    public static final BigDecimal NEAR_BAND = BigDecimal.valueOf(5);

    /** The verdicts, each with its own colour and words. */
    public enum Verdict {
        /** Meets or beats the target. */
        MEETS,
        /** Short of the target by less than {@link #NEAR_BAND}. */
        NEAR,
        /** Short of the target by {@link #NEAR_BAND} or more. */
        BELOW,
        /** A figure, but no target for the year to compare it with. */
        NO_TARGET,
        /** Reported with a denominator of zero: nothing to work a rate out of. */
        NOTHING_COUNTED,
        /** No figure for the period. */
        NO_DATA
    }

    public IndicatorReading {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** Reads {@code value} (or its absence) against {@code target} (or its absence). */
    public static IndicatorReading of(Indicator indicator, IndicatorValue value, IndicatorTarget target) {
        if (value == null) {
            return new IndicatorReading(indicator, null, target, Verdict.NO_DATA, null);
        }
        if (value.nothingCounted()) {
            return new IndicatorReading(indicator, value, target, Verdict.NOTHING_COUNTED, null);
        }
        if (target == null) {
            return new IndicatorReading(indicator, value, null, Verdict.NO_TARGET, null);
        }
        BigDecimal gap = indicator.higherIsBetter()
                ? target.value().subtract(value.value())
                : value.value().subtract(target.value());
        if (gap.signum() <= 0) {
            return new IndicatorReading(indicator, value, target, Verdict.MEETS, null);
        }
        Verdict verdict = gap.compareTo(NEAR_BAND) < 0 ? Verdict.NEAR : Verdict.BELOW;
        return new IndicatorReading(indicator, value, target, verdict, gap);
    }

    /** True when the figure misses its target (by however little). */
    public boolean missesTarget() {
        return verdict == Verdict.NEAR || verdict == Verdict.BELOW;
    }
}

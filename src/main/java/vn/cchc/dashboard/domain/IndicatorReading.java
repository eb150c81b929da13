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
 *                  percent), positive whichever way "better" points; null unless the verdict is NEAR or BELOW, or
 *                  NOT_YET_ASSESSED with the figure so far below the year's target
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
        /**
         * A figure for a period before the year's end, when only the year's target is set: the target applies to
         * the year, so the figure is shown beside it but not judged yet ("chưa đến kỳ đánh giá").
         */
        NOT_YET_ASSESSED,
        /** Reported with a denominator of zero: nothing to work a rate out of. */
        NOTHING_COUNTED,
        /** No figure for the period. */
        NO_DATA
    }

    public IndicatorReading {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(verdict, "verdict");
    }

    /**
     * Reads the figure of {@code period} against the target that applies to it: the year's target applies to the
     * year's figures (the annual report); earlier periods of the year are not judged against it.
     */
    public static IndicatorReading of(Indicator indicator, IndicatorValue value, IndicatorTarget target,
                                      ReportPeriod period) {
        IndicatorReading reading = of(indicator, value, target);
        boolean targetApplies = period == null || period.kind() == ReportPeriod.Kind.YEAR;
        return targetApplies || reading.verdict == Verdict.NO_DATA || reading.verdict == Verdict.NOTHING_COUNTED
                || reading.verdict == Verdict.NO_TARGET
                ? reading : new IndicatorReading(indicator, value, target, Verdict.NOT_YET_ASSESSED, reading.shortfall());
    }

    /** Reads {@code value} (or its absence) against {@code target} (or its absence), the target applying. */
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

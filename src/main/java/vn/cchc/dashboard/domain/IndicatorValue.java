package vn.cchc.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * One unit's figure for one indicator and period. For a ratio the value is worked out from the numerator and
 * denominator (half-up to two decimals); with a denominator of zero there is nothing to work out ("không phát
 * sinh hồ sơ") and the value is null — never a silent zero.
 */
public record IndicatorValue(long id, String indicatorCode, long unitId, ReportPeriod period, BigDecimal numerator,
                             BigDecimal denominator, BigDecimal value, String enteredBy, Instant enteredAt) {

    public IndicatorValue {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(period, "period");
        if ((numerator == null) != (denominator == null)) {
            throw new IllegalArgumentException("numerator and denominator go together");
        }
        if (denominator != null) {
            value = ratio(numerator, denominator);
        }
    }

    /** Numerator ÷ denominator × 100, half-up to two decimals; null when the denominator is zero. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
    }

    /** True when the figure cannot be worked out because nothing was counted (denominator zero). */
    public boolean nothingCounted() {
        return value == null;
    }
}

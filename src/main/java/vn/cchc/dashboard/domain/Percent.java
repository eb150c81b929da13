package vn.cchc.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the reports print them: part ÷ whole × 100, rounded half-up to two decimals (1384/3003 → 46.09). */
public final class Percent {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Percent() {
    }

    /** Zero when {@code whole} is zero: callers show "no tasks" rather than a division error. */
    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return ZERO;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}

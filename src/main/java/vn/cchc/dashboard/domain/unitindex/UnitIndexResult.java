package vn.cchc.dashboard.domain.unitindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A unit's index for a year: its points over the maximum of the criteria that apply to it, × 100, to two decimals
 * as the province announces it; the scored criteria still without a score; and the points lost per area.
 *
 * @param index   null when no criterion applies (nothing to divide by) or none is scored yet (not assessed)
 * @param missing the applicable scored criteria without a score yet (counted as 0, and said)
 * @param losses  per area (level 1), the points below its applicable maximum, the largest first
 */
public record UnitIndexResult(long unitId, String unitName, BigDecimal points, BigDecimal applicableMax, BigDecimal index,
                              List<String> missing, List<AreaLoss> losses) {

    /** Points lost in one area: its applicable maximum less the points scored in it. */
    public record AreaLoss(String areaCode, BigDecimal lost, BigDecimal max) {

        /** The points scored as a percentage of the area's applicable maximum, two decimals half up; null when none applies. */
        public BigDecimal scoredPercent() {
            return max.signum() == 0 ? null
                    : max.subtract(lost).multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public UnitIndexResult {
        missing = List.copyOf(missing);
        losses = List.copyOf(losses);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /**
     * What the unit scored in area {@code areaCode} as a percentage of what applies to it there (see
     * {@link AreaLoss#scoredPercent()}); null when nothing in the area applies to the unit (it is exempt from all of it).
     */
    public BigDecimal scoredPercent(String areaCode) {
        return losses.stream().filter(l -> l.areaCode().equals(areaCode)).findFirst().map(AreaLoss::scoredPercent)
                .orElse(null);
    }
}

package vn.cchc.dashboard.domain.unitindex;

import java.math.BigDecimal;
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
    }

    public UnitIndexResult {
        missing = List.copyOf(missing);
        losses = List.copyOf(losses);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}

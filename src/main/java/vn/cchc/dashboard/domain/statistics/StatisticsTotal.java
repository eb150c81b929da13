package vn.cchc.dashboard.domain.statistics;

import java.math.BigDecimal;

/**
 * The province's figure for one item in one period: the sum over the units that sent it, how many did, and for a
 * numerator the rate over its denominator's sum (null for counts, denominators, or a denominator of zero).
 */
public record StatisticsTotal(StatisticItem item, BigDecimal sum, int units, BigDecimal rate) {
}

package vn.cchc.dashboard.domain.statistics;

/**
 * What a figure of the statistics table is: a count on its own, or one half of a ratio. A ratio is never entered as a
 * percentage: units send both halves, so that the province's rate is recomputed from sums instead of averaged.
 */
public enum StatisticKind {
    COUNT,
    NUMERATOR,
    DENOMINATOR
}

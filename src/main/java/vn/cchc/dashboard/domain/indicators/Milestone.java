package vn.cchc.dashboard.domain.indicators;

import java.math.BigDecimal;
import java.util.Objects;
import vn.cchc.dashboard.domain.ReportPeriod;

/**
 * A stage of a year's target: what an indicator should reach by a period within the year (2026-H1: 75%). The year's
 * own target is its {@link vn.cchc.dashboard.domain.IndicatorTarget}.
 */
public record Milestone(String indicatorCode, ReportPeriod period, BigDecimal value) {

    public Milestone {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        if (period.kind() == ReportPeriod.Kind.YEAR) {
            throw new IllegalArgumentException("the year's target is not a milestone: " + period.code());
        }
    }
}

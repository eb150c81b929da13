package vn.cchc.dashboard.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The target of an indicator for one year and the document that sets it ("≥ 80% theo Nghị quyết 76/NQ-CP"):
 * a minimum when higher is better, a maximum when lower is better.
 *
 * @param baseline     the figure the target starts from ("năm 2025 đạt 67,32%"), or null
 * @param baselineYear the year of that figure, or null
 */
public record IndicatorTarget(String indicatorCode, int year, BigDecimal value, String document, BigDecimal baseline,
                              Integer baselineYear) {

    /** A target without a baseline. */
    public IndicatorTarget(String indicatorCode, int year, BigDecimal value, String document) {
        this(indicatorCode, year, value, document, null, null);
    }

    public IndicatorTarget {
        if ((baseline == null) != (baselineYear == null)) {
            throw new IllegalArgumentException("a baseline goes with its year: " + indicatorCode);
        }
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(value, "value");
        document = Text.requireNonBlank(document, "document");
    }
}

package vn.cchc.dashboard.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The target of an indicator for one year and the document that sets it ("≥ 80% theo Nghị quyết 76/NQ-CP"):
 * a minimum when higher is better, a maximum when lower is better.
 */
public record IndicatorTarget(String indicatorCode, int year, BigDecimal value, String document) {

    public IndicatorTarget {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(value, "value");
        document = Text.requireNonBlank(document, "document");
    }
}

package vn.cchc.dashboard.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A service or reform indicator (chỉ số) as defined in the store: indicator structures change between
 * editions, so they are data, never constants.
 *
 * @param numeratorLabel   what is counted above the line ("Hồ sơ giải quyết đúng hạn"), null when the figure is given directly
 * @param denominatorLabel what it is counted out of ("Hồ sơ đã giải quyết"), null likewise
 * @param targetSource     the document its targets come from ("Nghị quyết số 76/NQ-CP")
 * @param provinceWide     true for the province's own figures (PAR Index, SIPAS), false for each unit's
 * @param parentCode       the index this is a component of (a PAR Index area), or null
 * @param maxValue         the most a score can be (100 points), or null
 * @param yearly           true when reported once a year, false for every reporting period
 * @param areaCode         the reform area it belongs to ("TTHC"), or null
 * @param measureUnit      what its figures are counted in ("%", "hồ sơ", "điểm"), or null
 * @param retiredOn        the day it stopped being used, or null while in use; its figures stay readable
 */
public record Indicator(String code, String name, String nameEn, IndicatorType type, String numeratorLabel,
                        String denominatorLabel, boolean higherIsBetter, String targetSource, boolean provinceWide,
                        String parentCode, BigDecimal maxValue, boolean yearly, int order, String areaCode,
                        String measureUnit, java.time.LocalDate retiredOn) {

    /** An indicator in use, with no area or unit of measure given. */
    public Indicator(String code, String name, String nameEn, IndicatorType type, String numeratorLabel,
                     String denominatorLabel, boolean higherIsBetter, String targetSource, boolean provinceWide,
                     String parentCode, BigDecimal maxValue, boolean yearly, int order) {
        this(code, name, nameEn, type, numeratorLabel, denominatorLabel, higherIsBetter, targetSource, provinceWide,
                parentCode, maxValue, yearly, order, null, null, null);
    }

    public Indicator {
        code = Text.requireNonBlank(code, "code");
        name = Text.requireNonBlank(name, "name");
        nameEn = Text.requireNonBlank(nameEn, "nameEn");
        Objects.requireNonNull(type, "type");
        numeratorLabel = Text.blankToNull(numeratorLabel);
        denominatorLabel = Text.blankToNull(denominatorLabel);
        if ((numeratorLabel == null) != (denominatorLabel == null)) {
            throw new IllegalArgumentException("numerator and denominator labels go together: " + code);
        }
        targetSource = Text.blankToNull(targetSource);
        areaCode = Text.blankToNull(areaCode);
        measureUnit = Text.blankToNull(measureUnit);
    }

    /** True once it is no longer used for new figures. */
    public boolean retired() {
        return retiredOn != null;
    }

    /** The same indicator retired on {@code day}. */
    public Indicator retire(java.time.LocalDate day) {
        return new Indicator(code, name, nameEn, type, numeratorLabel, denominatorLabel, higherIsBetter, targetSource,
                provinceWide, parentCode, maxValue, yearly, order, areaCode, measureUnit, day);
    }

    /** True when a value is worked out from a numerator and a denominator. */
    public boolean isRatio() {
        return numeratorLabel != null;
    }

    /** The upper bound a value can take: 100 for a percent, the scale's maximum for a score, none for a count. */
    public BigDecimal upperBound() {
        return type == IndicatorType.PERCENT ? BigDecimal.valueOf(100) : maxValue;
    }

    /** True when {@code period} is one this indicator is reported for. */
    public boolean reportedFor(ReportPeriod period) {
        return !yearly || period.kind() == ReportPeriod.Kind.YEAR;
    }
}

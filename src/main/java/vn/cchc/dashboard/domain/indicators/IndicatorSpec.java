package vn.cchc.dashboard.domain.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorType;
import vn.cchc.dashboard.domain.Text;

/**
 * An indicator as the office defines it in the library (the form, or the command line): what a person types, checked
 * before it becomes an {@link Indicator}.
 *
 * @param type             a ratio (numerator and denominator, shown as a percent), a count or a score
 * @param numeratorLabel   what is counted above the line, for a ratio; null otherwise
 * @param denominatorLabel what it is counted out of, for a ratio; null otherwise
 * @param maxValue         a score's maximum (100 points); null otherwise
 * @param provinceWide     the province's own figure (once for the province) rather than each unit's
 */
public record IndicatorSpec(String name, String areaCode, IndicatorType type, String numeratorLabel,
                            String denominatorLabel, boolean higherIsBetter, String measureUnit, String source,
                            BigDecimal maxValue, boolean provinceWide, boolean yearly) {

    public IndicatorSpec {
        name = Text.blankToNull(name == null ? null : Text.clean(name));
        areaCode = Text.blankToNull(areaCode);
        numeratorLabel = Text.blankToNull(numeratorLabel == null ? null : Text.clean(numeratorLabel));
        denominatorLabel = Text.blankToNull(denominatorLabel == null ? null : Text.clean(denominatorLabel));
        measureUnit = Text.blankToNull(measureUnit == null ? null : Text.clean(measureUnit));
        source = Text.blankToNull(source == null ? null : Text.clean(source));
    }

    /** The definition of {@code indicator}, to edit. */
    public static IndicatorSpec of(Indicator indicator) {
        return new IndicatorSpec(indicator.name(), indicator.areaCode(), indicator.type(), indicator.numeratorLabel(),
                indicator.denominatorLabel(), indicator.higherIsBetter(), indicator.measureUnit(),
                indicator.targetSource(), indicator.maxValue(), indicator.provinceWide(), indicator.yearly());
    }

    /** What is wrong, field by field; empty when it can be saved. {@code areas}: the reform areas' codes. */
    public List<FieldProblem> problems(Collection<String> areas) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null) {
            problems.add(FieldProblem.of("name", "library.problem.name"));
        }
        if (areaCode != null && !areas.contains(areaCode)) {
            problems.add(FieldProblem.of("area", "library.problem.area", areaCode));
        }
        if (type == null) {
            problems.add(FieldProblem.of("type", "library.problem.type"));
        } else if (ratio() && (numeratorLabel == null || denominatorLabel == null)) {
            problems.add(FieldProblem.of(numeratorLabel == null ? "numerator" : "denominator", "library.problem.ratio"));
        } else if (type == IndicatorType.SCORE && (maxValue == null || maxValue.signum() <= 0)) {
            problems.add(FieldProblem.of("maxValue", "library.problem.maxValue"));
        }
        return problems;
    }

    /** A percent worked out from a numerator and a denominator (how a ratio is kept). */
    public boolean ratio() {
        return type == IndicatorType.PERCENT && (numeratorLabel != null || denominatorLabel != null);
    }

    /**
     * The indicator it defines. {@code before} (null for a new one) gives what the form does not edit: the English
     * name, the parent index, the order and the retirement day.
     */
    public Indicator toIndicator(String code, Indicator before, int order) {
        boolean keepsLabels = type == IndicatorType.PERCENT;
        return new Indicator(code, name, before != null ? before.nameEn() : name, type,
                keepsLabels ? numeratorLabel : null, keepsLabels ? denominatorLabel : null, higherIsBetter, source,
                provinceWide, before != null ? before.parentCode() : null,
                type == IndicatorType.SCORE ? maxValue : null, yearly, before != null ? before.order() : order, areaCode,
                measureUnit, before != null ? before.retiredOn() : null);
    }

    /**
     * A code for a new indicator made from its name ("Tỷ lệ hồ sơ số hóa" → "TY_LE_HO_SO_SO_HOA"), at most 30
     * characters, unlike every code in {@code taken}.
     */
    public static String codeFor(String name, Collection<String> taken) {
        String base = Text.fold(name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            base = "CHI_SO";
        }
        if (base.length() > 26) {
            // Cut between words, not inside one.
            String cut = base.substring(0, 27);
            int lastBreak = cut.lastIndexOf('_');
            base = lastBreak > 0 ? cut.substring(0, lastBreak) : base.substring(0, 26);
        }
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }
}

package vn.cchc.dashboard.i18n;

import java.math.BigDecimal;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorReading;

/** Indicators in a reader's words: their name in the reader's language and their figures in its formats. */
public final class IndicatorWording {

    private IndicatorWording() {
    }

    public static String name(Indicator indicator, Messages messages) {
        return messages.language() == Language.VI ? indicator.name() : indicator.nameEn();
    }

    /** The name inside a sentence: "tỷ lệ hồ sơ trực tuyến" (Vietnamese lower-cases the first letter). */
    public static String nameInSentence(Indicator indicator, Messages messages) {
        String name = name(indicator, messages);
        boolean acronymStart = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return messages.language() == Language.VI && !acronymStart
                ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }

    /** A reported figure: "41,20%", "72,50 điểm", "1.384". */
    public static String figure(Indicator indicator, BigDecimal value, Messages messages) {
        Formats f = messages.formats();
        return switch (indicator.type()) {
            case PERCENT -> f.percent(value);
            case SCORE -> messages.format("indicator.points", f.decimal(value));
            case COUNT -> f.count(value.longValue());
        };
    }

    /** A target as documents write it, without needless decimals: "80%", "2,5%", "80 điểm". */
    public static String target(Indicator indicator, BigDecimal value, Messages messages) {
        String number = messages.formats().compact(value);
        return switch (indicator.type()) {
            case PERCENT -> number + "%";
            case SCORE -> messages.format("indicator.points", number);
            case COUNT -> number;
        };
    }

    /** "≥ 80%" or "≤ 2%": the target with the direction that meets it. */
    public static String targetRule(Indicator indicator, BigDecimal value, Messages messages) {
        return (indicator.higherIsBetter() ? "≥ " : "≤ ") + target(indicator, value, messages);
    }

    /** The target in words, for prose: "từ 85% trở lên", "không quá 2%". */
    public static String targetPhrase(Indicator indicator, BigDecimal value, Messages messages) {
        return messages.format(indicator.higherIsBetter() ? "indicator.target.atLeast" : "indicator.target.atMost",
                target(indicator, value, messages));
    }

    /** A grid cell's words: the figure, or what stands in its place ("không phát sinh", "chưa có số liệu"). */
    public static String cell(IndicatorReading reading, Messages messages) {
        return switch (reading.verdict()) {
            case NO_DATA -> messages.get("indicator.verdict.NO_DATA");
            case NOTHING_COUNTED -> messages.get("indicator.verdict.NOTHING_COUNTED");
            default -> figure(reading.indicator(), reading.value().value(), messages);
        };
    }

    /** Whether a figure is good, in words for a tooltip or a screen reader: "Chưa đạt chỉ tiêu ≥ 80% (thiếu 38,80 điểm %)". */
    public static String verdict(IndicatorReading reading, Messages messages) {
        String key = "indicator.verdict." + reading.verdict().name()
                + (reading.verdict() == IndicatorReading.Verdict.NOT_YET_ASSESSED && reading.shortfall() != null ? ".short" : "");
        if (reading.target() == null) {
            return messages.format(key, String.valueOf(reading.value() == null ? "" : reading.value().period().year()));
        }
        String rule = targetRule(reading.indicator(), reading.target().value(), messages);
        return messages.format(key, rule, reading.target().document(),
                reading.shortfall() == null ? "" : messages.formats().decimal(reading.shortfall()));
    }
}

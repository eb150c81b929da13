package vn.cchc.dashboard.domain.statistics;

import java.util.Locale;
import vn.cchc.dashboard.domain.Text;

/**
 * One figure the statistics table asks of each unit in a year: its code (the column of a bulk file), reform area,
 * label, unit of measure, kind, the other half of its ratio ({@code pairCode}, null for a count), whether a unit must
 * fill it, its place in the table, the document it comes from (null when the office made it up), and for a numerator
 * the library indicator whose target judges its rate ({@code indicatorCode}, null when no document sets one).
 */
public record StatisticItem(int year, String code, String areaCode, String label, String measureUnit, StatisticKind kind,
                            String pairCode, boolean required, int sortOrder, String source, String indicatorCode) {

    /** An item no indicator's target judges. */
    public StatisticItem(int year, String code, String areaCode, String label, String measureUnit, StatisticKind kind,
                         String pairCode, boolean required, int sortOrder, String source) {
        this(year, code, areaCode, label, measureUnit, kind, pairCode, required, sortOrder, source, null);
    }

    public StatisticItem {
        if (kind != StatisticKind.COUNT && (pairCode == null || pairCode.isBlank())) {
            throw new IllegalArgumentException("a part of a ratio names its other half: " + code);
        }
    }

    /**
     * As the office typed it, made canonical: NFC text with white space folded, codes in capitals, blank optional
     * fields as null; what the store keeps, whichever door the item came in by.
     */
    public StatisticItem normalised() {
        return new StatisticItem(year, code(code), code(areaCode), Text.clean(label), Text.clean(measureUnit), kind,
                Text.blankToNull(code(pairCode)), required, sortOrder, Text.blankToNull(source),
                Text.blankToNull(code(indicatorCode)));
    }

    private static String code(String typed) {
        return typed == null ? null : Text.clean(typed).toUpperCase(Locale.ROOT);
    }

    public boolean isNumerator() {
        return kind == StatisticKind.NUMERATOR;
    }
}

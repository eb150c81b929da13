package vn.cchc.dashboard.i18n;

import java.time.LocalDateTime;
import java.time.ZoneId;
import vn.cchc.dashboard.domain.indicators.IndicatorChange;

/** The indicator library's history in words: which field a change touched, as the form names it. */
public final class LibraryWording {

    private LibraryWording() {
    }

    /** "23/11/2026 10:00 · Nguyễn Thị Hạnh (hanh.snv) · Tên chỉ số: trước → sau": one change, at its time in {@code zone}. */
    public static String change(IndicatorChange change, ZoneId zone, Messages messages) {
        String who = change.login() == null ? change.user() : change.user() + " (" + change.login() + ")";
        String field = field(change.field(), messages);
        String before = value(change.before(), messages);
        String after = value(change.after(), messages);
        String what = before == null ? field + ": " + after
                : after == null ? field + ": " + before + " → " + messages.get("library.history.removed")
                : field + ": " + before + " → " + after;
        return messages.formats().dateTime(LocalDateTime.ofInstant(change.at(), zone)) + " · " + who + " · " + what;
    }

    /** "Tên chỉ số" for "name", "Chỉ tiêu năm 2026" for "target.2026", "Các mốc năm 2026" for "milestones.2026". */
    public static String field(String field, Messages messages) {
        int dot = field.indexOf('.');
        if (dot > 0) {
            return messages.format("library.field." + field.substring(0, dot), field.substring(dot + 1));
        }
        return messages.get("library.field." + field);
    }

    private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("\\b\\d{4}-(Q1|H1|9M)\\b");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("(\\d)\\.(\\d)");

    /**
     * A value as the history keeps it ("85 · KH 171 (2025: 67.32)", "2026-H1: 75") in the reader's words: period codes
     * named ("6 tháng năm 2026: 75") and decimals written the reader's way ("67,32").
     */
    public static String value(String kept, Messages messages) {
        if (kept == null) {
            return null;
        }
        String named = PERIOD.matcher(kept).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                vn.cchc.dashboard.domain.ReportPeriod.parse(m.group()).map(p -> PeriodWording.name(p, messages))
                        .orElse(m.group())));
        char comma = messages.formats().decimalSeparator();
        return DECIMAL.matcher(named).replaceAll("$1" + java.util.regex.Matcher.quoteReplacement(String.valueOf(comma)) + "$2");
    }
}

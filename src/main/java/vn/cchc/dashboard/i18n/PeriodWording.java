package vn.cchc.dashboard.i18n;

import vn.cchc.dashboard.domain.NextPeriod;
import vn.cchc.dashboard.domain.ReportPeriod;

/**
 * A reporting period as reports name it: "quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026"; and the period
 * after one: "quý II năm 2026", "6 tháng cuối năm 2026", "năm 2027".
 */
public final class PeriodWording {

    private PeriodWording() {
    }

    public static String name(ReportPeriod period, Messages messages) {
        // The year as digits, never "2.026": it is a name, not a quantity.
        return messages.format("period." + period.kind().name(), String.valueOf(period.year()));
    }

    public static String next(NextPeriod next, Messages messages) {
        return messages.format("period.next." + next.span().name(), String.valueOf(next.year()));
    }
}

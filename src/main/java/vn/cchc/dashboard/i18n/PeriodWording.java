package vn.cchc.dashboard.i18n;

import vn.cchc.dashboard.domain.ReportPeriod;

/** A reporting period as reports name it: "quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026". */
public final class PeriodWording {

    private PeriodWording() {
    }

    public static String name(ReportPeriod period, Messages messages) {
        // The year as digits, never "2.026": it is a name, not a quantity.
        return messages.format("period." + period.kind().name(), String.valueOf(period.year()));
    }
}

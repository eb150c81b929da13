package vn.cchc.dashboard.i18n;

import java.util.List;
import vn.cchc.dashboard.domain.LaggingUnit;

/** A lagging unit's reasons in a reader's words: "2 nhiệm vụ quá hạn", "tỷ lệ hoàn thành 0,00% < mức chung 71,43%". */
public final class LaggingWording {

    private LaggingWording() {
    }

    public static List<String> reasons(LaggingUnit unit, Messages messages) {
        Formats f = messages.formats();
        return unit.reasons().stream().map(r -> switch (r.kind()) {
            case RATE_BELOW_PLAN -> messages.format("lagging.reason.RATE_BELOW_PLAN", f.percent(r.value()),
                    f.percent(r.reference()));
            case INDICATOR_SHORT -> messages.format(r.indicator().higherIsBetter()
                            ? "lagging.reason.INDICATOR_SHORT" : "lagging.reason.INDICATOR_OVER",
                    IndicatorWording.nameInSentence(r.indicator(), messages),
                    IndicatorWording.figure(r.indicator(), r.value(), messages),
                    IndicatorWording.target(r.indicator(), r.reference(), messages));
            default -> messages.format("lagging.reason." + r.kind().name(), f.count(r.value().longValue()));
        }).toList();
    }
}

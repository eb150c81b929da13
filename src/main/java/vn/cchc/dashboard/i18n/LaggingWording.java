package vn.cchc.dashboard.i18n;

import java.util.List;
import vn.cchc.dashboard.domain.LaggingUnit;

/**
 * A unit's verdict in a reader's words: a sentence a Phó Chủ tịch can read aloud ("Sở Nội vụ còn 2 nhiệm vụ quá
 * hạn chưa hoàn thành; có 1 nhiệm vụ hoàn thành quá hạn."), its reasons as phrases for a table cell, and the
 * verdict's short name. No symbols: comparisons are said in words.
 */
public final class LaggingWording {

    private LaggingWording() {
    }

    /** The reasons as phrases that follow the unit's name ("còn 2 nhiệm vụ quá hạn chưa hoàn thành"). */
    public static List<String> reasons(LaggingUnit unit, Messages messages) {
        Formats f = messages.formats();
        return unit.reasons().stream().map(r -> switch (r.kind()) {
            case DUE_RATE_LOW -> messages.format("lagging.reason.DUE_RATE_LOW",
                    f.ratio(r.value().longValue(), r.reference().longValue()), f.percent(unit.dueRate()));
            case INDICATOR_SHORT -> messages.format(r.indicator().higherIsBetter()
                            ? "lagging.reason.INDICATOR_SHORT" : "lagging.reason.INDICATOR_OVER",
                    IndicatorWording.nameInSentence(r.indicator(), messages),
                    IndicatorWording.figure(r.indicator(), r.value(), messages),
                    IndicatorWording.target(r.indicator(), r.reference(), messages));
            case STALE -> messages.format("lagging.reason.STALE", f.count(r.value().longValue()),
                    f.count(r.reference().longValue()));
            default -> messages.format("lagging.reason." + r.kind().name(), f.count(r.value().longValue()));
        }).toList();
    }

    /** "Chậm tiến độ", "Bảo đảm tiến độ" or "Chưa đến hạn". */
    public static String verdict(LaggingUnit unit, Messages messages) {
        return messages.get("lagging.verdict." + unit.verdict().name());
    }

    /** The verdict as one sentence that names the unit and says why, to be read aloud. */
    public static String sentence(LaggingUnit unit, Messages messages) {
        return unit.unit().name() + " " + predicate(unit, messages);
    }

    /**
     * The sentence's part after the unit's name ("còn 2 nhiệm vụ quá hạn chưa hoàn thành."), for a screen that sets
     * the name apart (in bold) and reads on.
     */
    public static String predicate(LaggingUnit unit, Messages messages) {
        return explanation(unit, messages) + ".";
    }

    /** The same without the unit's name, for a table cell beside it: "Còn 2 nhiệm vụ quá hạn chưa hoàn thành." */
    public static String cell(LaggingUnit unit, Messages messages) {
        String text = explanation(unit, messages);
        return text.substring(0, 1).toUpperCase(messages.language().locale()) + text.substring(1) + ".";
    }

    /** What follows the unit's name: the reasons of a lagging unit, or why another one is not lagging. */
    private static String explanation(LaggingUnit unit, Messages messages) {
        Formats f = messages.formats();
        String reasons = String.join("; ", reasons(unit, messages));
        return switch (unit.verdict()) {
            case LAGGING -> reasons;
            case ON_TRACK -> (unit.due() > 0
                    ? messages.format("lagging.sentence.onTrack", f.ratio(unit.dueCompleted(), unit.due()))
                    : messages.get("lagging.sentence.onTrack.indicators"))
                    + (reasons.isEmpty() ? "" : "; " + reasons);
            case NOT_YET_DUE -> unit.planned() == 0 ? messages.get("lagging.sentence.noTasks")
                    : messages.get("lagging.sentence.notYetDue")
                    + (unit.completed() == 0 ? "" : messages.format("lagging.sentence.notYetDue.early",
                    f.count(unit.completed())))
                    + (unit.nextDue() == null ? "" : messages.format("lagging.sentence.notYetDue.next",
                    f.date(unit.nextDue())));
        };
    }
}

package vn.cchc.dashboard.i18n;

import vn.cchc.dashboard.domain.unitindex.UnitStanding;

/**
 * A unit's place in the province's reform index, as the lagging list and the reports cite it: "Chỉ số CCHC năm 2025
 * đạt 76,50%, đồng hạng 13/14 sở, ban, ngành (tạm tính)" — "tạm tính" until the year's results are locked.
 */
public final class StandingWording {

    private StandingWording() {
    }

    public static String phrase(UnitStanding s, Messages messages) {
        Formats f = messages.formats();
        return messages.format(s.tied() ? "unitIndex.standing.tied" : "unitIndex.standing", String.valueOf(s.year()),
                f.decimal(s.index()), f.count(s.rank()), f.count(s.ranked()),
                messages.get("unitIndex.standing.group." + s.group().name()))
                + (s.announced() ? "" : " " + messages.get("unitIndex.standing.provisional"));
    }

    /** The phrase as a sentence of its own, for a table cell after the reasons: "Chỉ số CCHC năm 2025 đạt …." */
    public static String sentence(UnitStanding s, Messages messages) {
        String phrase = phrase(s, messages);
        return phrase.substring(0, 1).toUpperCase(messages.language().locale()) + phrase.substring(1) + ".";
    }
}

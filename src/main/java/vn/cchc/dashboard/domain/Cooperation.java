package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Reading the cooperating bodies out of a plan's own wording ("Sở Tư pháp, Văn phòng UBND tỉnh; các sở, ngành"). */
public final class Cooperation {

    private Cooperation() {
    }

    /**
     * The units {@code text} names outright, regardless of accents and case, that existed on {@code day};
     * the lead unit is not its own cooperator. Collective words ("các sở, ngành") name no one in particular.
     */
    public static List<Long> unitsNamedIn(String text, Collection<Unit> units, LocalDate day, long leadUnitId) {
        if (text == null) {
            return List.of();
        }
        String folded = Text.fold(text);
        return units.stream()
                .filter(u -> u.existsOn(day) && u.id() != leadUnitId)
                .filter(u -> folded.contains(Text.fold(u.name())))
                .map(Unit::id)
                .sorted()
                .toList();
    }
}

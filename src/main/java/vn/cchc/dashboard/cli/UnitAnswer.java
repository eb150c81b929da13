package vn.cchc.dashboard.cli;

import java.util.Set;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.imports.UnitChoice;
import vn.cchc.dashboard.i18n.Messages;

/**
 * One answer on what a unit name in an imported file means, as a person types it: {@code NAME=UNIT}, where UNIT is an
 * existing unit's name or abbreviation ("Sở LĐ-TB&XH=Sở Nội vụ") or the word "mới"/"new" for a new unit. Read here
 * once for {@code --unit} and for any other place answers come from, so they are typed the same way everywhere.
 */
final class UnitAnswer {

    /** The words for "a new unit", folded: "mới", "moi", "new". */
    private static final Set<String> NEW_UNIT = Set.of("moi", "new");

    private UnitAnswer() {
    }

    /**
     * The choice {@code answer} gives.
     *
     * @throws UsageException (one sentence, in the user's language) when it is not NAME=UNIT with both sides written
     */
    static UnitChoice parse(String answer, Messages messages) {
        String text = Text.clean(answer == null ? "" : answer);
        int equals = text.indexOf('=');
        String name = equals < 0 ? "" : Text.clean(text.substring(0, equals));
        String unit = equals < 0 ? "" : Text.clean(text.substring(equals + 1));
        if (name.isEmpty() || unit.isEmpty()) {
            throw new UsageException(messages.format("error.unitAnswer", text));
        }
        if (NEW_UNIT.contains(Text.fold(unit))) {
            return UnitChoice.newUnit(name);
        }
        return UnitChoice.named(name, unit);
    }
}

package vn.cchc.dashboard.i18n;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import vn.cchc.dashboard.domain.unitindex.ScoreChange;

/**
 * One change to a unit's reform-index scoring as a reader sees it — "điểm thẩm định: 1 → 0,5" — and who made it,
 * "Lê Minh Châu (chau.stp)"; scores in the language's decimals, "(trống)" for a value that was not there. The command
 * line and the appraisal screen say it alike.
 */
public final class ScoreChangeWording {

    private ScoreChangeWording() {
    }

    public static String change(ScoreChange change, Messages messages) {
        return messages.format("unitIndex.history.change", messages.get("unitIndex.field." + change.field().name()),
                value(change, change.oldValue(), messages), value(change, change.newValue(), messages));
    }

    public static String who(ScoreChange change) {
        return who(change.userName(), change.loginName());
    }

    /** The name the user gave, and the login beside it where there is one (a locking is said the same way). */
    public static String who(String userName, String loginName) {
        return loginName == null ? userName : userName + " (" + loginName + ")";
    }

    /** "23/11/2026 09:30" in the given zone. */
    public static String when(ScoreChange change, ZoneId zone, Messages messages) {
        return messages.formats().dateTime(LocalDateTime.ofInstant(change.changedAt(), zone));
    }

    private static String value(ScoreChange change, String value, Messages messages) {
        if (value == null) {
            return messages.get("unitIndex.history.blank");
        }
        boolean score = change.field() == ScoreChange.Field.SELF_SCORE || change.field() == ScoreChange.Field.APPRAISED_SCORE;
        return score ? messages.formats().compact(new BigDecimal(value)) : value;
    }
}

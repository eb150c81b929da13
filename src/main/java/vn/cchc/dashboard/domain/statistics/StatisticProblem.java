package vn.cchc.dashboard.domain.statistics;

import java.math.BigDecimal;

/**
 * Why a unit's figures cannot be recorded: the item concerned, what was written in its cell and the number read from
 * it, and for a numerator above its denominator the other item and its number. The wording is the i18n layer's; one
 * problem refuses the whole return.
 */
public record StatisticProblem(Kind kind, String itemLabel, String written, BigDecimal value, String otherLabel,
                               BigDecimal otherValue) {

    public enum Kind {
        NOT_A_NUMBER,
        NEGATIVE,
        ABOVE_DENOMINATOR,
        REQUIRED_MISSING,
        UNKNOWN_ITEM
    }

    static StatisticProblem of(Kind kind, String itemLabel, String written, BigDecimal value) {
        return new StatisticProblem(kind, itemLabel, written, value, null, null);
    }
}

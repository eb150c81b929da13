package vn.cchc.dashboard.domain.statistics;

import java.util.Optional;
import java.util.Set;

/**
 * What keeps a year's statistics table usable while the office edits it: codes a bulk file can name, areas and
 * indicators that exist, every numerator over a denominator of the same year, and no change that would leave the
 * figures units already sent unreadable (an item with figures keeps its kind and its pair, and is not removed). Pure.
 */
public final class StatisticsTableRules {

    /** Why a change is refused; {@code detail} names the code, area or indicator concerned. */
    public record Refusal(Problem problem, String detail) {
    }

    public enum Problem {
        CODE_FORM,
        CODE_TAKEN,
        NO_SUCH_ITEM,
        LABEL_BLANK,
        MEASURE_BLANK,
        UNKNOWN_AREA,
        PAIR_NOT_DENOMINATOR,
        INDICATOR_ONLY_FOR_NUMERATOR,
        UNKNOWN_INDICATOR,
        KIND_FIXED_BY_FIGURES,
        REMOVE_HAS_FIGURES,
        REMOVE_IS_DENOMINATOR
    }

    private StatisticsTableRules() {
    }

    /** "HS_TIEP_NHAN": capitals, digits and underscores, as the forms' code column and bulk files' headers write it. */
    public static boolean isCode(String code) {
        return code != null && code.matches("[A-Z][A-Z0-9_]{1,29}");
    }

    /**
     * @param adding     true for a new item, false for an edit of the item with the same code
     * @param hasFigures whether units have sent figures for the item in the table's year
     */
    public static Optional<Refusal> checkSave(StatisticsTable table, StatisticItem item, boolean adding, Set<String> areas,
                                              Set<String> indicators, boolean hasFigures) {
        Optional<StatisticItem> existing = table.item(item.code());
        if (!isCode(item.code())) {
            return refuse(Problem.CODE_FORM, item.code());
        }
        if (adding && existing.isPresent()) {
            return refuse(Problem.CODE_TAKEN, item.code());
        }
        if (!adding && existing.isEmpty()) {
            return refuse(Problem.NO_SUCH_ITEM, item.code());
        }
        if (hasFigures && existing.isPresent() && (existing.get().kind() != item.kind()
                || !String.valueOf(existing.get().pairCode()).equals(String.valueOf(item.pairCode())))) {
            return refuse(Problem.KIND_FIXED_BY_FIGURES, item.code());
        }
        if (item.label() == null || item.label().isBlank()) {
            return refuse(Problem.LABEL_BLANK, item.code());
        }
        if (item.measureUnit() == null || item.measureUnit().isBlank()) {
            return refuse(Problem.MEASURE_BLANK, item.code());
        }
        if (!areas.contains(item.areaCode())) {
            return refuse(Problem.UNKNOWN_AREA, item.areaCode());
        }
        if (item.isNumerator() && table.item(item.pairCode())
                .filter(p -> p.kind() == StatisticKind.DENOMINATOR && !p.code().equals(item.code())).isEmpty()) {
            return refuse(Problem.PAIR_NOT_DENOMINATOR, item.pairCode());
        }
        if (item.indicatorCode() != null && !item.isNumerator()) {
            return refuse(Problem.INDICATOR_ONLY_FOR_NUMERATOR, item.indicatorCode());
        }
        if (item.indicatorCode() != null && !indicators.contains(item.indicatorCode())) {
            return refuse(Problem.UNKNOWN_INDICATOR, item.indicatorCode());
        }
        return Optional.empty();
    }

    /** An item may go while no unit has sent a figure for it and no numerator is divided by it. */
    public static Optional<Refusal> checkRemove(StatisticsTable table, String code, boolean hasFigures) {
        if (table.item(code).isEmpty()) {
            return refuse(Problem.NO_SUCH_ITEM, code);
        }
        if (hasFigures) {
            return refuse(Problem.REMOVE_HAS_FIGURES, code);
        }
        return table.items().stream().filter(i -> i.isNumerator() && i.pairCode().equalsIgnoreCase(code)).findFirst()
                .flatMap(numerator -> refuse(Problem.REMOVE_IS_DENOMINATOR, numerator.code()));
    }

    private static Optional<Refusal> refuse(Problem problem, String detail) {
        return Optional.of(new Refusal(problem, detail));
    }
}

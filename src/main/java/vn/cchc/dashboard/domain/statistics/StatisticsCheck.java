package vn.cchc.dashboard.domain.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks every unit's figures pass before anything is recorded, whether they come on a form or in a bulk file:
 * each cell a number, none negative, no numerator above its denominator, every required item filled. Pure.
 */
public final class StatisticsCheck {

    /** What a unit wrote against one item code: the figure's text and a note. */
    public record Cell(String code, String written, String note) {
    }

    /** The figures read, by item code in the table's order, with their notes; or the problems that refuse them. */
    public record Result(Map<String, BigDecimal> values, Map<String, String> notes, List<StatisticProblem> problems) {
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    private StatisticsCheck() {
    }

    /** A form's cells: every required item of the table must be filled. */
    public static Result check(StatisticsTable table, List<Cell> cells) {
        return check(table, cells, false);
    }

    /**
     * With {@code givenItemsOnly} (a bulk file, which may bring only some columns, as a portal's export of dossiers),
     * a required item must be filled only where its column is given; the others stay as the unit sent them.
     */
    public static Result check(StatisticsTable table, List<Cell> cells, boolean givenItemsOnly) {
        List<StatisticProblem> problems = new ArrayList<>();
        Map<String, BigDecimal> read = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (Cell cell : cells) {
            Optional<StatisticItem> item = table.item(cell.code());
            String written = cell.written() == null ? "" : cell.written().strip();
            if (item.isEmpty()) {
                problems.add(StatisticProblem.of(StatisticProblem.Kind.UNKNOWN_ITEM, cell.code(), written, null));
                continue;
            }
            if (cell.note() != null && !cell.note().isBlank()) {
                notes.put(item.get().code(), cell.note().strip());
            }
            if (written.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> number = StatisticNumber.parse(written);
            if (number.isEmpty()) {
                problems.add(StatisticProblem.of(StatisticProblem.Kind.NOT_A_NUMBER, item.get().label(), written, null));
            } else if (number.get().signum() < 0) {
                problems.add(StatisticProblem.of(StatisticProblem.Kind.NEGATIVE, item.get().label(), written, number.get()));
            } else {
                read.put(item.get().code(), number.get());
            }
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (StatisticItem item : table.items()) {
            BigDecimal value = read.get(item.code());
            if (value != null) {
                values.put(item.code(), value);
            } else if (item.required() && (!givenItemsOnly || given(cells, item)) && problems.stream().noneMatch(p -> item.label().equals(p.itemLabel()))) {
                problems.add(StatisticProblem.of(StatisticProblem.Kind.REQUIRED_MISSING, item.label(), "", null));
            }
            if (value != null && item.isNumerator()) {
                Optional<StatisticItem> denominator = table.denominatorOf(item);
                BigDecimal whole = denominator.map(d -> read.get(d.code())).orElse(null);
                if (whole != null && value.compareTo(whole) > 0) {
                    problems.add(new StatisticProblem(StatisticProblem.Kind.ABOVE_DENOMINATOR, item.label(), null, value,
                            denominator.get().label(), whole));
                }
            }
        }
        return new Result(values, notes, List.copyOf(problems));
    }

    private static boolean given(List<Cell> cells, StatisticItem item) {
        return cells.stream().anyMatch(c -> item.code().equalsIgnoreCase(c.code().strip()));
    }
}

package vn.cchc.dashboard.domain.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The province-wide figures of a period from the units' current returns: counts summed; a ratio recomputed from the
 * summed numerator over the summed denominator, never an average of the units' rates (a small commune's 100% must not
 * weigh as much as a department's thousands of dossiers). Pure.
 */
public final class StatisticsRollup {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private StatisticsRollup() {
    }

    public static List<StatisticsTotal> totals(StatisticsTable table, List<StatisticsReturn> returns) {
        List<StatisticsReturn> current = returns.stream().filter(StatisticsReturn::current).toList();
        List<StatisticsTotal> totals = new ArrayList<>();
        for (StatisticItem item : table.items()) {
            BigDecimal sum = sum(current, item.code());
            int units = (int) current.stream().filter(r -> r.values().containsKey(item.code())).count();
            BigDecimal rate = null;
            if (item.isNumerator()) {
                BigDecimal whole = sum(current, item.pairCode());
                // Only units that sent both halves count towards the rate: half a ratio says nothing.
                BigDecimal part = current.stream().filter(r -> r.values().containsKey(item.pairCode()))
                        .map(r -> r.values().getOrDefault(item.code(), BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal paired = current.stream().filter(r -> r.values().containsKey(item.code()))
                        .map(r -> r.values().getOrDefault(item.pairCode(), BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (whole.signum() > 0 && paired.signum() > 0) {
                    rate = part.multiply(HUNDRED).divide(paired, 2, RoundingMode.HALF_UP);
                }
            }
            totals.add(new StatisticsTotal(item, sum, units, rate));
        }
        return totals;
    }

    private static BigDecimal sum(List<StatisticsReturn> returns, String code) {
        return returns.stream().map(r -> r.values().get(code)).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

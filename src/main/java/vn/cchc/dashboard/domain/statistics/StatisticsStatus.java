package vn.cchc.dashboard.domain.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cchc.dashboard.domain.Unit;

/**
 * Who has sent the period's figures: how many of the expected units, the ones that have not, and for those that
 * have, the required items still missing (an item the office made required after the unit sent its figures). Pure.
 */
public record StatisticsStatus(String period, int expected, List<Sent> sent, List<Unit> missing) {

    /** A unit that sent its figures: its current return and the required items it lacks. */
    public record Sent(Unit unit, StatisticsReturn current, List<StatisticItem> requiredMissing) {
        public Sent {
            requiredMissing = List.copyOf(requiredMissing);
        }
    }

    public StatisticsStatus {
        sent = List.copyOf(sent);
        missing = List.copyOf(missing);
    }

    /** {@code expected} in the order they are to be listed. */
    public static StatisticsStatus of(String period, StatisticsTable table, List<Unit> expected, List<StatisticsReturn> returns) {
        Map<Long, StatisticsReturn> current = returns.stream().filter(StatisticsReturn::current)
                .collect(Collectors.toMap(StatisticsReturn::unitId, r -> r, (a, b) -> b));
        List<Sent> sent = new ArrayList<>();
        List<Unit> missing = new ArrayList<>();
        for (Unit unit : expected) {
            StatisticsReturn r = current.get(unit.id());
            if (r == null) {
                missing.add(unit);
            } else {
                sent.add(new Sent(unit, r, table.items().stream()
                        .filter(i -> i.required() && !r.values().containsKey(i.code())).toList()));
            }
        }
        return new StatisticsStatus(period, expected.size(), sent, missing);
    }

    public long late() {
        return sent.stream().filter(s -> s.current().late()).count();
    }
}

package vn.cchc.dashboard.domain.statistics;

import java.util.List;
import java.util.Optional;

/** The statistics table of one year: its items in the order a form lists them. */
public record StatisticsTable(int year, List<StatisticItem> items) {

    public StatisticsTable {
        items = List.copyOf(items);
    }

    public Optional<StatisticItem> item(String code) {
        return items.stream().filter(i -> i.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    /** The item a numerator is divided by. */
    public Optional<StatisticItem> denominatorOf(StatisticItem numerator) {
        return numerator.isNumerator() ? item(numerator.pairCode()) : Optional.empty();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}

package vn.cchc.dashboard.domain.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.dashboard.domain.ReportPeriod;

/**
 * What a report states from the units' statistics: the province's figures of a period beside those of the same
 * period a year earlier (cùng kỳ, as the periodic reports compare cumulative figures), and who has sent them.
 *
 * @param earlierTotals the same period of the year before, matched item by item on the code; empty when none was sent
 */
public record StatisticsDigest(ReportPeriod period, StatisticsTable table, StatisticsStatus status,
                               List<StatisticsTotal> totals, List<StatisticsTotal> earlierTotals) {

    public StatisticsDigest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(status, "status");
        totals = List.copyOf(totals);
        earlierTotals = List.copyOf(earlierTotals);
    }

    /** The same period of the year before. */
    public ReportPeriod earlier() {
        return new ReportPeriod(period.year() - 1, period.kind());
    }

    public Optional<StatisticsTotal> total(String code) {
        return totals.stream().filter(t -> t.item().code().equals(code)).findFirst();
    }

    /** The year before's figure of the item with the same code, when some unit sent it. */
    public Optional<StatisticsTotal> earlier(String code) {
        return earlierTotals.stream().filter(t -> t.item().code().equals(code) && t.units() > 0).findFirst();
    }

    /**
     * True when the sum is the province's whole: every unit expected has sent the period's figures and each of them
     * filled the item. Only then is a sum compared with the year before; a partial sum would read as a fall.
     */
    public boolean complete(String code) {
        return status.missing().isEmpty() && !status.sent().isEmpty()
                && status.sent().stream().allMatch(s -> s.current().values().containsKey(code));
    }
}

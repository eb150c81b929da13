package vn.cchc.dashboard.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.dashboard.domain.statistics.StatisticItem;
import vn.cchc.dashboard.domain.statistics.StatisticKind;
import vn.cchc.dashboard.domain.statistics.StatisticsReturn;
import vn.cchc.dashboard.domain.statistics.StatisticsTable;

/**
 * The statistics table of each year, and the figures units sent per period: every return kept, the latest of a unit
 * and period current, the earlier ones marked superseded.
 */
public final class StatisticsRepository {

    /** The table of {@code year}; empty when the office has none for that year. */
    public StatisticsTable table(Connection c, int year) throws SQLException {
        return new StatisticsTable(year, Jdbc.query(c, "SELECT item_year, code, area_code, label, measure_unit, kind,"
                + " pair_code, required, sort_order, source, indicator_code FROM statistic_item WHERE item_year = ?"
                + " ORDER BY sort_order, code",
                r -> new StatisticItem(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        StatisticKind.valueOf(r.getString(6)), r.getString(7), r.getBoolean(8), r.getInt(9),
                        r.getString(10), r.getString(11)), year));
    }

    /** Adds {@code item} to its year's table, or replaces the item of the same year and code. */
    public void saveItem(Connection c, StatisticItem item) throws SQLException {
        Object[] fields = {item.areaCode(), item.label(), item.measureUnit(), item.kind().name(), item.pairCode(),
                item.required(), item.sortOrder(), item.source(), item.indicatorCode(), item.year(), item.code()};
        int changed = Jdbc.update(c, "UPDATE statistic_item SET area_code = ?, label = ?, measure_unit = ?, kind = ?,"
                + " pair_code = ?, required = ?, sort_order = ?, source = ?, indicator_code = ?"
                + " WHERE item_year = ? AND code = ?", fields);
        if (changed == 0) {
            Jdbc.update(c, "INSERT INTO statistic_item (area_code, label, measure_unit, kind, pair_code, required,"
                    + " sort_order, source, indicator_code, item_year, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", fields);
        }
    }

    public void removeItem(Connection c, int year, String code) throws SQLException {
        Jdbc.update(c, "DELETE FROM statistic_item WHERE item_year = ? AND code = ?", year, code);
    }

    /** Whether any unit sent a figure or a note for {@code code} in a period of {@code year}, superseded ones included. */
    public boolean hasFigures(Connection c, int year, String code) throws SQLException {
        return !Jdbc.query(c, "SELECT 1 FROM statistic_value v JOIN statistic_return r ON r.id = v.return_id"
                + " WHERE v.item_code = ? AND (r.period = ? OR r.period LIKE ?) FETCH FIRST 1 ROWS ONLY", r -> 1, code,
                String.valueOf(year), year + "-%").isEmpty();
    }

    /** The latest year with a statistics table, or null when no year has one. */
    public Integer latestTableYear(Connection c) throws SQLException {
        List<Integer> years = Jdbc.query(c, "SELECT MAX(item_year) FROM statistic_item", r -> {
            int year = r.getInt(1);
            return r.wasNull() ? null : year;
        });
        return years.isEmpty() ? null : years.get(0);
    }

    /** Copies the table of {@code from} to {@code to} (which has none yet); returns how many items were copied. */
    public int copyTable(Connection c, int from, int to) throws SQLException {
        return Jdbc.update(c, "INSERT INTO statistic_item (item_year, code, area_code, label, measure_unit, kind, pair_code,"
                + " required, sort_order, source, indicator_code) SELECT ?, code, area_code, label, measure_unit, kind, pair_code,"
                + " required, sort_order, source, indicator_code FROM statistic_item WHERE item_year = ?", to, from);
    }

    /** Every return of {@code period}, superseded ones included, oldest first. */
    public List<StatisticsReturn> returns(Connection c, String period) throws SQLException {
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        Map<Long, Map<String, String>> notes = new HashMap<>();
        Jdbc.query(c, "SELECT v.return_id, v.item_code, v.amount, v.note FROM statistic_value v"
                + " JOIN statistic_return r ON r.id = v.return_id WHERE r.period = ?", r -> {
                    BigDecimal amount = r.getBigDecimal(3);
                    if (amount != null) {
                        values.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>()).put(r.getString(2), amount.stripTrailingZeros());
                    }
                    if (r.getString(4) != null) {
                        notes.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>()).put(r.getString(2), r.getString(4));
                    }
                    return null;
                }, period);
        return Jdbc.query(c, "SELECT id, unit_id, period, source_file, received_at, received_by, late, superseded_at"
                + " FROM statistic_return WHERE period = ? ORDER BY id", r -> new StatisticsReturn(r.getLong(1), r.getLong(2),
                r.getString(3), r.getString(4), Jdbc.instant(r, 5), r.getString(6), r.getBoolean(7), Jdbc.instant(r, 8),
                values.getOrDefault(r.getLong(1), Map.of()), notes.getOrDefault(r.getLong(1), Map.of())), period);
    }

    /**
     * Records a unit's figures for a period as its current return, marking its earlier current return superseded.
     *
     * @return the new return's id
     */
    public long record(Connection c, long unitId, String period, String sourceFile, Instant at, String by, boolean late,
                       Map<String, BigDecimal> values, Map<String, String> notes) throws SQLException {
        Jdbc.update(c, "UPDATE statistic_return SET superseded_at = ? WHERE unit_id = ? AND period = ?"
                + " AND superseded_at IS NULL", at, unitId, period);
        long id = Jdbc.insert(c, "INSERT INTO statistic_return (unit_id, period, source_file, received_at, received_by,"
                + " late, superseded_at) VALUES (?, ?, ?, ?, ?, ?, NULL)", unitId, period, sourceFile, at, by, late);
        List<Object[]> rows = new ArrayList<>();
        java.util.Set<String> codes = new java.util.LinkedHashSet<>(values.keySet());
        codes.addAll(notes.keySet());
        for (String code : codes) {
            rows.add(new Object[] {id, code, values.get(code), notes.get(code)});
        }
        for (Object[] row : rows) {
            Jdbc.update(c, "INSERT INTO statistic_value (return_id, item_code, amount, note) VALUES (?, ?, ?, ?)", row);
        }
        return id;
    }
}

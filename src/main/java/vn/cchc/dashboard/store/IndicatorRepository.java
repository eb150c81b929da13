package vn.cchc.dashboard.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.IndicatorTarget;
import vn.cchc.dashboard.domain.IndicatorType;
import vn.cchc.dashboard.domain.IndicatorValue;
import vn.cchc.dashboard.domain.ReportPeriod;

/** Indicator definitions, their yearly targets and the units' figures per period. */
public final class IndicatorRepository {

    private static final String VALUE_COLUMNS =
            "id, indicator_code, unit_id, period, numerator, denominator, figure, entered_by, entered_at";

    /** Everything about indicators, for one consistent {@link IndicatorBook}. */
    public IndicatorBook book(Connection c) throws SQLException {
        return new IndicatorBook(indicators(c), targets(c), Jdbc.query(c, "SELECT " + VALUE_COLUMNS
                + " FROM indicator_value ORDER BY id", IndicatorRepository::value));
    }

    public List<Indicator> indicators(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT * FROM indicator ORDER BY sort_order", r -> new Indicator(r.getString("code"),
                r.getString("name"), r.getString("name_en"), IndicatorType.valueOf(r.getString("value_type")),
                r.getString("numerator_label"), r.getString("denominator_label"), r.getBoolean("higher_is_better"),
                r.getString("target_source"), r.getBoolean("province_wide"), r.getString("parent_code"),
                r.getBigDecimal("max_value"), r.getBoolean("yearly"), r.getInt("sort_order")));
    }

    public List<IndicatorTarget> targets(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT indicator_code, target_year, target_value, document FROM indicator_target"
                        + " ORDER BY indicator_code, target_year",
                r -> new IndicatorTarget(r.getString("indicator_code"), r.getInt("target_year"),
                        r.getBigDecimal("target_value"), r.getString("document")));
    }

    /** Sets a year's target, replacing the one there was. */
    public void saveTarget(Connection c, IndicatorTarget target, boolean sample) throws SQLException {
        Jdbc.update(c, "DELETE FROM indicator_target WHERE indicator_code = ? AND target_year = ?",
                target.indicatorCode(), target.year());
        Jdbc.update(c, "INSERT INTO indicator_target (indicator_code, target_year, target_value, document, sample)"
                + " VALUES (?, ?, ?, ?, ?)", target.indicatorCode(), target.year(), target.value(), target.document(), sample);
    }

    public Optional<IndicatorValue> findValue(Connection c, String indicatorCode, long unitId, ReportPeriod period)
            throws SQLException {
        return Jdbc.query(c, "SELECT " + VALUE_COLUMNS + " FROM indicator_value"
                        + " WHERE indicator_code = ? AND unit_id = ? AND period = ?", IndicatorRepository::value,
                indicatorCode, unitId, period.code()).stream().findFirst();
    }

    /** Inserts a figure for a unit and period that has none yet; returns its id. */
    public long insertValue(Connection c, IndicatorValue v) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO indicator_value (indicator_code, unit_id, period, numerator, denominator, figure,"
                        + " entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", v.indicatorCode(), v.unitId(),
                v.period().code(), v.numerator(), v.denominator(), v.value(), v.enteredBy(), v.enteredAt());
    }

    /** Replaces the figure with id {@code v.id()}; false when it is gone. */
    public boolean updateValue(Connection c, IndicatorValue v) throws SQLException {
        return Jdbc.update(c, "UPDATE indicator_value SET numerator = ?, denominator = ?, figure = ?, entered_by = ?,"
                        + " entered_at = ?, version = version + 1 WHERE id = ?", v.numerator(), v.denominator(), v.value(),
                v.enteredBy(), v.enteredAt(), v.id()) == 1;
    }

    public void deleteValue(Connection c, long id) throws SQLException {
        Jdbc.update(c, "DELETE FROM indicator_value WHERE id = ?", id);
    }

    private static IndicatorValue value(ResultSet r) throws SQLException {
        BigDecimal figure = r.getBigDecimal("figure");
        return new IndicatorValue(r.getLong("id"), r.getString("indicator_code"), r.getLong("unit_id"),
                ReportPeriod.parse(r.getString("period")).orElseThrow(() -> new SQLException("bad period code")),
                r.getBigDecimal("numerator"), r.getBigDecimal("denominator"), figure, r.getString("entered_by"),
                Jdbc.instant(r, "entered_at"));
    }
}

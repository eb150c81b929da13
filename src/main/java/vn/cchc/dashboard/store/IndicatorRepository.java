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
import vn.cchc.dashboard.domain.indicators.IndicatorChange;
import vn.cchc.dashboard.domain.indicators.Milestone;
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
                + " FROM indicator_value ORDER BY id", IndicatorRepository::value), milestones(c));
    }

    public List<Indicator> indicators(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT * FROM indicator ORDER BY sort_order", r -> new Indicator(r.getString("code"),
                r.getString("name"), r.getString("name_en"), IndicatorType.valueOf(r.getString("value_type")),
                r.getString("numerator_label"), r.getString("denominator_label"), r.getBoolean("higher_is_better"),
                r.getString("target_source"), r.getBoolean("province_wide"), r.getString("parent_code"),
                r.getBigDecimal("max_value"), r.getBoolean("yearly"), r.getInt("sort_order"), r.getString("area_code"),
                r.getString("measure_unit"), Jdbc.date(r, "retired_on")));
    }

    private static final String INDICATOR_COLUMNS = "code, name, name_en, value_type, numerator_label, denominator_label,"
            + " higher_is_better, target_source, province_wide, parent_code, max_value, yearly, sort_order, area_code,"
            + " measure_unit, retired_on";

    /** Adds an indicator to the library. */
    public void insertIndicator(Connection c, Indicator i) throws SQLException {
        Jdbc.update(c, "INSERT INTO indicator (" + INDICATOR_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)", i.code(), i.name(), i.nameEn(), i.type(), i.numeratorLabel(), i.denominatorLabel(),
                i.higherIsBetter(), i.targetSource(), i.provinceWide(), i.parentCode(), i.maxValue(), i.yearly(),
                i.order(), i.areaCode(), i.measureUnit(), i.retiredOn());
    }

    /** Replaces the definition of {@code i.code()}; false when there is no such indicator. */
    public boolean updateIndicator(Connection c, Indicator i) throws SQLException {
        return Jdbc.update(c, "UPDATE indicator SET name = ?, name_en = ?, value_type = ?, numerator_label = ?,"
                + " denominator_label = ?, higher_is_better = ?, target_source = ?, province_wide = ?, max_value = ?,"
                + " yearly = ?, area_code = ?, measure_unit = ?, retired_on = ?, version = version + 1 WHERE code = ?",
                i.name(), i.nameEn(), i.type(), i.numeratorLabel(), i.denominatorLabel(), i.higherIsBetter(),
                i.targetSource(), i.provinceWide(), i.maxValue(), i.yearly(), i.areaCode(), i.measureUnit(),
                i.retiredOn(), i.code()) == 1;
    }

    /** The next place in the library's order, after every indicator there is. */
    public int nextOrder(Connection c) throws SQLException {
        return (int) Jdbc.queryLong(c, "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM indicator");
    }

    /** The milestones of every indicator, by period. */
    public List<Milestone> milestones(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT indicator_code, period, target_value FROM indicator_milestone"
                + " ORDER BY indicator_code, period", r -> new Milestone(r.getString(1),
                ReportPeriod.parse(r.getString(2)).orElseThrow(() -> new SQLException("bad period code")),
                r.getBigDecimal(3)));
    }

    /** Replaces the milestones of {@code code} within {@code year} by {@code milestones}. */
    public void saveMilestones(Connection c, String code, int year, List<Milestone> milestones) throws SQLException {
        for (ReportPeriod period : ReportPeriod.of(year)) {
            Jdbc.update(c, "DELETE FROM indicator_milestone WHERE indicator_code = ? AND period = ?", code, period.code());
        }
        for (Milestone m : milestones) {
            Jdbc.update(c, "INSERT INTO indicator_milestone (indicator_code, period, target_value) VALUES (?, ?, ?)",
                    code, m.period().code(), m.value());
        }
    }

    /** Removes the target of {@code code} for {@code year}, with its milestones. */
    public void deleteTarget(Connection c, String code, int year) throws SQLException {
        saveMilestones(c, code, year, List.of());
        Jdbc.update(c, "DELETE FROM indicator_target WHERE indicator_code = ? AND target_year = ?", code, year);
    }

    /** Adds to the library's history. */
    public void insertChanges(Connection c, List<IndicatorChange> changes) throws SQLException {
        Jdbc.updateAll(c, "INSERT INTO indicator_change (indicator_code, changed_at, user_name, login_name, field,"
                + " old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)", changes.stream().map(ch -> new Object[] {
                ch.indicatorCode(), ch.at(), ch.user(), ch.login(), ch.field(), ch.before(), ch.after()}).toList());
    }

    /** The history of {@code code}, newest first. */
    public List<IndicatorChange> changes(Connection c, String code) throws SQLException {
        return Jdbc.query(c, "SELECT indicator_code, changed_at, user_name, login_name, field, old_value, new_value"
                + " FROM indicator_change WHERE indicator_code = ? ORDER BY changed_at DESC, id DESC",
                r -> new IndicatorChange(r.getString(1), Jdbc.instant(r, 2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7)), code);
    }

    public List<IndicatorTarget> targets(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT indicator_code, target_year, target_value, document, baseline, baseline_year"
                        + " FROM indicator_target ORDER BY indicator_code, target_year",
                r -> new IndicatorTarget(r.getString("indicator_code"), r.getInt("target_year"),
                        r.getBigDecimal("target_value"), r.getString("document"), r.getBigDecimal("baseline"),
                        (Integer) r.getObject("baseline_year", Integer.class)));
    }

    /** Sets a year's target, replacing the one there was. */
    public void saveTarget(Connection c, IndicatorTarget target, boolean sample) throws SQLException {
        Jdbc.update(c, "DELETE FROM indicator_target WHERE indicator_code = ? AND target_year = ?",
                target.indicatorCode(), target.year());
        Jdbc.update(c, "INSERT INTO indicator_target (indicator_code, target_year, target_value, document, sample, baseline,"
                + " baseline_year) VALUES (?, ?, ?, ?, ?, ?, ?)", target.indicatorCode(), target.year(), target.value(),
                target.document(), sample, target.baseline(), target.baselineYear());
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

package vn.cchc.dashboard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;

/** Units (sở, ban, ngành, UBND cấp huyện/xã …) with their validity and successors. */
public final class UnitRepository {

    private static final String COLUMNS = "id, name, short_name, kind, valid_from, valid_to, successor_id";

    /** Inserts {@code unit} (its id is ignored) and returns the new id. */
    public long insert(Connection c, Unit unit) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO org_unit (name, short_name, kind, valid_from, valid_to, successor_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                unit.name(), unit.shortName(), unit.kind(), unit.validFrom(), unit.validTo(), unit.successorId());
    }

    /** Saves new values for the unit's name, kind, validity and successor; false when there is no such unit. */
    public boolean update(Connection c, Unit unit) throws SQLException {
        return Jdbc.update(c, "UPDATE org_unit SET name = ?, short_name = ?, kind = ?, valid_from = ?, valid_to = ?,"
                        + " successor_id = ? WHERE id = ?",
                unit.name(), unit.shortName(), unit.kind(), unit.validFrom(), unit.validTo(), unit.successorId(),
                unit.id()) == 1;
    }

    /** How many tasks (in any plan, deleted ones included) name the unit as lead or cooperating unit, or as successor. */
    public long references(Connection c, long unitId) throws SQLException {
        return Jdbc.queryLong(c, "SELECT (SELECT COUNT(*) FROM task WHERE lead_unit_id = ?)"
                + " + (SELECT COUNT(*) FROM task_cooperator WHERE unit_id = ?)"
                + " + (SELECT COUNT(*) FROM org_unit WHERE successor_id = ?)", unitId, unitId, unitId);
    }

    public void delete(Connection c, long unitId) throws SQLException {
        Jdbc.update(c, "DELETE FROM org_unit WHERE id = ?", unitId);
    }

    public void setSuccessor(Connection c, long unitId, long successorId) throws SQLException {
        Jdbc.update(c, "UPDATE org_unit SET successor_id = ? WHERE id = ?", successorId, unitId);
    }

    public List<Unit> findAll(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM org_unit ORDER BY id", UnitRepository::map);
    }

    /** The units that a plan's tasks lead or cooperate on. */
    public List<Unit> findByPlan(Connection c, long planId) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM org_unit WHERE id IN ("
                        + "SELECT lead_unit_id FROM task WHERE plan_id = ?"
                        + " UNION SELECT tc.unit_id FROM task_cooperator tc JOIN task t ON t.id = tc.task_id WHERE t.plan_id = ?)"
                        + " ORDER BY id",
                UnitRepository::map, planId, planId);
    }

    private static Unit map(ResultSet r) throws SQLException {
        return new Unit(r.getLong("id"), r.getString("name"), r.getString("short_name"),
                UnitKind.valueOf(r.getString("kind")), Jdbc.date(r, "valid_from"), Jdbc.date(r, "valid_to"),
                Jdbc.nullableLong(r, "successor_id"));
    }
}

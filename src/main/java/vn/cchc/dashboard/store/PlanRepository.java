package vn.cchc.dashboard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanKind;

/** Annual plans: a province's own, or the national plans of the provinces' and the ministries' tasks. */
public final class PlanRepository {

    private static final String COLUMNS =
            "id, plan_year, title, document_number, document_date, scope, kind, programme_code, archived, sample";

    /** Inserts {@code plan} (its id is ignored) and returns the new id. The scope column follows the plan's kind. */
    public long insert(Connection c, Plan plan) throws SQLException {
        return Jdbc.insert(c, "INSERT INTO plan (plan_year, title, document_number, document_date, scope, kind,"
                        + " programme_code, archived, sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                plan.year(), plan.title(), plan.documentNumber(), plan.documentDate(), plan.scope(), plan.kind(),
                plan.programmeCode(), plan.archived(), plan.sample());
    }

    /** All plans, the newest year first. */
    public List<Plan> findAll(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM plan ORDER BY plan_year DESC, id DESC", PlanRepository::map);
    }

    public Optional<Plan> findById(Connection c, long id) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM plan WHERE id = ?", PlanRepository::map, id)
                .stream().findFirst();
    }

    public void setArchived(Connection c, long planId, boolean archived) throws SQLException {
        Jdbc.update(c, "UPDATE plan SET archived = ? WHERE id = ?", archived, planId);
    }

    public long count(Connection c) throws SQLException {
        return Jdbc.queryLong(c, "SELECT COUNT(*) FROM plan");
    }

    private static Plan map(ResultSet r) throws SQLException {
        return new Plan(r.getLong("id"), r.getInt("plan_year"), r.getString("title"), r.getString("document_number"),
                Jdbc.date(r, "document_date"), PlanKind.valueOf(r.getString("kind")), r.getString("programme_code"),
                r.getBoolean("archived"), r.getBoolean("sample"));
    }
}

package vn.cchc.dashboard.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.ReformProgramme;

/** Reform programmes and their areas, kept as data because editions differ. */
public final class ReferenceDataRepository {

    public List<ReformProgramme> programmes(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT code, name, legal_basis, start_year, end_year FROM reform_programme ORDER BY start_year",
                r -> new ReformProgramme(r.getString("code"), r.getString("name"), r.getString("legal_basis"),
                        r.getInt("start_year"), r.getInt("end_year")));
    }

    public List<ReformArea> areas(Connection c, String programmeCode) throws SQLException {
        return Jdbc.query(c, "SELECT programme_code, code, name, name_en, sort_order FROM reform_area"
                        + " WHERE programme_code = ? ORDER BY sort_order",
                r -> new ReformArea(r.getString("programme_code"), r.getString("code"), r.getString("name"),
                        r.getString("name_en"), r.getInt("sort_order")),
                programmeCode);
    }
}

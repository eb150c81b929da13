package vn.cchc.dashboard.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.dashboard.domain.national.IndexKind;
import vn.cchc.dashboard.domain.national.NationalResults;
import vn.cchc.dashboard.domain.national.ProvinceScore;

/**
 * The PAR Index and SIPAS results of every province, one set per index and year (schema V7). Lives here rather than
 * in a store sub-package of its capability because it shares the package's {@link Jdbc} chores.
 */
public final class NationalResultsRepository {

    /** The years imported for {@code kind}, oldest first. */
    public List<Integer> years(Connection c, IndexKind kind) throws SQLException {
        return Jdbc.query(c, "SELECT result_year FROM national_result_set WHERE index_kind = ? ORDER BY result_year",
                r -> r.getInt(1), kind);
    }

    public Optional<NationalResults> find(Connection c, IndexKind kind, int year) throws SQLException {
        List<Object[]> sets = Jdbc.query(c, "SELECT id, source_file, imported_at, imported_by FROM national_result_set"
                + " WHERE index_kind = ? AND result_year = ?", r -> new Object[] {r.getLong(1), r.getString(2),
                Jdbc.instant(r, 3), r.getString(4)}, kind, year);
        if (sets.isEmpty()) {
            return Optional.empty();
        }
        Object[] set = sets.get(0);
        long id = (Long) set[0];
        List<String> components = Jdbc.query(c, "SELECT name FROM national_result_component WHERE set_id = ?"
                + " ORDER BY position", r -> r.getString(1), id);
        Map<Integer, Map<Integer, BigDecimal>> scores = new HashMap<>();
        Jdbc.query(c, "SELECT province_position, component_position, score FROM national_result_score WHERE set_id = ?",
                r -> scores.computeIfAbsent(r.getInt(1), p -> new HashMap<>()).put(r.getInt(2), r.getBigDecimal(3)), id);
        List<ProvinceScore> provinces = Jdbc.query(c, "SELECT position, province, total FROM national_result_province"
                + " WHERE set_id = ? ORDER BY position", r -> {
                    Map<Integer, BigDecimal> own = scores.getOrDefault(r.getInt(1), Map.of());
                    List<BigDecimal> byComponent = new ArrayList<>();
                    for (int i = 0; i < components.size(); i++) {
                        byComponent.add(own.get(i));
                    }
                    return new ProvinceScore(r.getString(2), r.getBigDecimal(3), byComponent);
                }, id);
        return Optional.of(new NationalResults(kind, year, components, provinces, (String) set[1],
                (java.time.Instant) set[2], (String) set[3]));
    }

    /**
     * Puts {@code results} in place of the set of the same index and year, within the caller's transaction: the old
     * set goes and the new one arrives together, or neither does.
     *
     * @return the set it replaced, if there was one
     */
    public Optional<NationalResults> replace(Connection c, NationalResults results) throws SQLException {
        Optional<NationalResults> replaced = find(c, results.kind(), results.year());
        String set = "(SELECT id FROM national_result_set WHERE index_kind = ? AND result_year = ?)";
        for (String table : List.of("national_result_score", "national_result_province", "national_result_component")) {
            Jdbc.update(c, "DELETE FROM " + table + " WHERE set_id = " + set, results.kind(), results.year());
        }
        Jdbc.update(c, "DELETE FROM national_result_set WHERE index_kind = ? AND result_year = ?", results.kind(),
                results.year());
        long id = Jdbc.insert(c, "INSERT INTO national_result_set (index_kind, result_year, source_file, imported_at,"
                        + " imported_by) VALUES (?, ?, ?, ?, ?)", results.kind(), results.year(), results.sourceFile(),
                results.importedAt(), results.importedBy());
        List<Object[]> components = new ArrayList<>();
        for (int i = 0; i < results.components().size(); i++) {
            components.add(new Object[] {id, i, results.components().get(i)});
        }
        Jdbc.updateAll(c, "INSERT INTO national_result_component (set_id, position, name) VALUES (?, ?, ?)", components);
        List<Object[]> provinces = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        for (int p = 0; p < results.provinces().size(); p++) {
            ProvinceScore province = results.provinces().get(p);
            provinces.add(new Object[] {id, p, province.province(), province.total()});
            for (int i = 0; i < results.components().size(); i++) {
                if (province.component(i) != null) {
                    scores.add(new Object[] {id, p, i, province.component(i)});
                }
            }
        }
        Jdbc.updateAll(c, "INSERT INTO national_result_province (set_id, position, province, total) VALUES (?, ?, ?, ?)",
                provinces);
        Jdbc.updateAll(c, "INSERT INTO national_result_score (set_id, province_position, component_position, score)"
                + " VALUES (?, ?, ?, ?)", scores);
        return replaced;
    }
}

package vn.cchc.dashboard.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.Score;
import vn.cchc.dashboard.domain.unitindex.ScoreChange;
import vn.cchc.dashboard.domain.unitindex.ScoringLock;

/** The province's reform index of its units: criteria sets per year and group, exemptions and scores per unit. */
public final class UnitIndexRepository {

    public CriteriaSet criteria(Connection c, int year, IndexGroup group) throws SQLException {
        return new CriteriaSet(year, group, Jdbc.query(c, "SELECT code, parent_code, title, max_points, guidance, sort_order"
                + " FROM unit_index_criterion WHERE index_year = ? AND index_group = ? ORDER BY sort_order",
                r -> new Criterion(r.getString(1), r.getString(2), r.getString(3), strip(r.getBigDecimal(4)),
                        r.getString(5), r.getInt(6)), year, group.name()));
    }

    /** Replaces the set of {@code set}'s year and group by {@code set}. */
    public void replaceCriteria(Connection c, CriteriaSet set) throws SQLException {
        Jdbc.update(c, "DELETE FROM unit_index_criterion WHERE index_year = ? AND index_group = ?", set.year(),
                set.group().name());
        for (Criterion line : set.criteria()) {
            Jdbc.update(c, "INSERT INTO unit_index_criterion (index_year, index_group, code, parent_code, title, max_points,"
                    + " guidance, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", set.year(), set.group().name(), line.code(),
                    line.parentCode(), line.title(), line.maxPoints(), line.guidance(), line.order());
        }
    }

    /** Whether any unit has a score for the year's criteria of units in {@code unitIds}. */
    public boolean hasScores(Connection c, int year, Set<Long> unitIds) throws SQLException {
        if (unitIds.isEmpty()) {
            return false;
        }
        return Jdbc.query(c, "SELECT unit_id FROM unit_index_score WHERE index_year = ?", r -> r.getLong(1), year).stream()
                .anyMatch(unitIds::contains);
    }

    /** Each unit's exempt codes for the year. */
    public Map<Long, Set<String>> exemptions(Connection c, int year) throws SQLException {
        Map<Long, Set<String>> exempt = new HashMap<>();
        Jdbc.query(c, "SELECT unit_id, code FROM unit_index_exemption WHERE index_year = ?", r -> {
            exempt.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getString(2));
            return null;
        }, year);
        return exempt;
    }

    /** One unit's exempt codes for the year. */
    public Set<String> exemptions(Connection c, int year, long unitId) throws SQLException {
        return new HashSet<>(Jdbc.query(c, "SELECT code FROM unit_index_exemption WHERE index_year = ? AND unit_id = ?",
                r -> r.getString(1), year, unitId));
    }

    public void exempt(Connection c, int year, long unitId, String code, String reason) throws SQLException {
        Jdbc.update(c, "DELETE FROM unit_index_exemption WHERE index_year = ? AND unit_id = ? AND code = ?", year, unitId,
                code);
        Jdbc.update(c, "INSERT INTO unit_index_exemption (index_year, unit_id, code, reason) VALUES (?, ?, ?, ?)", year,
                unitId, code, reason);
    }

    /** Removes an exemption; false when there was none. */
    public boolean unexempt(Connection c, int year, long unitId, String code) throws SQLException {
        return Jdbc.update(c, "DELETE FROM unit_index_exemption WHERE index_year = ? AND unit_id = ? AND code = ?", year,
                unitId, code) > 0;
    }

    /** Each unit's scores for the year, by criterion code. */
    public Map<Long, Map<String, Score>> scores(Connection c, int year) throws SQLException {
        Map<Long, Map<String, Score>> scores = new HashMap<>();
        Jdbc.query(c, "SELECT unit_id, code, self_score, evidence, explanation, appraised_score, appraisal_comment,"
                + " unit_reply FROM unit_index_score WHERE index_year = ?", r -> {
                    Score score = new Score(r.getString(2), strip(r.getBigDecimal(3)), r.getString(4), r.getString(5),
                            strip(r.getBigDecimal(6)), r.getString(7), r.getString(8));
                    scores.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>()).put(score.code(), score);
                    return null;
                }, year);
        return scores;
    }

    /** One unit's scores for the year, by criterion code. */
    public Map<String, Score> scores(Connection c, int year, long unitId) throws SQLException {
        Map<String, Score> scores = new LinkedHashMap<>();
        Jdbc.query(c, "SELECT code, self_score, evidence, explanation, appraised_score, appraisal_comment, unit_reply"
                + " FROM unit_index_score WHERE index_year = ? AND unit_id = ?", r -> {
                    Score score = new Score(r.getString(1), strip(r.getBigDecimal(2)), r.getString(3), r.getString(4),
                            strip(r.getBigDecimal(5)), r.getString(6), r.getString(7));
                    scores.put(score.code(), score);
                    return null;
                }, year, unitId);
        return scores;
    }

    /**
     * Writes {@code score} for the unit and year, replacing what it had on that criterion. {@code sourceFile} is the
     * file the line came from (a returned form, the survey); a change made without one (an appraisal or explanation
     * typed in) keeps the file the line already came from.
     */
    public void saveScore(Connection c, int year, long unitId, Score score, String sourceFile) throws SQLException {
        Object[] fields = {score.selfScore(), score.evidence(), score.explanation(), score.appraisedScore(),
                score.appraisalComment(), score.unitReply(), sourceFile, year, unitId, score.code()};
        int changed = Jdbc.update(c, "UPDATE unit_index_score SET self_score = ?, evidence = ?, explanation = ?,"
                + " appraised_score = ?, appraisal_comment = ?, unit_reply = ?, source_file = COALESCE(?, source_file)"
                + " WHERE index_year = ? AND unit_id = ? AND code = ?", fields);
        if (changed == 0) {
            Jdbc.update(c, "INSERT INTO unit_index_score (self_score, evidence, explanation, appraised_score,"
                    + " appraisal_comment, unit_reply, source_file, index_year, unit_id, code)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", fields);
        }
    }

    /** "10", "1.5": as written, not "10.00" nor "1E+1". */
    private static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public void recordChange(Connection c, ScoreChange change) throws SQLException {
        Jdbc.update(c, "INSERT INTO unit_index_change (index_year, unit_id, code, changed_at, user_name, login_name, field,"
                + " old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", change.year(), change.unitId(), change.code(),
                change.changedAt(), change.userName(), change.loginName(), change.field().name(), change.oldValue(),
                change.newValue());
    }

    /** The changes to a unit's scoring in {@code year}, oldest first. */
    public List<ScoreChange> changes(Connection c, int year, long unitId) throws SQLException {
        return Jdbc.query(c, "SELECT index_year, unit_id, code, changed_at, user_name, login_name, field, old_value,"
                + " new_value FROM unit_index_change WHERE index_year = ? AND unit_id = ? ORDER BY changed_at, id",
                r -> new ScoreChange(r.getInt(1), r.getLong(2), r.getString(3), Jdbc.instant(r, 4), r.getString(5),
                        r.getString(6), ScoreChange.Field.valueOf(r.getString(7)), r.getString(8), r.getString(9)),
                year, unitId);
    }

    /** The years that have a criteria set, newest first. */
    /** Adds a locking or reopening of a year's scoring of a group; events are only ever added. */
    public void recordLock(Connection c, ScoringLock event) throws SQLException {
        Jdbc.update(c, "INSERT INTO unit_index_lock_event (index_year, index_group, locked, changed_at, user_name,"
                + " login_name, reason) VALUES (?, ?, ?, ?, ?, ?, ?)", event.year(), event.group().name(), event.locked(),
                event.changedAt(), event.userName(), event.loginName(), event.reason());
    }

    /** Every locking and reopening of the year's scoring of the group, oldest first: the last one is the state. */
    public List<ScoringLock> lockEvents(Connection c, int year, IndexGroup group) throws SQLException {
        return Jdbc.query(c, "SELECT index_year, index_group, locked, changed_at, user_name, login_name, reason"
                + " FROM unit_index_lock_event WHERE index_year = ? AND index_group = ? ORDER BY id",
                r -> new ScoringLock(r.getInt(1), IndexGroup.valueOf(r.getString(2)), r.getBoolean(3), Jdbc.instant(r, 4),
                        r.getString(5), r.getString(6), r.getString(7)), year, group.name());
    }

    /** The groups with a criteria set, per year, the newest year first. */
    public Map<Integer, List<IndexGroup>> editions(Connection c) throws SQLException {
        Map<Integer, List<IndexGroup>> editions = new LinkedHashMap<>();
        for (String[] row : Jdbc.query(c, "SELECT DISTINCT index_year, index_group FROM unit_index_criterion"
                + " ORDER BY index_year DESC, index_group", r -> new String[] {r.getString(1), r.getString(2)})) {
            editions.computeIfAbsent(Integer.valueOf(row[0]), y -> new ArrayList<>()).add(IndexGroup.valueOf(row[1]));
        }
        editions.values().forEach(groups -> groups.sort(null)); // the groups in their own order: departments first
        return editions;
    }

    /** The years in which some unit has a score. */
    public Set<Integer> scoredYears(Connection c) throws SQLException {
        return new HashSet<>(Jdbc.query(c, "SELECT DISTINCT index_year FROM unit_index_score", r -> r.getInt(1)));
    }

    public List<Integer> years(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT DISTINCT index_year FROM unit_index_criterion ORDER BY index_year DESC",
                r -> r.getInt(1));
    }

    /** One unit's exempt codes for the year, each with the reason recorded. */
    public Map<String, String> exemptionReasons(Connection c, int year, long unitId) throws SQLException {
        Map<String, String> reasons = new LinkedHashMap<>();
        Jdbc.query(c, "SELECT code, reason FROM unit_index_exemption WHERE index_year = ? AND unit_id = ? ORDER BY code",
                r -> reasons.put(r.getString(1), r.getString(2)), year, unitId);
        return reasons;
    }

    /** The file each of a unit's scores of the year last came from, by criterion code; scores typed in are left out. */
    public Map<String, String> sourceFiles(Connection c, int year, long unitId) throws SQLException {
        Map<String, String> files = new LinkedHashMap<>();
        Jdbc.query(c, "SELECT code, source_file FROM unit_index_score WHERE index_year = ? AND unit_id = ?"
                + " AND source_file IS NOT NULL", r -> files.put(r.getString(1), r.getString(2)), year, unitId);
        return files;
    }
}

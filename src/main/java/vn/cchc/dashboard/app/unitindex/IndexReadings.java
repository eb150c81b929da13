package vn.cchc.dashboard.app.unitindex;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.UnitMatcher;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexMembers;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.domain.unitindex.Score;
import vn.cchc.dashboard.domain.unitindex.ScoreChange;
import vn.cchc.dashboard.domain.unitindex.ScoringLock;
import vn.cchc.dashboard.domain.unitindex.UnitAssessment;
import vn.cchc.dashboard.domain.unitindex.UnitIndexCalculator;
import vn.cchc.dashboard.domain.unitindex.UnitIndexResult;
import vn.cchc.dashboard.domain.unitindex.UnitStanding;
import vn.cchc.dashboard.store.Store;

/**
 * What the index's data says, read and never changed: the sets, the members, their scores, the locking, the ranking
 * and the standings computed from them. Kept apart from the changes so that a change checks its rules against the same
 * reading a screen shows; the methods taking a connection read inside a change's own transaction.
 */
final class IndexReadings {

    private final Store store;

    IndexReadings(Store store) {
        this.store = store;
    }

    CriteriaSet criteria(int year, IndexGroup group) {
        return store.database().inTransaction(c -> store.unitIndex().criteria(c, year, group));
    }

    Map<Integer, List<IndexGroup>> editions() {
        return store.database().inTransaction(c -> store.unitIndex().editions(c));
    }

    Map<Long, UnitStanding> latestStandings(int upToYear) {
        return store.database().inTransaction(c -> {
            Map<Long, UnitStanding> latest = new HashMap<>();
            for (Map.Entry<Integer, List<IndexGroup>> edition : store.unitIndex().editions(c).entrySet()) {
                if (edition.getKey() > upToYear) {
                    continue;
                }
                for (IndexGroup group : edition.getValue()) {
                    boolean announced = lockState(c, edition.getKey(), group).filter(ScoringLock::locked).isPresent();
                    UnitStanding.of(edition.getKey(), group, ranking(c, edition.getKey(), group), announced)
                            .forEach(latest::putIfAbsent); // editions come newest first
                }
            }
            return latest;
        });
    }

    Set<Integer> scoredYears() {
        return store.database().inTransaction(c -> store.unitIndex().scoredYears(c));
    }

    List<Unit> members(int year, IndexGroup group) {
        return store.database().inTransaction(c -> members(c, year, group));
    }

    /** The units the group ranks in {@code year}, in Vietnamese order. */
    List<Unit> members(Connection c, int year, IndexGroup group) throws SQLException {
        return IndexMembers.of(store.units().findAll(c), group, year).stream()
                .sorted(Comparator.comparing(Unit::name, Text.vietnameseOrder())).toList();
    }

    Unit member(int year, IndexGroup group, String name) {
        return new UnitMatcher(members(year, group), year).match(name)
                .orElseThrow(() -> AppException.invalidInput("unitIndex.error.unknownUnit", name, String.valueOf(year)));
    }

    /** The year's set of the group; a sentence when there is none yet. */
    CriteriaSet set(Connection c, int year, IndexGroup group) throws SQLException {
        CriteriaSet set = store.unitIndex().criteria(c, year, group);
        if (set.isEmpty()) {
            throw AppException.invalidInput("unitIndex.error.noSet", String.valueOf(year));
        }
        return set;
    }

    List<ScoreChange> history(int year, Unit unit) {
        return store.database().inTransaction(c -> store.unitIndex().changes(c, year, unit.id()));
    }

    Optional<ScoringLock> lockState(int year, IndexGroup group) {
        return store.database().inTransaction(c -> lockState(c, year, group));
    }

    Optional<ScoringLock> lockState(Connection c, int year, IndexGroup group) throws SQLException {
        List<ScoringLock> events = store.unitIndex().lockEvents(c, year, group);
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    List<IndexRanking.Ranked> ranking(int year, IndexGroup group) {
        return store.database().inTransaction(c -> ranking(c, year, group));
    }

    List<IndexRanking.Ranked> ranking(Connection c, int year, IndexGroup group) throws SQLException {
        CriteriaSet set = set(c, year, group);
        Map<Long, Set<String>> exempt = store.unitIndex().exemptions(c, year);
        Map<Long, Map<String, Score>> scores = store.unitIndex().scores(c, year);
        List<UnitIndexResult> results = new ArrayList<>();
        for (Unit unit : members(c, year, group)) {
            results.add(UnitIndexCalculator.compute(set, new UnitAssessment(unit.id(), unit.name(),
                    exempt.getOrDefault(unit.id(), Set.of()), scores.getOrDefault(unit.id(), Map.of()))));
        }
        return IndexRanking.rank(results);
    }

    Map<String, Score> scores(int year, Unit unit) {
        return store.database().inTransaction(c -> store.unitIndex().scores(c, year, unit.id()));
    }

    Map<Long, Map<String, Score>> scores(int year) {
        return store.database().inTransaction(c -> store.unitIndex().scores(c, year));
    }

    Set<String> exemptions(int year, Unit unit) {
        return store.database().inTransaction(c -> store.unitIndex().exemptions(c, year, unit.id()));
    }
}

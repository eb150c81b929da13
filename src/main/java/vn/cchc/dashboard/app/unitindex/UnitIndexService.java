package vn.cchc.dashboard.app.unitindex;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.domain.unitindex.Score;
import vn.cchc.dashboard.domain.unitindex.ScoreChange;
import vn.cchc.dashboard.domain.unitindex.ScoringLock;
import vn.cchc.dashboard.domain.unitindex.UnitStanding;
import vn.cchc.dashboard.store.Store;

/**
 * The province's reform index of its units (Chỉ số CCHC): the year's criteria set per group, the units' exemptions and
 * scores, and the ranking. Each change is one transaction and is refused whole, in one sentence, when it would leave
 * the year's scoring inconsistent. Blocking: call it off the FX thread.
 *
 * <p>The one doorway the screens and the commands use: it says where each change's transaction begins and ends, and
 * leaves the work to its parts — the readings ({@link IndexReadings}), the scoring rules ({@link ScoreRecorder}), the
 * locking ({@link ScoringLocks}), the criteria sets ({@link CriteriaSets}) and the survey's file ({@link SurveyImport}).
 */
public final class UnitIndexService {

    private final Store store;
    private final IndexReadings readings;
    private final ScoringLocks locks;
    private final ScoreRecorder scoring;
    private final CriteriaSets criteriaSets;
    private final SurveyImport survey;

    public UnitIndexService(Store store, Clock clock, AppSettings settings) {
        this.store = store;
        this.readings = new IndexReadings(store);
        this.locks = new ScoringLocks(store, clock, settings, readings);
        this.scoring = new ScoreRecorder(store, clock, settings, readings, locks);
        this.criteriaSets = new CriteriaSets(store, readings, locks);
        this.survey = new SurveyImport(store, readings, scoring);
    }

    public CriteriaSet criteria(int year, IndexGroup group) {
        return readings.criteria(year, group);
    }

    /**
     * Makes {@code set} the criteria of its year and group; refused once a unit of the group has a score that year (its
     * scores would no longer match the lines they were given on).
     */
    public void saveCriteria(CriteriaSet set) {
        criteriaSets.save(set);
    }

    /**
     * Reads the criteria set of {@code year} and {@code group} from the appendix file of the province's decision and
     * makes it the year's (see {@link #saveCriteria}); a file refused is one sentence naming the row, nothing changed.
     */
    public CriteriaSet importCriteria(Path file, int year, IndexGroup group) {
        return criteriaSets.importFile(file, year, group);
    }

    /** The groups with a criteria set, per year, the newest year first. */
    public Map<Integer, List<IndexGroup>> editions() {
        return readings.editions();
    }

    /**
     * Each unit's standing in the newest year up to {@code upToYear} whose results of its group could be announced
     * (every unit fully scored), for the lagging list and the reports to cite; units without one are absent.
     */
    public Map<Long, UnitStanding> latestStandings(int upToYear) {
        return readings.latestStandings(upToYear);
    }

    /**
     * The standings a plan of {@code planYear} cites. A year's index assesses the whole year and is scored in the next,
     * so a plan's lagging list and its reports cite at most the year before — never a year still running, even once
     * it is scored (a six-month report redone in the following spring keeps citing what it could have cited then).
     */
    public Map<Long, UnitStanding> standingsFor(int planYear) {
        return latestStandings(planYear - 1);
    }

    /** The years in which some unit has a score. */
    public Set<Integer> scoredYears() {
        return readings.scoredYears();
    }

    /** The units the group ranks in {@code year}, in Vietnamese order. */
    public List<Unit> members(int year, IndexGroup group) {
        return readings.members(year, group);
    }

    /** The member of the group called {@code name} (as plan imports match names), or a sentence saying there is none. */
    public Unit member(int year, IndexGroup group, String name) {
        return readings.member(year, group, name);
    }

    /** Records that {@code code} does not apply to {@code unit} in {@code year}, and why. */
    public void exempt(int year, IndexGroup group, Unit unit, String code, String reason) {
        store.database().inTransaction(c -> {
            scoring.exempt(c, year, group, unit, code, reason);
            return null;
        });
    }

    /** The unit's own score on a scored line: within 0…max, with evidence documents or a word on why there are none. */
    public void selfAssess(int year, IndexGroup group, Unit unit, String code, BigDecimal score, String evidence,
                           String explanation, String sourceFile) {
        selfAssessAll(year, group, unit, List.of(new SelfScore(code, score, evidence, explanation)), sourceFile);
    }

    /** A unit's own score on one line, with its evidence or why there is none: a line of a returned form. */
    public record SelfScore(String code, BigDecimal score, String evidence, String explanation) {
    }

    /**
     * Records {@code lines} as the unit's own scores in one transaction, each under {@link #selfAssess}'s rules: the
     * first line refused refuses them all, in that line's sentence, and nothing is written.
     */
    public void selfAssessAll(int year, IndexGroup group, Unit unit, List<SelfScore> lines, String sourceFile) {
        store.database().inTransaction(c -> {
            selfAssessEach(c, year, group, unit, lines, sourceFile);
            return null;
        });
    }

    /**
     * As {@link #selfAssessAll}, rolled back whatever happens: refused in the sentence the recording would get, and
     * otherwise writes nothing. The same checks on the same data, so a preview never promises what recording refuses.
     */
    public void checkSelfAssessAll(int year, IndexGroup group, Unit unit, List<SelfScore> lines, String sourceFile) {
        try {
            store.database().inTransaction(c -> {
                selfAssessEach(c, year, group, unit, lines, sourceFile);
                throw new RolledBack();
            });
        } catch (RolledBack checked) {
            // every line passed; none was kept
        }
    }

    private void selfAssessEach(Connection c, int year, IndexGroup group, Unit unit, List<SelfScore> lines,
                                String sourceFile) throws SQLException {
        for (SelfScore line : lines) {
            scoring.selfAssess(c, year, group, unit, line.code(), line.score(), line.evidence(), line.explanation(),
                    sourceFile);
        }
    }

    /** Thrown out of a transaction only to roll it back. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RolledBack() {
            super(null, null, false, false);
        }
    }

    /** The council's score on a line; a score other than the unit's own must say why. */
    public void appraise(int year, IndexGroup group, Unit unit, String code, BigDecimal score, String comment) {
        store.database().inTransaction(c -> {
            scoring.appraise(c, year, group, unit, code, score, comment, null);
            return null;
        });
    }

    /**
     * Records the survey's points (điều tra xã hội học) from a file laid out as the bulk statistics are: "Đơn vị", then
     * a column per survey line ("8.1", "8.2"), a row per unit. They are the final scores of those lines, with the file
     * as their source. All or nothing: the first problem refuses the file in one sentence.
     *
     * @return how many scores were recorded
     */
    public int importSurvey(Path file, int year, IndexGroup group) {
        return survey.importFile(file, year, group);
    }

    /** Every change to {@code unit}'s scoring in {@code year}, oldest first. */
    public List<ScoreChange> history(int year, Unit unit) {
        return readings.history(year, unit);
    }

    /**
     * The unit's explanation (giải trình) of the council's score on a line, as the unit sent it; blank withdraws it.
     * Only an appraised line is explained: the round answers the council, not the unit's own score.
     */
    public void reply(int year, IndexGroup group, Unit unit, String code, String reply) {
        store.database().inTransaction(c -> {
            scoring.reply(c, year, group, unit, code, reply);
            return null;
        });
    }

    /**
     * Closes the year's scoring of the group: the results are final. Refused while a unit still has a line without a
     * score (the index announced would count it as 0), naming the first such units.
     */
    public ScoringLock lock(int year, IndexGroup group) {
        return locks.lock(year, group);
    }

    /** Reopens locked results to correct them; the reason is kept with who reopened them and when. */
    public ScoringLock unlock(int year, IndexGroup group, String reason) {
        return locks.unlock(year, group, reason);
    }

    /** The latest locking or reopening of the year's scoring of the group, if any. */
    public Optional<ScoringLock> lockState(int year, IndexGroup group) {
        return readings.lockState(year, group);
    }

    /** The group's units ranked for {@code year}: each one's index, what is still unscored, where it lost most. */
    public List<IndexRanking.Ranked> ranking(int year, IndexGroup group) {
        return readings.ranking(year, group);
    }

    /** The scores of a unit for the year (for the appraisal and the forms). */
    public Map<String, Score> scores(int year, Unit unit) {
        return readings.scores(year, unit);
    }

    /** Every unit's scores for the year, by unit id then criterion code (for the announcement's account of scoring). */
    public Map<Long, Map<String, Score>> scores(int year) {
        return readings.scores(year);
    }

    /** The lines exempt for a unit in the year. */
    public Set<String> exemptions(int year, Unit unit) {
        return readings.exemptions(year, unit);
    }
}

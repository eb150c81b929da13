package vn.cchc.dashboard.app.unitindex;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.UnitMatcher;
import vn.cchc.dashboard.domain.unitindex.CriteriaRefused;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.CriteriaSheetReader;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexMembers;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.domain.unitindex.Score;
import vn.cchc.dashboard.domain.unitindex.ScoreChange;
import vn.cchc.dashboard.domain.unitindex.UnitAssessment;
import vn.cchc.dashboard.domain.unitindex.ScoringLock;
import vn.cchc.dashboard.domain.unitindex.UnitIndexCalculator;
import vn.cchc.dashboard.domain.unitindex.UnitIndexResult;
import vn.cchc.dashboard.domain.unitindex.UnitStanding;
import vn.cchc.dashboard.domain.statistics.StatisticNumber;
import vn.cchc.dashboard.excel.CriteriaSetFile;
import vn.cchc.dashboard.excel.StatisticsBulkReader;
import vn.cchc.dashboard.excel.ImportFileException;
import vn.cchc.dashboard.excel.SheetRows;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.store.Store;

/**
 * The province's reform index of its units (Chỉ số CCHC): the year's criteria set per group, the units' exemptions and
 * scores, and the ranking. Each change is one transaction and is refused whole, in one sentence, when it would leave
 * the year's scoring inconsistent. Blocking: call it off the FX thread.
 */
public final class UnitIndexService {

    private final Store store;
    private final Clock clock;
    private final AppSettings settings;

    public UnitIndexService(Store store, Clock clock, AppSettings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    public CriteriaSet criteria(int year, IndexGroup group) {
        return store.database().inTransaction(c -> store.unitIndex().criteria(c, year, group));
    }

    /**
     * Makes {@code set} the criteria of its year and group; refused once a unit of the group has a score that year (its
     * scores would no longer match the lines they were given on).
     */
    public void saveCriteria(CriteriaSet set) {
        if (set.isEmpty()) {
            throw AppException.invalidInput("unitIndex.error.emptySet");
        }
        store.database().inTransaction(c -> {
            requireOpen(c, set.year(), set.group());
            Set<Long> members = members(c, set.year(), set.group()).stream().map(Unit::id).collect(Collectors.toSet());
            if (store.unitIndex().hasScores(c, set.year(), members)) {
                throw AppException.invalidInput("unitIndex.error.setHasScores", String.valueOf(set.year()));
            }
            store.unitIndex().replaceCriteria(c, set);
            return null;
        });
    }

    /**
     * Reads the criteria set of {@code year} and {@code group} from the appendix file of the province's decision and
     * makes it the year's (see {@link #saveCriteria}); a file refused is one sentence naming the row, nothing changed.
     */
    public CriteriaSet importCriteria(Path file, int year, IndexGroup group) {
        String name = String.valueOf(file.getFileName());
        SheetRows rows;
        try {
            rows = CriteriaSetFile.read(file);
        } catch (ImportFileException e) {
            // The sentences of the plan import, but for a file of the wrong type: theirs name a plan.
            boolean own = e.reason() == ImportFileException.Reason.WRONG_TYPE || e.reason() == ImportFileException.Reason.TOO_BIG;
            throw AppException.invalidInput((own ? "unitIndex.file." : "import.file.") + e.reason().name(), name,
                    file.toString());
        }
        if (rows.tooLong()) {
            throw AppException.invalidInput("unitIndex.criteria.refused", name, new AppException.Phrase(
                    "unitIndex.criteria.refused.tooLong", rows.sheet(), CriteriaSetFile.MAX_ROWS));
        }
        CriteriaSet set;
        try {
            set = new CriteriaSet(year, group, CriteriaSheetReader.read(rows.rows()));
        } catch (CriteriaRefused refused) {
            List<Object> args = new ArrayList<>(List.of(String.valueOf(refused.row()), refused.numbering()));
            args.addAll(refused.details());
            throw AppException.invalidInput("unitIndex.criteria.refused", name, new AppException.Phrase(
                    "unitIndex.criteria.refused." + refused.kind().key(), args.toArray()));
        }
        saveCriteria(set);
        return set;
    }

    /** The groups with a criteria set, per year, the newest year first. */
    public Map<Integer, List<IndexGroup>> editions() {
        return store.database().inTransaction(c -> store.unitIndex().editions(c));
    }

    /**
     * Each unit's standing in the newest year up to {@code upToYear} whose results of its group could be announced
     * (every unit fully scored), for the lagging list and the reports to cite; units without one are absent.
     */
    public Map<Long, UnitStanding> latestStandings(int upToYear) {
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
        return store.database().inTransaction(c -> store.unitIndex().scoredYears(c));
    }

    /** The units the group ranks in {@code year}, in Vietnamese order. */
    public List<Unit> members(int year, IndexGroup group) {
        return store.database().inTransaction(c -> members(c, year, group));
    }

    private List<Unit> members(Connection c, int year, IndexGroup group) throws SQLException {
        return IndexMembers.of(store.units().findAll(c), group, year).stream()
                .sorted(java.util.Comparator.comparing(Unit::name, Text.vietnameseOrder())).toList();
    }

    /** The member of the group called {@code name} (as plan imports match names), or a sentence saying there is none. */
    public Unit member(int year, IndexGroup group, String name) {
        return new UnitMatcher(members(year, group), year).match(name)
                .orElseThrow(() -> AppException.invalidInput("unitIndex.error.unknownUnit", name, String.valueOf(year)));
    }

    /** Records that {@code code} does not apply to {@code unit} in {@code year}, and why. */
    public void exempt(int year, IndexGroup group, Unit unit, String code, String reason) {
        store.database().inTransaction(c -> {
            requireOpen(c, year, group);
            line(set(c, year, group), code);
            if (reason == null || reason.isBlank()) {
                throw AppException.invalidInput("unitIndex.error.exemptionReason", code, unit.name());
            }
            store.unitIndex().exempt(c, year, unit.id(), code, Text.clean(reason));
            record(c, year, unit, code, ScoreChange.Field.EXEMPTION, null, Text.clean(reason));
            return null;
        });
    }

    /** The unit's own score on a scored line: within 0…max, with evidence documents or a word on why there are none. */
    public void selfAssess(int year, IndexGroup group, Unit unit, String code, BigDecimal score, String evidence,
                           String explanation, String sourceFile) {
        store.database().inTransaction(c -> {
            selfAssess(c, year, group, unit, code, score, evidence, explanation, sourceFile);
            return null;
        });
    }

    private void selfAssess(Connection c, int year, IndexGroup group, Unit unit, String code, BigDecimal score,
                            String evidence, String explanation, String sourceFile) throws SQLException {
        Criterion line = scoredLine(c, year, group, unit, code, score);
        if (isBlank(evidence) && isBlank(explanation)) {
            throw AppException.invalidInput("unitIndex.error.noEvidence", line.code(), unit.name());
        }
        Score earlier = store.unitIndex().scores(c, year, unit.id()).get(line.code());
        save(c, year, unit, earlier, new Score(line.code(), score, clean(evidence), clean(explanation),
                earlier == null ? null : earlier.appraisedScore(), earlier == null ? null : earlier.appraisalComment(),
                earlier == null ? null : earlier.unitReply()), sourceFile);
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
            for (SelfScore line : lines) {
                selfAssess(c, year, group, unit, line.code(), line.score(), line.evidence(), line.explanation(), sourceFile);
            }
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
                for (SelfScore line : lines) {
                    selfAssess(c, year, group, unit, line.code(), line.score(), line.evidence(), line.explanation(),
                            sourceFile);
                }
                throw new RolledBack();
            });
        } catch (RolledBack checked) {
            // every line passed; none was kept
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
            appraise(c, year, group, unit, code, score, comment, null);
            return null;
        });
    }

    private void appraise(Connection c, int year, IndexGroup group, Unit unit, String code, BigDecimal score,
                          String comment, String sourceFile) throws SQLException {
        Criterion line = scoredLine(c, year, group, unit, code, score);
        Score earlier = store.unitIndex().scores(c, year, unit.id()).get(line.code());
        BigDecimal self = earlier == null ? null : earlier.selfScore();
        if ((self == null || self.compareTo(score) != 0) && isBlank(comment)) {
            throw AppException.invalidInput("unitIndex.error.appraisalComment", line.code(), unit.name());
        }
        save(c, year, unit, earlier, new Score(line.code(), self,
                earlier == null ? null : earlier.evidence(), earlier == null ? null : earlier.explanation(), score,
                clean(comment), earlier == null ? null : earlier.unitReply()), sourceFile);
    }

    /**
     * Records the survey's points (điều tra xã hội học) from a file laid out as the bulk statistics are: "Đơn vị", then
     * a column per survey line ("8.1", "8.2"), a row per unit. They are the final scores of those lines, with the file
     * as their source. All or nothing: the first problem refuses the file in one sentence.
     *
     * @return how many scores were recorded
     */
    public int importSurvey(Path file, int year, IndexGroup group) {
        StatisticsBulkReader.Bulk bulk;
        try {
            bulk = StatisticsBulkReader.read(file);
        } catch (ImportFileException e) {
            throw AppException.invalidInput("import.file." + e.reason().name(), String.valueOf(file.getFileName()),
                    file.toString());
        }
        if (!Text.fold(bulk.firstHeader()).contains("don vi") || bulk.headers().isEmpty()) {
            throw AppException.invalidInput("unitIndex.survey.layout", bulk.file());
        }
        String comment = Score.SURVEY_COMMENT + " (tệp " + bulk.file() + ")";
        return store.database().inTransaction(c -> {
            CriteriaSet set = store.unitIndex().criteria(c, year, group);
            for (String code : bulk.headers()) {
                if (set.criterion(code.strip()).isEmpty()) {
                    throw AppException.invalidInput("unitIndex.survey.unknownColumn", bulk.file(), code, String.valueOf(year));
                }
            }
            UnitMatcher units = new UnitMatcher(members(c, year, group), year);
            int recorded = 0;
            for (StatisticsBulkReader.Row row : bulk.rows()) {
                Unit unit = units.match(row.unitName()).orElseThrow(() -> AppException.invalidInput(
                        "unitIndex.survey.unknownUnit", bulk.file(), String.valueOf(row.number()), row.unitName()));
                for (int i = 0; i < bulk.headers().size(); i++) {
                    String written = row.cells().get(i).strip();
                    if (written.isEmpty()) {
                        continue;
                    }
                    String code = bulk.headers().get(i).strip();
                    BigDecimal points = StatisticNumber.parse(written).orElseThrow(() -> AppException.invalidInput(
                            "unitIndex.survey.notANumber", bulk.file(), String.valueOf(row.number()), unit.name(), code,
                            written));
                    appraise(c, year, group, unit, code, points, comment, bulk.file());
                    recorded++;
                }
            }
            return recorded;
        });
    }

    /** Writes {@code now} and a history row for each of its fields that differs from {@code earlier}. */
    private void save(Connection c, int year, Unit unit, Score earlier, Score now, String sourceFile) throws SQLException {
        store.unitIndex().saveScore(c, year, unit.id(), now, sourceFile);
        Score before = earlier == null ? new Score(now.code(), null, null, null, null, null, null) : earlier;
        change(c, year, unit, now.code(), ScoreChange.Field.SELF_SCORE, before.selfScore(), now.selfScore());
        change(c, year, unit, now.code(), ScoreChange.Field.EVIDENCE, before.evidence(), now.evidence());
        change(c, year, unit, now.code(), ScoreChange.Field.EXPLANATION, before.explanation(), now.explanation());
        change(c, year, unit, now.code(), ScoreChange.Field.APPRAISED_SCORE, before.appraisedScore(), now.appraisedScore());
        change(c, year, unit, now.code(), ScoreChange.Field.APPRAISAL_COMMENT, before.appraisalComment(),
                now.appraisalComment());
        change(c, year, unit, now.code(), ScoreChange.Field.UNIT_REPLY, before.unitReply(), now.unitReply());
    }

    private void change(Connection c, int year, Unit unit, String code, ScoreChange.Field field, Object before,
                        Object after) throws SQLException {
        String old = text(before);
        String now = text(after);
        if (!java.util.Objects.equals(old, now)) {
            record(c, year, unit, code, field, old, now);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : value.toString();
    }

    private void record(Connection c, int year, Unit unit, String code, ScoreChange.Field field, String old, String now)
            throws SQLException {
        store.unitIndex().recordChange(c, new ScoreChange(year, unit.id(), code, clock.instant(), settings.userLabel(),
                store.database().login(), field, old, now));
    }

    /** Every change to {@code unit}'s scoring in {@code year}, oldest first. */
    public List<ScoreChange> history(int year, Unit unit) {
        return store.database().inTransaction(c -> store.unitIndex().changes(c, year, unit.id()));
    }

    private Criterion scoredLine(Connection c, int year, IndexGroup group, Unit unit, String code, BigDecimal score)
            throws SQLException {
        requireOpen(c, year, group);
        CriteriaSet set = set(c, year, group);
        Criterion line = line(set, code);
        if (!set.children(line.code()).isEmpty()) {
            throw AppException.invalidInput("unitIndex.error.notScored", line.code());
        }
        if (!set.applies(line, store.unitIndex().exemptions(c, year, unit.id()))) {
            throw AppException.invalidInput("unitIndex.error.exemptLine", line.code(), unit.name());
        }
        if (score == null || score.signum() < 0 || score.compareTo(line.maxPoints()) > 0) {
            throw AppException.invalidInput("unitIndex.error.scoreRange", line.code(), unit.name(),
                    score == null ? "" : score.toPlainString(), line.maxPoints().toPlainString());
        }
        return line;
    }

    /** The year's set of the group; a sentence when there is none yet. */
    private CriteriaSet set(Connection c, int year, IndexGroup group) throws SQLException {
        CriteriaSet set = store.unitIndex().criteria(c, year, group);
        if (set.isEmpty()) {
            throw AppException.invalidInput("unitIndex.error.noSet", String.valueOf(year));
        }
        return set;
    }

    private static Criterion line(CriteriaSet set, String code) {
        return set.criterion(code == null ? "" : code.strip()).orElseThrow(() -> AppException.invalidInput(
                "unitIndex.error.unknownLine", String.valueOf(code), String.valueOf(set.year())));
    }

    /**
     * The unit's explanation (giải trình) of the council's score on a line, as the unit sent it; blank withdraws it.
     * Only an appraised line is explained: the round answers the council, not the unit's own score.
     */
    public void reply(int year, IndexGroup group, Unit unit, String code, String reply) {
        store.database().inTransaction(c -> {
            requireOpen(c, year, group);
            Criterion line = line(set(c, year, group), code);
            Score earlier = store.unitIndex().scores(c, year, unit.id()).get(line.code());
            if (earlier == null || earlier.appraisedScore() == null) {
                throw AppException.invalidInput("unitIndex.error.replyWithoutAppraisal", line.code(), unit.name());
            }
            save(c, year, unit, earlier, new Score(line.code(), earlier.selfScore(), earlier.evidence(),
                    earlier.explanation(), earlier.appraisedScore(), earlier.appraisalComment(), clean(reply)), null);
            return null;
        });
    }

    /**
     * Closes the year's scoring of the group: the results are final. Refused while a unit still has a line without a
     * score (the index announced would count it as 0), naming the first such units.
     */
    public ScoringLock lock(int year, IndexGroup group) {
        return store.database().inTransaction(c -> {
            requireOpen(c, year, group);
            List<String> unfinished = new ArrayList<>();
            for (IndexRanking.Ranked ranked : ranking(c, year, group)) {
                UnitIndexResult result = ranked.result();
                if (!result.missing().isEmpty() || result.index() == null && result.applicableMax().signum() > 0) {
                    unfinished.add(result.unitName());
                }
            }
            if (!unfinished.isEmpty()) {
                throw AppException.invalidInput("unitIndex.error.lockUnfinished", String.valueOf(year),
                        String.valueOf(unfinished.size()), String.join(", ", unfinished.subList(0, Math.min(3,
                                unfinished.size()))) + (unfinished.size() > 3 ? ", …" : ""));
            }
            ScoringLock event = new ScoringLock(year, group, true, clock.instant(), settings.userLabel(),
                    store.database().login(), null);
            store.unitIndex().recordLock(c, event);
            return event;
        });
    }

    /** Reopens locked results to correct them; the reason is kept with who reopened them and when. */
    public ScoringLock unlock(int year, IndexGroup group, String reason) {
        if (isBlank(reason)) {
            throw AppException.invalidInput("unitIndex.error.unlockReason", String.valueOf(year));
        }
        return store.database().inTransaction(c -> {
            if (lockState(c, year, group).filter(ScoringLock::locked).isEmpty()) {
                throw AppException.invalidInput("unitIndex.error.notLocked", String.valueOf(year));
            }
            ScoringLock event = new ScoringLock(year, group, false, clock.instant(), settings.userLabel(),
                    store.database().login(), Text.clean(reason));
            store.unitIndex().recordLock(c, event);
            return event;
        });
    }

    /** The latest locking or reopening of the year's scoring of the group, if any. */
    public Optional<ScoringLock> lockState(int year, IndexGroup group) {
        return store.database().inTransaction(c -> lockState(c, year, group));
    }

    private Optional<ScoringLock> lockState(Connection c, int year, IndexGroup group) throws SQLException {
        List<ScoringLock> events = store.unitIndex().lockEvents(c, year, group);
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    /** Refuses any change to a year's scoring of a group once it is locked. */
    private void requireOpen(Connection c, int year, IndexGroup group) throws SQLException {
        Optional<ScoringLock> lock = lockState(c, year, group).filter(ScoringLock::locked);
        if (lock.isPresent()) {
            throw AppException.invalidInput("unitIndex.error.locked", String.valueOf(year),
                    new AppException.Phrase("unitIndex.group." + group.name()),
                    Formats.DATE.format(lock.get().changedAt().atZone(clock.getZone())), lock.get().userName());
        }
    }

    /** The group's units ranked for {@code year}: each one's index, what is still unscored, where it lost most. */
    public List<IndexRanking.Ranked> ranking(int year, IndexGroup group) {
        return store.database().inTransaction(c -> ranking(c, year, group));
    }

    private List<IndexRanking.Ranked> ranking(Connection c, int year, IndexGroup group) throws SQLException {
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

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String clean(String s) {
        return isBlank(s) ? null : Text.clean(s);
    }

    /** The scores of a unit for the year (for the appraisal and the forms). */
    public Map<String, Score> scores(int year, Unit unit) {
        return store.database().inTransaction(c -> store.unitIndex().scores(c, year, unit.id()));
    }

    /** Every unit's scores for the year, by unit id then criterion code (for the announcement's account of scoring). */
    public Map<Long, Map<String, Score>> scores(int year) {
        return store.database().inTransaction(c -> store.unitIndex().scores(c, year));
    }

    /** The lines exempt for a unit in the year. */
    public Set<String> exemptions(int year, Unit unit) {
        return store.database().inTransaction(c -> store.unitIndex().exemptions(c, year, unit.id()));
    }

    /** True when the set has a line {@code code}. */
    public Optional<Criterion> criterion(int year, IndexGroup group, String code) {
        return criteria(year, group).criterion(code);
    }
}

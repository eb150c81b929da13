package vn.cchc.dashboard.app.unitindex;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.Score;
import vn.cchc.dashboard.domain.unitindex.ScoreChange;
import vn.cchc.dashboard.store.Store;

/**
 * The rules of a unit's scoring on a line — exemption, its own score, the council's, its reply — each applied inside
 * the caller's transaction, so that one line typed, a returned form and a survey file are held to the same rules and
 * refused in the same sentences. Every field a change alters leaves a history row saying who changed it and when.
 */
final class ScoreRecorder {

    private final Store store;
    private final Clock clock;
    private final AppSettings settings;
    private final IndexReadings readings;
    private final ScoringLocks locks;

    ScoreRecorder(Store store, Clock clock, AppSettings settings, IndexReadings readings, ScoringLocks locks) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.readings = readings;
        this.locks = locks;
    }

    void exempt(Connection c, int year, IndexGroup group, Unit unit, String code, String reason) throws SQLException {
        locks.requireOpen(c, year, group);
        line(readings.set(c, year, group), code);
        if (isBlank(reason)) {
            throw AppException.invalidInput("unitIndex.error.exemptionReason", code, unit.name());
        }
        store.unitIndex().exempt(c, year, unit.id(), code, Text.clean(reason));
        record(c, year, unit, code, ScoreChange.Field.EXEMPTION, null, Text.clean(reason));
    }

    void selfAssess(Connection c, int year, IndexGroup group, Unit unit, String code, BigDecimal score,
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

    void appraise(Connection c, int year, IndexGroup group, Unit unit, String code, BigDecimal score,
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

    void reply(Connection c, int year, IndexGroup group, Unit unit, String code, String reply) throws SQLException {
        locks.requireOpen(c, year, group);
        Criterion line = line(readings.set(c, year, group), code);
        Score earlier = store.unitIndex().scores(c, year, unit.id()).get(line.code());
        if (earlier == null || earlier.appraisedScore() == null) {
            throw AppException.invalidInput("unitIndex.error.replyWithoutAppraisal", line.code(), unit.name());
        }
        save(c, year, unit, earlier, new Score(line.code(), earlier.selfScore(), earlier.evidence(),
                earlier.explanation(), earlier.appraisedScore(), earlier.appraisalComment(), clean(reply)), null);
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
        if (!Objects.equals(old, now)) {
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

    /** The line {@code code} if a unit may be given {@code score} on it: open, a scored line, applying, within 0…max. */
    private Criterion scoredLine(Connection c, int year, IndexGroup group, Unit unit, String code, BigDecimal score)
            throws SQLException {
        locks.requireOpen(c, year, group);
        CriteriaSet set = readings.set(c, year, group);
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

    private static Criterion line(CriteriaSet set, String code) {
        return set.criterion(code == null ? "" : code.strip()).orElseThrow(() -> AppException.invalidInput(
                "unitIndex.error.unknownLine", String.valueOf(code), String.valueOf(set.year())));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String clean(String s) {
        return isBlank(s) ? null : Text.clean(s);
    }
}

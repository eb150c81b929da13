package vn.cchc.dashboard.domain.unitindex;

import java.math.BigDecimal;

/**
 * A unit's score on one scored criterion of a year: what it gave itself, with its evidence documents (tài liệu kiểm
 * chứng) or why there are none; what the council's appraisal (thẩm định) gave, with its comment; and the unit's
 * explanation (giải trình) of a difference.
 *
 * @param selfScore      null until the unit's self-assessment is recorded
 * @param appraisedScore null until appraised; once set, it is the score that counts
 */
public record Score(String code, BigDecimal selfScore, String evidence, String explanation, BigDecimal appraisedScore,
                    String appraisalComment, String unitReply) {

    /**
     * How the appraisal comment of a survey's points begins (điều tra xã hội học): the survey import and the sample
     * write it, and the announcement reads it to say which lines the survey scored.
     */
    public static final String SURVEY_COMMENT = "Kết quả điều tra xã hội học";

    /** A self-assessment not yet appraised. */
    public static Score self(String code, BigDecimal score, String evidence, String explanation) {
        return new Score(code, score, evidence, explanation, null, null, null);
    }

    /** The score that counts: the appraised one once there is one, else the unit's own. */
    public BigDecimal finalScore() {
        return appraisedScore != null ? appraisedScore : selfScore;
    }

    /** True for the survey's points: set by the survey, never self-assessed. */
    public boolean fromSurvey() {
        return selfScore == null && appraisedScore != null && appraisalComment != null
                && appraisalComment.startsWith(SURVEY_COMMENT);
    }

    /** True when the appraisal gave another score than the unit's own. */
    public boolean differs() {
        return appraisedScore != null && selfScore != null && appraisedScore.compareTo(selfScore) != 0;
    }
}

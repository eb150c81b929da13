package vn.cchc.dashboard.domain.unitindex;

import java.time.Instant;

/**
 * One change to a unit's scoring on one criterion: who (the name the user gave and the login), when, which field,
 * from what to what; null for a value that was not there.
 */
public record ScoreChange(int year, long unitId, String code, Instant changedAt, String userName, String loginName,
                          Field field, String oldValue, String newValue) {

    /** What changed. */
    public enum Field {
        SELF_SCORE,
        EVIDENCE,
        EXPLANATION,
        APPRAISED_SCORE,
        APPRAISAL_COMMENT,
        UNIT_REPLY,
        EXEMPTION
    }
}

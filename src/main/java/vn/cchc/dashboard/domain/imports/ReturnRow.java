package vn.cchc.dashboard.domain.imports;

import java.util.List;
import vn.cchc.dashboard.domain.ProgressDraft;

/**
 * What a line of a returned form means: an update to record, nothing new, or something the user must decide
 * (a conflict) or correct (rejected), with the sentence saying which.
 *
 * @param taskId the task, or 0 when the line names none of the plan's
 * @param draft  the update the line asks for; null when it cannot be read
 */
public record ReturnRow(ReturnedLine line, long taskId, Kind kind, ProgressDraft draft, String messageKey,
                        List<String> args) {

    /** What a line is; only APPLY is recorded without the user's word, and REJECTED never. */
    public enum Kind {
        APPLY, UNCHANGED, NEWER_UPDATE, OTHER_UNIT, IDENTITY_EDITED, REJECTED;

        public boolean isConflict() {
            return this == NEWER_UPDATE || this == OTHER_UNIT || this == IDENTITY_EDITED;
        }
    }

    public ReturnRow {
        args = List.copyOf(args);
    }
}

package vn.cchc.dashboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One progress report on a task. Updates are never changed or deleted; a correction is a newer update.
 *
 * @param asOf        the day the reported state took effect; for {@link TaskStatus#COMPLETED} the completion date
 * @param evidence    reference to the proof, e.g. "123/QĐ-UBND" or a file link
 * @param enteredBy   the user profile that recorded it
 * @param enteredAt   when it was recorded, which orders two updates with the same {@code asOf}
 * @param supersedesId the update this one corrects, which then no longer counts; null for a plain update
 * @param withdrawal   true when this row only withdraws the update it supersedes and says nothing itself
 */
public record ProgressUpdate(long id, long taskId, LocalDate asOf, TaskStatus status, int percent,
                             String note, String evidence, String enteredBy, Instant enteredAt,
                             Long supersedesId, boolean withdrawal) {

    /** A plain update or a correction: one that says how the task stands. */
    public ProgressUpdate(long id, long taskId, LocalDate asOf, TaskStatus status, int percent, String note,
                          String evidence, String enteredBy, Instant enteredAt, Long supersedesId) {
        this(id, taskId, asOf, status, percent, note, evidence, enteredBy, enteredAt, supersedesId, false);
    }

    public ProgressUpdate {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(enteredAt, "enteredAt");
        enteredBy = Text.requireNonBlank(enteredBy, "enteredBy");
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be within 0–100: " + percent);
        }
        if (status == TaskStatus.COMPLETED && percent != 100) {
            throw new IllegalArgumentException("a completed task is 100% done");
        }
        if (withdrawal && supersedesId == null) {
            throw new IllegalArgumentException("a withdrawal names the update it withdraws");
        }
        note = Text.blankToNull(note);
        evidence = Text.blankToNull(evidence);
    }
}

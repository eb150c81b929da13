package vn.cchc.dashboard.domain;

/**
 * An audit entry with what it concerns as people know it: the task's code and title, and for progress
 * actions the update recorded (or the withdrawal) and the update it corrected, so that the log can word them.
 *
 * @param update     the progress update the entry records, or null for task actions
 * @param superseded the update that {@code update} corrects or withdraws, or null
 */
public record AuditLine(AuditEntry entry, String taskCode, String taskTitle, ProgressUpdate update,
                        ProgressUpdate superseded) {
}

package vn.cchc.dashboard.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One change a person made, kept forever: who, when, what, and for a changed field its value before and after.
 *
 * @param updateId the progress update recorded or corrected, for progress actions; otherwise null
 * @param field    the task field changed, for {@link AuditAction#TASK_CHANGED}; otherwise null
 */
public record AuditEntry(long id, Instant occurredAt, String user, AuditAction action, Long planId, Long taskId,
                         Long updateId, String field, String oldValue, String newValue) {

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        user = Text.requireNonBlank(user, "user");
    }
}

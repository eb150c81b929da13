package vn.cchc.dashboard.domain;

import java.util.List;

/** Everything that happened to one task: its progress updates and the audit trail of its changes. */
public record TaskHistory(long taskId, List<ProgressUpdate> updates, List<AuditEntry> entries) {

    public TaskHistory {
        updates = List.copyOf(updates);
        entries = List.copyOf(entries);
    }
}

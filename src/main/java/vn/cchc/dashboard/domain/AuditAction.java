package vn.cchc.dashboard.domain;

/** The kinds of change the audit trail records. */
public enum AuditAction {
    PROGRESS_RECORDED, PROGRESS_CORRECTED, TASK_CREATED, TASK_CHANGED, TASK_DELETED
}

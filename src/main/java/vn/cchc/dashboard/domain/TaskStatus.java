package vn.cchc.dashboard.domain;

/** What a progress update reports about a task. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED
}

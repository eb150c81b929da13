package vn.cchc.dashboard.domain;

/**
 * Where a task stands against its deadline on a given day: the four categories of the Government's
 * task-tracking system, plus tasks not started (and not yet due) and recurring tasks, reported apart.
 * Every task is in exactly one category.
 */
public enum DeadlineCategory {
    /** Hoàn thành đúng hạn: completed on or before the due date. */
    COMPLETED_ON_TIME,
    /** Hoàn thành quá hạn: completed after the due date. */
    COMPLETED_LATE,
    /** Đang thực hiện (trong hạn): begun, not done, not yet due. */
    IN_PROGRESS,
    /** Quá hạn chưa hoàn thành: not done and past the due date, whether begun or not. */
    OVERDUE,
    /** Chưa triển khai: no progress reported and not yet due. */
    NOT_STARTED,
    /** Nhiệm vụ thường xuyên: recurring tasks, whatever their status. */
    RECURRING
}

package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The groups of tasks the overview counts and the task list can be opened on: the deadline categories, the
 * completed ones, those due within the next 30 days, and those nobody has updated for too long.
 */
public enum TaskSelection {
    ALL, COMPLETED, COMPLETED_ON_TIME, COMPLETED_LATE, IN_PROGRESS, OVERDUE, NOT_STARTED, RECURRING, DUE_SOON, STALE;

    /** "Due soon" looks this many days ahead of the as-of date. */
    public static final int DUE_SOON_DAYS = 30;

    /**
     * @param staleDays a task not completed whose last update (or, without one, the plan's first day) is more
     *                  than this many days before the as-of date is stale – a different warning from late
     */
    public boolean includes(TaskState state, int staleDays) {
        return switch (this) {
            case ALL -> true;
            case COMPLETED -> state.isCompleted();
            case COMPLETED_ON_TIME -> state.category() == DeadlineCategory.COMPLETED_ON_TIME;
            case COMPLETED_LATE -> state.category() == DeadlineCategory.COMPLETED_LATE;
            case IN_PROGRESS -> state.category() == DeadlineCategory.IN_PROGRESS;
            case OVERDUE -> state.category() == DeadlineCategory.OVERDUE;
            case NOT_STARTED -> state.category() == DeadlineCategory.NOT_STARTED;
            case RECURRING -> state.category() == DeadlineCategory.RECURRING;
            case DUE_SOON -> !state.isCompleted() && !state.task().recurring() && !state.task().hasNoFixedDeadline()
                    && !state.task().dueDate().isBefore(state.asOf())
                    && !state.task().dueDate().isAfter(state.asOf().plusDays(DUE_SOON_DAYS));
            case STALE -> !state.isCompleted() && daysWithoutUpdate(state) > staleDays;
        };
    }

    /**
     * Days since the last update on or before the as-of date; without one, since 1/1 of the year the task is due (of
     * the as-of year for a task with no fixed deadline).
     */
    public static long daysWithoutUpdate(TaskState state) {
        LocalDate yearOf = state.task().hasNoFixedDeadline() ? state.asOf() : state.task().dueDate();
        LocalDate since = state.lastUpdate() != null ? state.lastUpdate() : LocalDate.of(yearOf.getYear(), 1, 1);
        return Math.max(0, ChronoUnit.DAYS.between(since, state.asOf()));
    }
}

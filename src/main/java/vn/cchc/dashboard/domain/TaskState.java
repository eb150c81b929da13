package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A task as it stood on one day: the latest update dated on or before that day decides its status,
 * and its completion date against the due date decides on-time versus late.
 *
 * @param status      what the latest update on or before {@code asOf} says
 * @param completedOn when the task was completed, or null while it is not: for a task with a deadline, the date of
 *                    its final run of "completed" updates; for a recurring one, the first day in its reporting year
 *                    an update said its work was carried out (later updates of the year may say it is under way again)
 * @param lastUpdate  the date of the latest update on or before {@code asOf}, or null when none
 */
public record TaskState(Task task, LocalDate asOf, TaskStatus status, int percent,
                        LocalDate completedOn, LocalDate lastUpdate, DeadlineCategory category) {

    /** Updates of one day are ordered by when they were entered: the one entered last is the latest word. */
    static final Comparator<ProgressUpdate> CHRONOLOGICAL = Comparator.comparing(ProgressUpdate::asOf)
            .thenComparing(ProgressUpdate::enteredAt)
            .thenComparingLong(ProgressUpdate::id);

    /**
     * @param updates the task's updates in any order; updates superseded by a correction or withdrawn are ignored
     */
    public static TaskState of(Task task, List<ProgressUpdate> updates, LocalDate asOf) {
        Set<Long> superseded = updates.stream()
                .filter(u -> u.supersedesId() != null && !u.asOf().isAfter(asOf))
                .map(ProgressUpdate::supersedesId)
                .collect(Collectors.toSet());
        List<ProgressUpdate> effective = updates.stream()
                .filter(u -> !u.asOf().isAfter(asOf) && !superseded.contains(u.id()) && !u.withdrawal())
                .sorted(CHRONOLOGICAL)
                .toList();
        return standing(task, effective, effective.size(), asOf);
    }

    /**
     * The task on {@code asOf} from the first {@code count} of its effective updates in chronological order (those
     * dated by then). A task with a deadline stands as its latest update says. A recurring task has no single
     * deadline: it counts as done for the reporting year when an update in the year's window (from 15/12 of the
     * year before) says its work was carried out, whatever later updates of the same year say.
     */
    static TaskState standing(Task task, List<ProgressUpdate> chronological, int count, LocalDate asOf) {
        if (count == 0) {
            return new TaskState(task, asOf, TaskStatus.NOT_STARTED, 0, null, null,
                    categorise(task, asOf, TaskStatus.NOT_STARTED, 0, null));
        }
        ProgressUpdate latest = chronological.get(count - 1);
        if (task.recurring()) {
            return new TaskState(task, asOf, latest.status(), latest.percent(),
                    carriedOutInWindow(task, chronological, count), latest.asOf(), DeadlineCategory.RECURRING);
        }
        LocalDate completedOn = null;
        for (int i = count - 1; i >= 0 && chronological.get(i).status() == TaskStatus.COMPLETED; i--) {
            completedOn = chronological.get(i).asOf();
        }
        return new TaskState(task, asOf, latest.status(), latest.percent(), completedOn, latest.asOf(),
                categorise(task, asOf, latest.status(), latest.percent(), completedOn));
    }

    /** The first day in the task's reporting year on which an update said the work was carried out, or null. */
    private static LocalDate carriedOutInWindow(Task task, List<ProgressUpdate> chronological, int count) {
        LocalDate windowStart = reportingYear(task).start();
        for (int i = 0; i < count; i++) {
            ProgressUpdate u = chronological.get(i);
            if (u.status() == TaskStatus.COMPLETED && !u.asOf().isBefore(windowStart)) {
                return u.asOf();
            }
        }
        return null;
    }

    /**
     * The reporting year a recurring task's work is counted in (15/12 of the year before to 14/12): it is done once
     * carried out in that window, and due once the window closes.
     */
    static ReportPeriod reportingYear(Task task) {
        return new ReportPeriod(task.dueDate().getYear(), ReportPeriod.Kind.YEAR);
    }

    static DeadlineCategory categorise(Task task, LocalDate asOf, TaskStatus status, int percent,
                                       LocalDate completedOn) {
        if (task.recurring()) {
            return DeadlineCategory.RECURRING;
        }
        if (status == TaskStatus.COMPLETED) {
            return !task.hasNoFixedDeadline() && completedOn.isAfter(task.dueDate())
                    ? DeadlineCategory.COMPLETED_LATE : DeadlineCategory.COMPLETED_ON_TIME;
        }
        if (!task.hasNoFixedDeadline() && asOf.isAfter(task.dueDate())) {
            return DeadlineCategory.OVERDUE;
        }
        return status == TaskStatus.IN_PROGRESS || percent > 0
                ? DeadlineCategory.IN_PROGRESS : DeadlineCategory.NOT_STARTED;
    }

    /** Done: completed, or for a recurring task, carried out in its reporting year. */
    public boolean isCompleted() {
        return completedOn != null;
    }

    /** Days past the due date for a task still not done; zero otherwise. */
    public long daysOverdue() {
        return category == DeadlineCategory.OVERDUE ? ChronoUnit.DAYS.between(task.dueDate(), asOf) : 0;
    }
}

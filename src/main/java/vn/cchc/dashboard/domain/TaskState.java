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
 * @param completedOn the completion date when {@code status} is completed, otherwise null
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
        if (effective.isEmpty()) {
            return new TaskState(task, asOf, TaskStatus.NOT_STARTED, 0, null, null,
                    categorise(task, asOf, TaskStatus.NOT_STARTED, 0, null));
        }
        ProgressUpdate latest = effective.get(effective.size() - 1);
        LocalDate completedOn = latest.status() == TaskStatus.COMPLETED ? completionDate(effective) : null;
        return new TaskState(task, asOf, latest.status(), latest.percent(), completedOn, latest.asOf(),
                categorise(task, asOf, latest.status(), latest.percent(), completedOn));
    }

    /** A task re-reported as completed keeps the date it was first completed in its last completed run. */
    private static LocalDate completionDate(List<ProgressUpdate> chronological) {
        LocalDate date = null;
        for (int i = chronological.size() - 1; i >= 0 && chronological.get(i).status() == TaskStatus.COMPLETED; i--) {
            date = chronological.get(i).asOf();
        }
        return date;
    }

    static DeadlineCategory categorise(Task task, LocalDate asOf, TaskStatus status, int percent,
                                       LocalDate completedOn) {
        if (task.recurring()) {
            return DeadlineCategory.RECURRING;
        }
        if (status == TaskStatus.COMPLETED) {
            return completedOn.isAfter(task.dueDate())
                    ? DeadlineCategory.COMPLETED_LATE : DeadlineCategory.COMPLETED_ON_TIME;
        }
        if (asOf.isAfter(task.dueDate())) {
            return DeadlineCategory.OVERDUE;
        }
        return status == TaskStatus.IN_PROGRESS || percent > 0
                ? DeadlineCategory.IN_PROGRESS : DeadlineCategory.NOT_STARTED;
    }

    public boolean isCompleted() {
        return status == TaskStatus.COMPLETED;
    }

    /** Days past the due date for a task still not done; zero otherwise. */
    public long daysOverdue() {
        return category == DeadlineCategory.OVERDUE ? ChronoUnit.DAYS.between(task.dueDate(), asOf) : 0;
    }
}

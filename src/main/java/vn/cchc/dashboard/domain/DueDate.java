package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a plan's "Thời gian hoàn thành" means, read by {@link DeadlineText}: a fixed deadline (the last of its
 * milestones), a recurring task with its cadence (due at year end, counted apart), or no fixed deadline at all
 * ("Theo tiến độ của Trung ương", "Khi có yêu cầu") – which has no date, because none was given.
 *
 * @param date       the last day the task counts as on time; year end for a recurring task; null without a deadline
 * @param milestones the deadlines a cell names, in order ("Tháng 6 và tháng 12/2024"); the last is {@code date}
 * @param cadence    how often a recurring task's work comes round; null for the other kinds
 */
public record DueDate(Kind kind, LocalDate date, List<LocalDate> milestones, Cadence cadence) {

    /** The three things a deadline cell can say. */
    public enum Kind { FIXED, RECURRING, NONE }

    /** How often a recurring task's work comes round ("Thường xuyên", "Hằng tháng", "Hằng quý", …). */
    public enum Cadence { CONTINUOUS, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY }

    public DueDate {
        Objects.requireNonNull(kind, "kind");
        milestones = List.copyOf(milestones);
        if (kind == Kind.NONE ? date != null : date == null) {
            throw new IllegalArgumentException("A deadline has a date exactly when it is fixed or recurring");
        }
        if ((kind == Kind.RECURRING) != (cadence != null)) {
            throw new IllegalArgumentException("Only a recurring task has a cadence");
        }
    }

    public static DueDate on(LocalDate date) {
        return new DueDate(Kind.FIXED, Objects.requireNonNull(date, "date"), List.of(date), null);
    }

    /** Several milestones in one cell: due on the last. */
    public static DueDate milestones(List<LocalDate> inOrder) {
        List<LocalDate> sorted = inOrder.stream().distinct().sorted().toList();
        return new DueDate(Kind.FIXED, sorted.get(sorted.size() - 1), sorted, null);
    }

    public static DueDate recurringUntil(LocalDate yearEnd) {
        return recurring(yearEnd, Cadence.CONTINUOUS);
    }

    public static DueDate recurring(LocalDate yearEnd, Cadence cadence) {
        return new DueDate(Kind.RECURRING, yearEnd, List.of(), cadence);
    }

    /** No fixed deadline: the task is never late, and no date is made up for it. */
    public static DueDate none() {
        return new DueDate(Kind.NONE, null, List.of(), null);
    }

    public boolean recurring() {
        return kind == Kind.RECURRING;
    }

    public boolean hasNoFixedDeadline() {
        return kind == Kind.NONE;
    }
}

package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A normalised deadline: the last day a task counts as on time, and whether it is a recurring task. */
public record DueDate(LocalDate date, boolean recurring) {

    public DueDate {
        Objects.requireNonNull(date, "date");
    }

    public static DueDate on(LocalDate date) {
        return new DueDate(date, false);
    }

    public static DueDate recurringUntil(LocalDate yearEnd) {
        return new DueDate(yearEnd, true);
    }
}

package vn.cchc.dashboard.domain;

import java.util.List;

/**
 * One overview tile: how many tasks a selection holds on the as-of date and on the comparison date (the
 * previous reporting cut-off, by default), so the tile can tell what changed since the last meeting.
 */
public record KpiFigure(TaskSelection selection, int value, int previous) {

    /** The selections the overview shows, in the order of its tiles. */
    public static final List<TaskSelection> TILES = List.of(TaskSelection.COMPLETED, TaskSelection.COMPLETED_ON_TIME,
            TaskSelection.COMPLETED_LATE, TaskSelection.IN_PROGRESS, TaskSelection.OVERDUE, TaskSelection.NOT_STARTED,
            TaskSelection.RECURRING, TaskSelection.DUE_SOON, TaskSelection.STALE);

    public int change() {
        return value - previous;
    }

    /** The tiles from the tasks' states on the as-of date ({@code now}) and on the comparison date ({@code then}). */
    public static List<KpiFigure> of(List<TaskState> now, List<TaskState> then, int staleDays) {
        return TILES.stream()
                .map(s -> new KpiFigure(s, count(now, s, staleDays), count(then, s, staleDays)))
                .toList();
    }

    private static int count(List<TaskState> states, TaskSelection selection, int staleDays) {
        return (int) states.stream().filter(s -> selection.includes(s, staleDays)).count();
    }
}

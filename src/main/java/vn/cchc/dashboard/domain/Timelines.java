package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's tasks with their updates grouped and put in order once, answering "how did every task stand on
 * day D" for many days (the overview's weekly curves ask about 150 days). Each answer equals
 * {@link PlanSnapshot#states}: a task without corrections or withdrawals stands as its latest update dated by
 * then, found by binary search; a task with them is worked out by {@link TaskState#of} itself.
 */
final class Timelines {

    private final List<Timeline> timelines;

    private Timelines(List<Timeline> timelines) {
        this.timelines = timelines;
    }

    static Timelines of(PlanSnapshot snapshot) {
        Map<Long, List<ProgressUpdate>> byTask = new HashMap<>();
        for (ProgressUpdate u : snapshot.updates()) {
            byTask.computeIfAbsent(u.taskId(), k -> new ArrayList<>()).add(u);
        }
        List<Timeline> timelines = new ArrayList<>(snapshot.tasks().size());
        for (Task task : snapshot.tasks()) {
            List<ProgressUpdate> updates = byTask.getOrDefault(task.id(), List.of());
            List<ProgressUpdate> chronological = updates.stream().sorted(TaskState.CHRONOLOGICAL).toList();
            boolean plain = updates.stream().noneMatch(u -> u.supersedesId() != null || u.withdrawal());
            timelines.add(new Timeline(task, chronological, plain));
        }
        return new Timelines(timelines);
    }

    /** Each task as it stood on {@code day}, in plan order. */
    List<TaskState> states(LocalDate day) {
        List<TaskState> states = new ArrayList<>(timelines.size());
        for (Timeline t : timelines) {
            states.add(t.on(day));
        }
        return states;
    }

    private record Timeline(Task task, List<ProgressUpdate> chronological, boolean plain) {

        TaskState on(LocalDate day) {
            if (!plain) {
                return TaskState.of(task, chronological, day);
            }
            return TaskState.standing(task, chronological, datedBy(day), day);
        }

        /** How many updates are dated on or before {@code day}: they lead the chronological list. */
        private int datedBy(LocalDate day) {
            int low = 0;
            int high = chronological.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (chronological.get(mid).asOf().isAfter(day)) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low;
        }
    }
}

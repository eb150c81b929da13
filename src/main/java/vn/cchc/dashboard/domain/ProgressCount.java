package vn.cchc.dashboard.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Collections;

/**
 * How a group of tasks stands: "X/Y nhiệm vụ, đạt Z%" plus the count in each deadline category.
 * The categories partition {@code planned}. {@code completed} counts every completed task, so it also
 * includes recurring tasks that were reported done (they stay in {@link DeadlineCategory#RECURRING}). Every
 * statement of a report reads its counts from here, split the same way: completed = on time + late + recurring
 * done; the rest = in progress + not started + overdue + recurring not yet done.
 */
public record ProgressCount(int planned, int completed, Map<DeadlineCategory, Integer> byCategory) {

    public ProgressCount {
        EnumMap<DeadlineCategory, Integer> all = new EnumMap<>(DeadlineCategory.class);
        for (DeadlineCategory c : DeadlineCategory.values()) {
            all.put(c, byCategory.getOrDefault(c, 0));
        }
        byCategory = Collections.unmodifiableMap(all);
    }

    public static ProgressCount of(Collection<TaskState> states) {
        EnumMap<DeadlineCategory, Integer> counts = new EnumMap<>(DeadlineCategory.class);
        int completed = 0;
        for (TaskState s : states) {
            counts.merge(s.category(), 1, Integer::sum);
            if (s.isCompleted()) {
                completed++;
            }
        }
        return new ProgressCount(states.size(), completed, counts);
    }

    public int count(DeadlineCategory category) {
        return byCategory.get(category);
    }

    /** Recurring tasks counted done: those whose work was reported carried out in the period. */
    public int recurringDone() {
        return completed - count(DeadlineCategory.COMPLETED_ON_TIME) - count(DeadlineCategory.COMPLETED_LATE);
    }

    /** Recurring tasks with no report yet that their work was carried out in the period. */
    public int recurringOpen() {
        return count(DeadlineCategory.RECURRING) - recurringDone();
    }

    /** Tasks with a deadline not completed: in progress in time, not started, or overdue. */
    public int openWithDeadline() {
        return count(DeadlineCategory.IN_PROGRESS) + count(DeadlineCategory.NOT_STARTED) + count(DeadlineCategory.OVERDUE);
    }

    /** Completed ÷ planned in percent, half-up to two decimals; zero for an empty group. */
    public BigDecimal percent() {
        return Percent.of(completed, planned);
    }
}

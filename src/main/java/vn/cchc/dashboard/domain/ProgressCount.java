package vn.cchc.dashboard.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Collections;

/**
 * How a group of tasks stands: "X/Y nhiệm vụ, đạt Z%" plus the count in each deadline category.
 * The categories partition {@code planned}. {@code completed} counts every completed task, so it also
 * includes recurring tasks that were reported done (they stay in {@link DeadlineCategory#RECURRING}).
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

    /** Completed ÷ planned in percent, half-up to two decimals; zero for an empty group. */
    public BigDecimal percent() {
        return Percent.of(completed, planned);
    }
}

package vn.cchc.dashboard.domain;

/**
 * When a unit counts as "chậm tiến độ", and how its evidence weighs in the ranking. The user can see and
 * change it. Only what was due by the day counts: any overdue task, a low completion rate of the tasks due,
 * several tasks begun and then left without an update, or an indicator clearly short of the target that applies
 * to the period. A unit with nothing due and no indicator shortfall is never lagging.
 *
 * @param overdueThreshold      overdue tasks that make a unit lagging (1: any)
 * @param rateGapThreshold      percentage points the completion rate of the tasks due falls short of 100% that make
 *                              a unit lagging (15: fewer than 85% of the tasks due are done)
 * @param staleThreshold        tasks in progress without an update for too long that make a unit lagging
 * @param indicatorGapThreshold points short of an indicator's target that make a unit lagging (nearer misses do not count)
 * @param overdueWeight         score per overdue task
 * @param lateWeight            score per task completed late
 * @param staleWeight           score per task in progress without an update for too long
 * @param rateGapWeight         score per 10 percentage points the due tasks' completion rate falls short of 100%
 * @param indicatorWeight       score per 10 points short of an indicator's target (for shortfalls that count)
 */
public record LaggingPolicy(int overdueThreshold, double rateGapThreshold, int staleThreshold,
                            double indicatorGapThreshold, double overdueWeight, double lateWeight, double staleWeight,
                            double rateGapWeight, double indicatorWeight) {

    public static final LaggingPolicy DEFAULT = new LaggingPolicy(1, 15, 2, 5, 3, 1, 1, 2, 2);

    public LaggingPolicy {
        if (overdueThreshold < 1 || staleThreshold < 1 || rateGapThreshold <= 0 || indicatorGapThreshold <= 0) {
            throw new IllegalArgumentException("thresholds must be positive");
        }
        if (overdueWeight < 0 || lateWeight < 0 || staleWeight < 0 || rateGapWeight < 0 || indicatorWeight < 0) {
            throw new IllegalArgumentException("weights must not be negative");
        }
    }
}

package vn.cchc.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who is behind: each lead unit's task evidence (overdue, late, without an update for long, completion rate
 * against the plan's) scored by a {@link LaggingPolicy}, highest score first. Ties share a rank and are listed
 * in Vietnamese alphabetical order, so the same data always gives the same list. A pure function of the
 * snapshot, the day and the policy.
 */
public final class LaggingRanking {

    private LaggingRanking() {
    }

    public static List<LaggingUnit> rank(PlanSnapshot snapshot, LocalDate asOf, LaggingPolicy policy, int staleDays) {
        List<TaskState> states = snapshot.states(asOf);
        BigDecimal planRate = ProgressCount.of(states).percent();
        Map<Long, Unit> units = snapshot.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, List<TaskState>> byLead = states.stream().collect(Collectors.groupingBy(s -> s.task().leadUnitId()));
        List<LaggingUnit> unranked = byLead.entrySet().stream()
                .map(e -> evaluate(units.get(e.getKey()), e.getValue(), planRate, policy, staleDays))
                .sorted(Comparator.comparing(LaggingUnit::score).reversed()
                        .thenComparing(u -> u.unit().name(), Text.vietnameseOrder()))
                .toList();
        List<LaggingUnit> ranked = new ArrayList<>();
        for (int i = 0; i < unranked.size(); i++) {
            LaggingUnit u = unranked.get(i);
            BigDecimal score = u.score();
            int rank = i > 0 && unranked.get(i - 1).score().compareTo(score) == 0 ? ranked.get(i - 1).rank() : i + 1;
            boolean tied = (i > 0 && unranked.get(i - 1).score().compareTo(score) == 0)
                    || (i + 1 < unranked.size() && unranked.get(i + 1).score().compareTo(score) == 0);
            ranked.add(new LaggingUnit(u.unit(), rank, tied, score, u.completed(), u.planned(), u.percent(), u.overdue(),
                    u.late(), u.stale(), u.lagging(), u.reasons()));
        }
        return ranked;
    }

    private static LaggingUnit evaluate(Unit unit, List<TaskState> states, BigDecimal planRate, LaggingPolicy policy,
                                        int staleDays) {
        ProgressCount count = ProgressCount.of(states);
        int overdue = count.count(DeadlineCategory.OVERDUE);
        int late = count.count(DeadlineCategory.COMPLETED_LATE);
        int stale = (int) states.stream().filter(s -> TaskSelection.STALE.includes(s, staleDays)).count();
        BigDecimal gap = planRate.subtract(count.percent()).max(BigDecimal.ZERO);
        BigDecimal score = BigDecimal.valueOf(policy.overdueWeight() * overdue + policy.lateWeight() * late
                        + policy.staleWeight() * stale)
                .add(gap.multiply(BigDecimal.valueOf(policy.rateGapWeight())).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP))
                .setScale(2, RoundingMode.HALF_UP);
        List<LaggingUnit.Reason> reasons = new ArrayList<>();
        if (overdue > 0) {
            reasons.add(new LaggingUnit.Reason(LaggingUnit.Kind.OVERDUE, BigDecimal.valueOf(overdue), null));
        }
        boolean farBelow = gap.compareTo(BigDecimal.valueOf(policy.rateGapThreshold())) >= 0;
        if (farBelow) {
            reasons.add(new LaggingUnit.Reason(LaggingUnit.Kind.RATE_BELOW_PLAN, count.percent(), planRate));
        }
        if (stale > 0) {
            reasons.add(new LaggingUnit.Reason(LaggingUnit.Kind.STALE, BigDecimal.valueOf(stale), null));
        }
        if (late > 0) {
            reasons.add(new LaggingUnit.Reason(LaggingUnit.Kind.LATE, BigDecimal.valueOf(late), null));
        }
        boolean lagging = overdue >= policy.overdueThreshold() || farBelow || stale >= policy.staleThreshold();
        return new LaggingUnit(unit, 0, false, score, count.completed(), count.planned(), count.percent(), overdue, late,
                stale, lagging, reasons);
    }
}

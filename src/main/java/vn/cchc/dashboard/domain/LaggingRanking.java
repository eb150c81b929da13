package vn.cchc.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who is behind: each unit's task evidence (overdue, late, without an update for long, completion rate against
 * the plan's) and indicator evidence (figures short of their target) scored by a {@link LaggingPolicy},
 * highest score first. Ties share a rank and are listed in Vietnamese alphabetical order, so the same data
 * always gives the same list. A pure function of the evidence, the day and the policy.
 */
public final class LaggingRanking {

    private static final BigDecimal TEN = BigDecimal.TEN;

    private LaggingRanking() {
    }

    /** The plan's lead units ranked on their tasks alone, each as it was. */
    public static List<LaggingUnit> rank(PlanSnapshot snapshot, LocalDate asOf, LaggingPolicy policy, int staleDays) {
        return rank(LaggingEvidence.tasksOnly(snapshot), asOf, policy, staleDays);
    }

    public static List<LaggingUnit> rank(LaggingEvidence evidence, LocalDate asOf, LaggingPolicy policy, int staleDays) {
        UnitGrouping grouping = evidence.grouping();
        List<TaskState> states = evidence.plan().states(asOf);
        BigDecimal planRate = ProgressCount.of(states).percent();
        Map<Long, Unit> units = evidence.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, List<TaskState>> byUnit = states.stream().collect(Collectors.groupingBy(
                s -> grouping.groupOf(s.task().leadUnitId(), units.get(s.task().leadUnitId())).id()));
        IndicatorBook book = evidence.rolledUp() ? evidence.indicators().grouped(grouping) : evidence.indicators();
        ReportPeriod period = evidence.indicatorPeriod();
        Set<Long> ranked = new LinkedHashSet<>(byUnit.keySet());
        if (period != null) {
            book.values().stream()
                    .filter(v -> v.period().equals(period) && book.indicator(v.indicatorCode()).filter(i -> !i.provinceWide()).isPresent())
                    .forEach(v -> ranked.add(v.unitId()));
        }
        List<LaggingUnit> unranked = ranked.stream().filter(units::containsKey)
                .map(id -> evaluate(units.get(id), byUnit.getOrDefault(id, List.of()), planRate,
                        period == null ? List.of() : shortfalls(book, id, period, policy), policy, staleDays))
                .sorted(Comparator.comparing(LaggingUnit::score).reversed()
                        .thenComparing(u -> u.unit().name(), Text.vietnameseOrder()))
                .toList();
        return withRanks(unranked);
    }

    private static List<LaggingUnit> withRanks(List<LaggingUnit> sorted) {
        List<LaggingUnit> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            BigDecimal score = sorted.get(i).score();
            boolean sameAsBefore = i > 0 && sorted.get(i - 1).score().compareTo(score) == 0;
            boolean sameAsAfter = i + 1 < sorted.size() && sorted.get(i + 1).score().compareTo(score) == 0;
            int rank = sameAsBefore ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(sorted.get(i).ranked(rank, sameAsBefore || sameAsAfter));
        }
        return ranked;
    }

    /**
     * The unit's indicators short of their target in {@code period} by at least the policy's threshold, the
     * furthest off first. A near miss (97,9% against 98%) is amber on the Chỉ số screen, not a reason here.
     */
    private static List<IndicatorReading> shortfalls(IndicatorBook book, long unitId, ReportPeriod period,
                                                     LaggingPolicy policy) {
        BigDecimal threshold = BigDecimal.valueOf(policy.indicatorGapThreshold());
        return book.unitIndicators().stream().filter(i -> i.reportedFor(period))
                .map(i -> book.reading(i, unitId, period))
                .filter(r -> r.missesTarget() && r.shortfall().compareTo(threshold) >= 0)
                .sorted(Comparator.comparing(IndicatorReading::shortfall).reversed())
                .toList();
    }

    private static LaggingUnit evaluate(Unit unit, List<TaskState> states, BigDecimal planRate,
                                        List<IndicatorReading> shortfalls, LaggingPolicy policy, int staleDays) {
        ProgressCount count = ProgressCount.of(states);
        boolean hasTasks = count.planned() > 0;
        int overdue = count.count(DeadlineCategory.OVERDUE);
        int late = count.count(DeadlineCategory.COMPLETED_LATE);
        int stale = (int) states.stream().filter(s -> TaskSelection.STALE.includes(s, staleDays)).count();
        BigDecimal gap = hasTasks ? planRate.subtract(count.percent()).max(BigDecimal.ZERO) : BigDecimal.ZERO;
        BigDecimal indicatorGap = shortfalls.stream().map(IndicatorReading::shortfall).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = BigDecimal.valueOf(policy.overdueWeight() * overdue + policy.lateWeight() * late
                        + policy.staleWeight() * stale)
                .add(perTenPoints(gap, policy.rateGapWeight()))
                .add(perTenPoints(indicatorGap, policy.indicatorWeight()))
                .setScale(2, RoundingMode.HALF_UP);
        List<LaggingUnit.Reason> reasons = new ArrayList<>();
        if (overdue > 0) {
            reasons.add(new LaggingUnit.Reason(LaggingUnit.Kind.OVERDUE, BigDecimal.valueOf(overdue), null));
        }
        for (IndicatorReading r : shortfalls) {
            reasons.add(new LaggingUnit.Reason(LaggingUnit.Kind.INDICATOR_SHORT, r.value().value(), r.target().value(),
                    r.indicator()));
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
        boolean lagging = overdue >= policy.overdueThreshold() || farBelow || stale >= policy.staleThreshold()
                || !shortfalls.isEmpty();
        return new LaggingUnit(unit, 0, false, score, count.completed(), count.planned(),
                hasTasks ? count.percent() : null, overdue, late, stale, lagging, reasons);
    }

    private static BigDecimal perTenPoints(BigDecimal points, double weight) {
        return points.multiply(BigDecimal.valueOf(weight)).divide(TEN, 2, RoundingMode.HALF_UP);
    }
}

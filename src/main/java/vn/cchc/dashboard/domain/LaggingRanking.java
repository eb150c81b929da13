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
 * Who is behind: each unit judged only on what was due by the day — tasks overdue or finished late, the completion
 * rate of the tasks due, tasks begun and then left without an update, indicators short of the target that applies
 * to the period — by a {@link LaggingPolicy}. Lagging units come first, those with overdue tasks above all others,
 * then by score; ties share a rank and are listed in Vietnamese alphabetical order. Units that are not lagging
 * follow unranked: those on track, then those with nothing due yet. A pure function of the evidence, the day and
 * the policy.
 */
public final class LaggingRanking {

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Lagging units first (overdue ones above the rest, then by score), then the others by verdict and name. */
    private static final Comparator<LaggingUnit> ORDER = Comparator
            .comparing(LaggingUnit::verdict)
            .thenComparing((LaggingUnit u) -> u.lagging() && u.overdue() > 0 ? 0 : 1)
            .thenComparing(u -> u.lagging() ? u.score().negate() : BigDecimal.ZERO)
            .thenComparing(u -> u.unit().name(), Text.vietnameseOrder());

    private LaggingRanking() {
    }

    /** The plan's lead units ranked on their tasks alone, each as it was. */
    public static List<LaggingUnit> rank(PlanSnapshot snapshot, LocalDate asOf, LaggingPolicy policy, int staleDays) {
        return rank(LaggingEvidence.tasksOnly(snapshot), asOf, policy, staleDays);
    }

    public static List<LaggingUnit> rank(LaggingEvidence evidence, LocalDate asOf, LaggingPolicy policy, int staleDays) {
        UnitGrouping grouping = evidence.grouping();
        List<TaskState> states = evidence.plan().states(asOf);
        Map<Long, Unit> units = evidence.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Map<Long, List<TaskState>> byUnit = states.stream().collect(Collectors.groupingBy(
                s -> grouping.groupOf(s.task().leadUnitId(), units.get(s.task().leadUnitId())).id()));
        IndicatorBook book = evidence.rolledUp() ? evidence.indicators().grouped(grouping) : evidence.indicators();
        ReportPeriod period = evidence.indicatorPeriod();
        Set<Long> ranked = new LinkedHashSet<>(byUnit.keySet());
        if (period != null) {
            // Units share the store, plans do not: a province's figures never list it under the ministries' plan.
            PlanKind kind = evidence.plan().plan().kind();
            book.values().stream()
                    .filter(v -> v.period().equals(period) && book.indicator(v.indicatorCode()).filter(i -> !i.provinceWide()).isPresent())
                    .filter(v -> units.containsKey(v.unitId()) && kind.follows(units.get(v.unitId()).kind()))
                    .forEach(v -> ranked.add(v.unitId()));
        }
        List<LaggingUnit> sorted = ranked.stream().filter(units::containsKey)
                .map(id -> evaluate(units.get(id), byUnit.getOrDefault(id, List.of()), asOf,
                        period == null ? List.of() : readings(book, id, period), policy, staleDays))
                .sorted(ORDER)
                .toList();
        return withRanks(sorted);
    }

    private static List<LaggingUnit> withRanks(List<LaggingUnit> sorted) {
        List<LaggingUnit> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            LaggingUnit unit = sorted.get(i);
            if (!unit.lagging()) {
                ranked.add(unit.ranked(0, false));
                continue;
            }
            boolean sameAsBefore = i > 0 && samePlace(sorted.get(i - 1), unit);
            boolean sameAsAfter = i + 1 < sorted.size() && samePlace(sorted.get(i + 1), unit);
            int rank = sameAsBefore ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(unit.ranked(rank, sameAsBefore || sameAsAfter));
        }
        return ranked;
    }

    private static boolean samePlace(LaggingUnit a, LaggingUnit b) {
        return a.lagging() && b.lagging() && (a.overdue() > 0) == (b.overdue() > 0) && a.score().compareTo(b.score()) == 0;
    }

    /** The unit's readings for {@code period} of the indicators reported for it that have a figure. */
    private static List<IndicatorReading> readings(IndicatorBook book, long unitId, ReportPeriod period) {
        return book.unitIndicators().stream().filter(i -> i.reportedFor(period))
                .map(i -> book.reading(i, unitId, period))
                .filter(r -> r.value() != null)
                .toList();
    }

    /**
     * The unit's indicators short of the target that applies to the period by at least the policy's threshold,
     * the furthest off first. A near miss (97,9% against 98%) is amber on the Chỉ số screen, not a reason here.
     */
    private static List<IndicatorReading> shortfalls(List<IndicatorReading> readings, LaggingPolicy policy) {
        BigDecimal threshold = BigDecimal.valueOf(policy.indicatorGapThreshold());
        return readings.stream()
                .filter(r -> r.missesTarget() && r.shortfall().compareTo(threshold) >= 0)
                .sorted(Comparator.comparing(IndicatorReading::shortfall).reversed())
                .toList();
    }

    /**
     * A task is due on a day once its deadline has passed (on the deadline itself it is still in time, as the deadline
     * categories have it); a recurring one once its year's reporting window closes, on 14/12.
     */
    static boolean isDue(TaskState state) {
        Task task = state.task();
        if (task.recurring()) {
            return !TaskState.reportingYear(task).end().isAfter(state.asOf());
        }
        return !task.hasNoFixedDeadline() && task.dueDate().isBefore(state.asOf());
    }

    /** Begun, not finished, not yet overdue (that weighs as overdue), and silent for more than {@code staleDays}. */
    static boolean leftWithoutUpdate(TaskState state, int staleDays) {
        return !state.isCompleted() && state.category() != DeadlineCategory.OVERDUE && state.lastUpdate() != null
                && state.status() != TaskStatus.NOT_STARTED && TaskSelection.daysWithoutUpdate(state) > staleDays;
    }

    private static LaggingUnit evaluate(Unit unit, List<TaskState> states, LocalDate asOf,
                                        List<IndicatorReading> readings, LaggingPolicy policy, int staleDays) {
        ProgressCount count = ProgressCount.of(states);
        List<TaskState> dueStates = states.stream().filter(LaggingRanking::isDue).toList();
        int due = dueStates.size();
        int dueCompleted = (int) dueStates.stream().filter(TaskState::isCompleted).count();
        int overdue = count.count(DeadlineCategory.OVERDUE);
        int late = count.count(DeadlineCategory.COMPLETED_LATE);
        int stale = (int) states.stream().filter(s -> leftWithoutUpdate(s, staleDays)).count();
        LocalDate nextDue = states.stream().filter(s -> !s.isCompleted() && !isDue(s) && !s.task().hasNoFixedDeadline())
                .map(s -> s.task().dueDate()).min(Comparator.naturalOrder()).orElse(null);
        BigDecimal gap = due == 0 ? BigDecimal.ZERO : HUNDRED.subtract(Percent.of(dueCompleted, due));
        // Overdue tasks already weigh as such; the rate's share of the score is what they do not cover (recurring
        // work not carried out by the year's end), so that one overdue task is not counted twice.
        int unfinishedNotOverdue = due - dueCompleted - overdue;
        BigDecimal gapBeyondOverdue = due == 0 ? BigDecimal.ZERO : Percent.of(unfinishedNotOverdue, due);
        List<IndicatorReading> shortfalls = shortfalls(readings, policy);
        BigDecimal indicatorGap = shortfalls.stream().map(IndicatorReading::shortfall).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = BigDecimal.valueOf(policy.overdueWeight() * overdue + policy.lateWeight() * late
                        + policy.staleWeight() * stale)
                .add(perTenPoints(gapBeyondOverdue, policy.rateGapWeight()))
                .add(perTenPoints(indicatorGap, policy.indicatorWeight()))
                .setScale(2, RoundingMode.HALF_UP);
        boolean lowRate = due > 0 && gap.compareTo(BigDecimal.valueOf(policy.rateGapThreshold())) >= 0;
        List<LaggingUnit.Reason> reasons = new ArrayList<>();
        if (overdue > 0) {
            reasons.add(new LaggingUnit.Reason(LaggingUnit.Kind.OVERDUE, BigDecimal.valueOf(overdue), null));
        }
        if (lowRate && unfinishedNotOverdue > 0) {
            reasons.add(new LaggingUnit.Reason(LaggingUnit.Kind.DUE_RATE_LOW, BigDecimal.valueOf(dueCompleted),
                    BigDecimal.valueOf(due)));
        }
        for (IndicatorReading r : shortfalls) {
            reasons.add(new LaggingUnit.Reason(LaggingUnit.Kind.INDICATOR_SHORT, r.value().value(), r.target().value(),
                    r.indicator()));
        }
        if (stale > 0) {
            reasons.add(new LaggingUnit.Reason(LaggingUnit.Kind.STALE, BigDecimal.valueOf(stale),
                    BigDecimal.valueOf(staleDays)));
        }
        if (late > 0) {
            reasons.add(new LaggingUnit.Reason(LaggingUnit.Kind.LATE, BigDecimal.valueOf(late), null));
        }
        boolean somethingDue = due > 0 || readings.stream().anyMatch(LaggingRanking::judged);
        boolean lagging = overdue >= policy.overdueThreshold() || lowRate || !shortfalls.isEmpty()
                || (somethingDue && stale >= policy.staleThreshold());
        LaggingUnit.Verdict verdict = lagging ? LaggingUnit.Verdict.LAGGING
                : somethingDue ? LaggingUnit.Verdict.ON_TRACK : LaggingUnit.Verdict.NOT_YET_DUE;
        return new LaggingUnit(unit, 0, false, score, count.completed(), count.planned(),
                count.planned() > 0 ? count.percent() : null, due, dueCompleted, nextDue, overdue, late, stale,
                verdict, reasons);
    }

    /** An indicator figure read against a target that applies to its period. */
    private static boolean judged(IndicatorReading r) {
        return r.verdict() == IndicatorReading.Verdict.MEETS || r.missesTarget();
    }

    private static BigDecimal perTenPoints(BigDecimal points, double weight) {
        return points.multiply(BigDecimal.valueOf(weight)).divide(TEN, 2, RoundingMode.HALF_UP);
    }
}

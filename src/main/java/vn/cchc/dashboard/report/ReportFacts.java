package vn.cchc.dashboard.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.dashboard.domain.AreaProgress;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.IndicatorReading;
import vn.cchc.dashboard.domain.IndicatorTarget;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.statistics.StatisticItem;

/** What the sections say, worked out once from the inputs: the report's facts before they become words. */
final class ReportFacts {

    /** The area whose tasks section I reports (công tác chỉ đạo, điều hành), in both programmes. */
    static final String DIRECTION_AREA = "CDDH";

    /**
     * One indicator across the province for the indicator period, beside the year's target.
     *
     * @param judged true when the target applies to the period (the year's figures), so "đạt"/"chưa đạt" may be said
     * @param below  units whose figure is short of the year's target, whether or not it is judged yet
     */
    record IndicatorLine(Indicator indicator, BigDecimal value, IndicatorTarget target, boolean judged, boolean meets,
                         int below, int reporting) {
    }

    final ReportInputs in;
    final PlanSummary summary;
    final List<TaskState> states;
    final LocalDate asOf;
    final ProgressCount before;
    private final Map<Long, Unit> units;
    private final UnitVerdicts unitVerdicts;

    ReportFacts(ReportInputs in) {
        this.in = in;
        this.summary = in.overview().summary();
        this.states = in.overview().states();
        this.asOf = summary.asOf();
        this.before = ProgressCount.of(in.overview().snapshot().states(in.overview().comparison()));
        this.units = in.overview().snapshot().units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        List<LaggingUnit> followed = in.lagging().units();
        this.unitVerdicts = new UnitVerdicts(followed, (int) followed.stream().filter(u -> u.planned() > 0).count());
    }

    /** True when the plan has tasks and someone reported progress on or before the as-of date. */
    boolean hasData() {
        return summary.overall().planned() > 0 && summary.dataDate() != null;
    }

    ProgressCount overall() {
        return summary.overall();
    }

    Unit unit(long id) {
        return units.get(id);
    }

    Unit leadOf(TaskState state) {
        return units.get(state.task().leadUnitId());
    }

    Optional<AreaProgress> directionArea() {
        return summary.byArea().stream().filter(a -> a.area().code().equals(DIRECTION_AREA)).findFirst();
    }

    /** The reform areas of section II: all but the direction area, in the programme's order. */
    List<AreaProgress> reformAreas() {
        return summary.byArea().stream().filter(a -> !a.area().code().equals(DIRECTION_AREA)).toList();
    }

    List<TaskState> inArea(ReformArea area) {
        return states.stream().filter(s -> s.task().areaCode().equals(area.code())).toList();
    }

    /** The overdue tasks, the latest first, then in plan order. */
    List<TaskState> overdue() {
        return states.stream().filter(s -> s.category() == DeadlineCategory.OVERDUE)
                .sorted(Comparator.comparingLong(TaskState::daysOverdue).reversed()).toList();
    }

    /** Tasks not completed and due after the as-of date, up to and including {@code until}, soonest first. */
    List<TaskState> dueBy(LocalDate until) {
        return states.stream().filter(s -> !s.isCompleted() && !s.task().recurring() && !s.task().hasNoFixedDeadline()
                        && s.task().dueDate().isAfter(asOf) && !s.task().dueDate().isAfter(until))
                .sorted(Comparator.comparing((TaskState s) -> s.task().dueDate())).toList();
    }

    long stale() {
        return states.stream().filter(s -> TaskSelection.STALE.includes(s, in.overview().staleDays())).count();
    }

    List<LaggingUnit> laggingUnits() {
        return unitVerdicts().lagging();
    }

    /** The verdict on every unit followed, from the same lagging list as the window and the command line. */
    UnitVerdicts unitVerdicts() {
        return unitVerdicts;
    }

    /** Units that lead at least one task of the plan. */
    int leadUnits() {
        return summary.byUnit().size();
    }

    ReportPeriod indicatorPeriod() {
        return in.lagging().indicatorPeriod();
    }

    /** Each unit indicator reported for the indicator period, read province-wide against the year's target. */
    List<IndicatorLine> indicators() {
        ReportPeriod period = indicatorPeriod();
        if (period == null) {
            return List.of();
        }
        IndicatorBook book = in.indicators();
        return book.unitIndicators().stream().filter(i -> i.reportedFor(period))
                .flatMap(i -> book.average(i, period).map(v -> line(book, i, v, period)).stream()).toList();
    }

    /**
     * The rate of a statistics item read against the target of the library indicator it names, for the statistics'
     * period; empty when it names none (or one the library no longer has).
     */
    Optional<IndicatorReading> statisticReading(StatisticItem item, BigDecimal rate) {
        IndicatorBook book = in.indicators();
        return Optional.ofNullable(item.indicatorCode()).flatMap(book::indicator)
                .map(indicator -> book.provinceReading(indicator, rate, in.statistics().period()));
    }

    private static IndicatorLine line(IndicatorBook book, Indicator indicator, BigDecimal value, ReportPeriod period) {
        IndicatorReading overall = book.provinceReading(indicator, period);
        IndicatorTarget target = overall.target();
        boolean meets = overall.verdict() == IndicatorReading.Verdict.MEETS;
        boolean judged = meets || overall.missesTarget();
        List<Long> reporting = book.unitsReporting(period).stream()
                .filter(u -> book.value(indicator.code(), u, period).isPresent()).toList();
        int below = target == null ? 0 : (int) reporting.stream().filter(u -> IndicatorReading.of(indicator,
                book.value(indicator.code(), u, period).orElse(null), target).missesTarget()).count();
        return new IndicatorLine(indicator, value, target, judged, meets, below, reporting.size());
    }
}

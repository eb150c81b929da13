package vn.cchc.dashboard.domain;

import vn.cchc.dashboard.domain.indicators.Milestone;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every indicator with its targets and reported figures, read from the store in one go; what the Chỉ số
 * screen, the lagging ranking and the reports ask about indicators is answered from it. Figures and targets
 * are indexed once, here: a grid of every unit × indicator with its trend asks thousands of questions, on the
 * FX thread, each answered by a lookup rather than a scan.
 */
public final class IndicatorBook {

    private final List<Indicator> indicators;
    private final List<IndicatorTarget> targets;
    private final List<IndicatorValue> values;
    private final Map<String, Indicator> byCode;
    private final Map<Cell, IndicatorValue> byCell;
    private final Map<List<Object>, IndicatorTarget> targetsByYear;
    private final Map<List<Object>, List<IndicatorValue>> byIndicatorAndPeriod;
    private final Map<List<Object>, Milestone> milestones;

    public IndicatorBook(List<Indicator> indicators, List<IndicatorTarget> targets, List<IndicatorValue> values) {
        this(indicators, targets, values, List.of());
    }

    /** @param milestones the stages of the years' targets: what a period within the year is judged against */
    public IndicatorBook(List<Indicator> indicators, List<IndicatorTarget> targets, List<IndicatorValue> values,
                         List<Milestone> milestones) {
        this.milestones = milestones.stream().collect(Collectors.toMap(m -> List.of(m.indicatorCode(), m.period()),
                Function.identity(), (a, b) -> a));
        this.indicators = indicators.stream().sorted(Comparator.comparingInt(Indicator::order)).toList();
        this.targets = List.copyOf(targets);
        this.values = List.copyOf(values);
        this.byCode = this.indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a));
        this.byCell = this.values.stream().collect(Collectors.toMap(
                v -> new Cell(v.indicatorCode(), v.unitId(), v.period()), Function.identity(), (a, b) -> a));
        this.targetsByYear = this.targets.stream().collect(Collectors.toMap(
                t -> List.of(t.indicatorCode(), t.year()), Function.identity(), (a, b) -> a));
        this.byIndicatorAndPeriod = this.values.stream().collect(Collectors.groupingBy(
                v -> List.of(v.indicatorCode(), v.period())));
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public List<IndicatorTarget> targets() {
        return targets;
    }

    public List<IndicatorValue> values() {
        return values;
    }

    public static IndicatorBook empty() {
        return new IndicatorBook(List.of(), List.of(), List.of());
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The indicators each unit reports (not the province's own indices), in their order; a retired one only while
     * figures entered against it remain, so that they stay readable.
     */
    public List<Indicator> unitIndicators() {
        return indicators.stream().filter(i -> !i.provinceWide())
                .filter(i -> !i.retired() || values.stream().anyMatch(v -> v.indicatorCode().equals(i.code()))).toList();
    }

    /** The indicators figures may be entered for now: every one in use. */
    public List<Indicator> inUse() {
        return indicators.stream().filter(i -> !i.retired()).toList();
    }

    public Optional<IndicatorTarget> target(String code, int year) {
        return Optional.ofNullable(targetsByYear.get(List.of(code, year)));
    }

    public Optional<IndicatorValue> value(String code, long unitId, ReportPeriod period) {
        return Optional.ofNullable(byCell.get(new Cell(code, unitId, period)));
    }

    public IndicatorReading reading(Indicator indicator, long unitId, ReportPeriod period) {
        return read(indicator, value(indicator.code(), unitId, period).orElse(null), period);
    }

    /**
     * The target a figure of {@code period} is judged against: the milestone set for that period, else the year's
     * target (which judges only the year's figures, see {@link IndicatorReading#of(Indicator, IndicatorValue,
     * IndicatorTarget, ReportPeriod)}).
     */
    public Optional<IndicatorTarget> targetFor(String code, ReportPeriod period) {
        return milestoneTarget(code, period).or(() -> target(code, period.year()));
    }

    /** A milestone read as the target of its period, under the year's target's document. */
    private Optional<IndicatorTarget> milestoneTarget(String code, ReportPeriod period) {
        Milestone m = milestones.get(List.of(code, period));
        if (m == null) {
            return Optional.empty();
        }
        String document = target(code, period.year()).map(IndicatorTarget::document)
                .orElseGet(() -> indicator(code).map(Indicator::targetSource).orElse("—"));
        return Optional.of(new IndicatorTarget(code, period.year(), m.value(), document));
    }

    private IndicatorReading read(Indicator indicator, IndicatorValue value, ReportPeriod period) {
        Optional<IndicatorTarget> milestone = milestoneTarget(indicator.code(), period);
        return milestone.isPresent() ? IndicatorReading.of(indicator, value, milestone.get())
                : IndicatorReading.of(indicator, value, target(indicator.code(), period.year()).orElse(null), period);
    }

    /** The periods anything was reported for, oldest first. */
    public List<ReportPeriod> periods() {
        return List.copyOf(values.stream().map(IndicatorValue::period).collect(Collectors.toCollection(TreeSet::new)));
    }

    /** The latest period with any unit's figure whose window had closed by {@code day}. */
    public Optional<ReportPeriod> latestReportedBy(LocalDate day) {
        return values.stream().filter(v -> !v.period().end().isAfter(day)).map(IndicatorValue::period)
                .max(Comparator.naturalOrder());
    }

    /** The units that reported anything for {@code period}. */
    public Set<Long> unitsReporting(ReportPeriod period) {
        return values.stream().filter(v -> v.period().equals(period)).map(IndicatorValue::unitId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The province-wide figure of {@code indicator} for {@code period} across units: for a rate, all numerators
     * over all denominators (so a department with 10.000 dossiers weighs more than one with 50); otherwise the
     * mean of the figures. Empty when no unit has a figure.
     */
    public Optional<BigDecimal> average(Indicator indicator, ReportPeriod period) {
        List<IndicatorValue> reported = byIndicatorAndPeriod.getOrDefault(List.of(indicator.code(), period), List.of());
        if (indicator.isRatio()) {
            BigDecimal numerators = sum(reported, IndicatorValue::numerator);
            BigDecimal denominators = sum(reported, IndicatorValue::denominator);
            return reported.isEmpty() ? Optional.empty() : Optional.ofNullable(IndicatorValue.ratio(numerators, denominators));
        }
        List<BigDecimal> figures = reported.stream().map(IndicatorValue::value).filter(Objects::nonNull).toList();
        return figures.isEmpty() ? Optional.empty() : Optional.of(figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(figures.size()), 2, RoundingMode.HALF_UP));
    }

    /** The province-wide figure ({@link #average}) read against the year's target; no figure when no unit reported. */
    public IndicatorReading provinceReading(Indicator indicator, ReportPeriod period) {
        return provinceReading(indicator, average(indicator, period).orElse(null), period);
    }

    /**
     * A province-wide {@code figure} of {@code indicator} for {@code period} from another source (the units'
     * statistics), read against the period's milestone or the year's target; null for no figure.
     */
    public IndicatorReading provinceReading(Indicator indicator, BigDecimal figure, ReportPeriod period) {
        return read(indicator, figure == null ? null
                : new IndicatorValue(0, indicator.code(), 0, period, null, null, figure, "", null), period);
    }

    /** The unit's figures over {@code periods}, null where there is none: the points of a sparkline. */
    public List<BigDecimal> trend(Indicator indicator, long unitId, List<ReportPeriod> periods) {
        List<BigDecimal> points = new ArrayList<>();
        for (ReportPeriod p : periods) {
            points.add(value(indicator.code(), unitId, p).map(IndicatorValue::value).orElse(null));
        }
        return points;
    }

    /**
     * The same book with each unit's figures under its group's unit: rates are added up numerator by
     * numerator and denominator by denominator, other figures averaged.
     */
    public IndicatorBook grouped(UnitGrouping grouping) {
        Map<Cell, List<IndicatorValue>> byGroup = values.stream().collect(Collectors.groupingBy(v -> new Cell(
                v.indicatorCode(), groupId(grouping, v.unitId()), v.period())));
        List<IndicatorValue> combined = byGroup.entrySet().stream().map(e -> combine(e.getKey().unitId(), e.getValue()))
                .toList();
        return new IndicatorBook(indicators, targets, combined, List.copyOf(milestones.values()));
    }

    private record Cell(String indicatorCode, long unitId, ReportPeriod period) {
    }

    private static long groupId(UnitGrouping grouping, long unitId) {
        Unit group = grouping.groupOf(unitId);
        return group == null ? unitId : group.id();
    }

    private static IndicatorValue combine(long unitId, List<IndicatorValue> group) {
        IndicatorValue first = group.get(0);
        if (group.size() == 1) {
            return new IndicatorValue(first.id(), first.indicatorCode(), unitId, first.period(), first.numerator(),
                    first.denominator(), first.value(), first.enteredBy(), first.enteredAt());
        }
        boolean ratio = group.stream().allMatch(v -> v.denominator() != null);
        BigDecimal numerator = ratio ? sum(group, IndicatorValue::numerator) : null;
        BigDecimal denominator = ratio ? sum(group, IndicatorValue::denominator) : null;
        List<BigDecimal> figures = group.stream().map(IndicatorValue::value).filter(Objects::nonNull).toList();
        BigDecimal mean = figures.isEmpty() ? null : figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(figures.size()), 2, RoundingMode.HALF_UP);
        return new IndicatorValue(0, first.indicatorCode(), unitId, first.period(), numerator, denominator, mean,
                first.enteredBy(), first.enteredAt());
    }

    private static BigDecimal sum(List<IndicatorValue> values, Function<IndicatorValue, BigDecimal> part) {
        return values.stream().map(part).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package vn.cchc.dashboard.ui.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.IndicatorService;
import vn.cchc.dashboard.app.UnitService;
import vn.cchc.dashboard.chart.IndicatorChartInput;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.IndicatorReading;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.i18n.IndicatorWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PeriodWording;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.ReloadGate;
import vn.cchc.dashboard.ui.Subscriptions;

/**
 * Chỉ số: every reporting unit's figures for one period against the year's targets (traffic lights), each
 * with its trend over the last periods; one indicator across units for the chart; the province's own
 * indices by year; and entering a figure. The tables' contents are built by {@link PeriodRows} and
 * {@link ProvinceIndices}; this class reads, chooses the period, narrows and charts. The rows the view shows are
 * declared here, where the view names them.
 */
public final class IndicatorsViewModel {

    /** How many periods a sparkline shows. */
    static final int TREND_PERIODS = 6;

    /** One cell: the figure or what stands in its place, its verdict, its explanation, and its trend. */
    public record Cell(String text, IndicatorReading.Verdict verdict, String explanation, List<BigDecimal> trend) {
    }

    /** One unit's row (or the province's, with a null unit). */
    public record Row(Unit unit, String name, List<Cell> cells) {
    }

    /** A province-wide index by year: "PAR INDEX" 86,12% · 87,40% · 88,95%. */
    public record IndexRow(String name, List<String> byYear) {
    }

    private final IndicatorService indicators;
    private final UnitService units;
    private final Background background;
    private final Messages messages;
    private final PeriodRows periodRows;
    private final ObservableValue<Plan> plan;
    private final ObservableValue<LocalDate> asOf;
    private final ObjectProperty<Long> unitRequest;
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>(this, "period");
    private final ObservableList<ReportPeriod> periods = FXCollections.observableArrayList();
    private final ObservableList<Indicator> columns = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Indicator> charted = new SimpleObjectProperty<>(this, "charted");
    private final ReadOnlyObjectWrapper<IndicatorChartInput> chartInput = new ReadOnlyObjectWrapper<>(this, "chartInput");
    private final ObservableList<Integer> indexYears = FXCollections.observableArrayList();
    private final ObservableList<IndexRow> indexRows = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final Subscriptions subscriptions = new Subscriptions();
    private final ReloadGate gate = new ReloadGate();
    private IndicatorBook book = IndicatorBook.empty();
    private List<Unit> allUnits = List.of();
    private List<Row> allRows = List.of();

    /** @param unitRequest a unit another screen asked to show (the lagging list); cleared once shown */
    public IndicatorsViewModel(IndicatorService indicators, UnitService units, Background background, Messages messages,
                               ObservableValue<Plan> plan, ObservableValue<LocalDate> asOf, ObjectProperty<Long> unitRequest) {
        this.indicators = indicators;
        this.units = units;
        this.background = background;
        this.messages = messages;
        this.periodRows = new PeriodRows(messages);
        this.plan = plan;
        this.asOf = asOf;
        this.unitRequest = unitRequest;
        // Hidden, the reading waits for the next showing: the plan changes on other screens too.
        Runnable read = gate.guard(this::load);
        subscriptions.follow(plan, p -> read.run());
        period.addListener((obs, old, now) -> rebuild());
        charted.addListener((obs, old, now) -> rebuildChart());
        search.addListener((obs, old, now) -> narrow());
        Runnable applyUnit = gate.guard(this::applyUnitRequest); // after the reading it may wait for
        subscriptions.follow(unitRequest, id -> applyUnit.run());
    }

    /** Reads the indicators and units again (after a figure was saved, or another plan chosen). */
    public void load() {
        background.run(() -> new Loaded(indicators.book(), units.units()), loaded -> {
            book = loaded.book();
            allUnits = loaded.units();
            columns.setAll(book.unitIndicators().stream().filter(i -> i.parentCode() == null).toList());
            if (charted.get() == null || !columns.contains(charted.get())) {
                charted.set(columns.isEmpty() ? null : columns.get(0));
            }
            choosePeriods();
            rebuild();
            rebuildIndices();
            applyUnitRequest();
        }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    private record Loaded(IndicatorBook book, List<Unit> units) {
    }

    /** The plan's year and the year before; the latest period closed by the day shown first chosen. */
    private void choosePeriods() {
        Plan current = plan.getValue();
        LocalDate day = asOf.getValue();
        if (current == null || day == null) {
            return; // the window sets both before any screen shows; nothing to choose from until then
        }
        int year = current.year();
        List<ReportPeriod> choices = new ArrayList<>(ReportPeriod.of(year - 1));
        choices.addAll(ReportPeriod.of(year));
        ReportPeriod keep = period.get();
        periods.setAll(choices);
        if (keep == null || !choices.contains(keep)) {
            ReportPeriod latest = ReportPeriod.latestEndedBy(day);
            period.set(choices.contains(latest) ? latest : choices.get(choices.size() - 1));
        }
    }

    private void rebuild() {
        ReportPeriod p = period.get();
        if (p == null) {
            return;
        }
        Set<Long> reporting = book.unitsReporting(p);
        allRows = periodRows.build(book, allUnits, columns, p, p.trailing(TREND_PERIODS), reporting);
        status.set(periodRows.status(p, reporting.size()));
        narrow();
        rebuildChart();
    }

    private void narrow() {
        Predicate<String> typed = Text.phraseSearch(search.get());
        rows.setAll(allRows.stream().filter(r -> r.unit() == null
                || typed.test(Text.fold(r.unit().name() + " " + r.name()))).toList());
    }

    private void rebuildChart() {
        Indicator indicator = charted.get();
        ReportPeriod p = period.get();
        if (indicator == null || p == null) {
            chartInput.set(null);
            return;
        }
        List<Unit> shown = allRows.stream().map(Row::unit).filter(u -> u != null).toList();
        chartInput.set(IndicatorChartInput.of(book, indicator, p, shown, PeriodWording.name(p, messages),
                asOf.getValue() == null ? p.end() : asOf.getValue(), messages.get("indicator.source")));
    }

    private void rebuildIndices() {
        ProvinceIndices.Table indices = ProvinceIndices.of(book, messages);
        indexYears.setAll(indices.years());
        indexRows.setAll(indices.rows());
    }

    private void applyUnitRequest() {
        Long requested = unitRequest.get();
        if (requested == null || allUnits.isEmpty()) {
            return;
        }
        allUnits.stream().filter(u -> u.id() == requested).findFirst().ifPresent(u -> search.set(u.name()));
        unitRequest.set(null);
    }

    /** A blank form for a figure of the chosen period, for {@code unit} when one is given. */
    public EntryForm newEntry(Unit unit) {
        List<Unit> candidates = allUnits.stream().filter(u -> PeriodRows.REPORTING.contains(u.kind()) || u.kind() == UnitKind.PROVINCE)
                .sorted(Comparator.comparing(Unit::name, Text.vietnameseOrder())).toList();
        Plan current = plan.getValue();
        List<ReportPeriod> planPeriods = current == null ? List.of() : ReportPeriod.of(current.year());
        EntryForm form = new EntryForm(book, candidates, planPeriods, messages);
        form.unit.set(unit);
        form.indicator.set(charted.get());
        form.period.set(planPeriods.contains(period.get()) ? period.get() : null);
        return form;
    }

    /** Saves the form's figure; problems go back to the form and {@code onProblems} shows it again. */
    public void save(EntryForm form, Runnable onProblems) {
        Plan current = plan.getValue();
        if (current == null || !form.parse()) {
            onProblems.run();
            return;
        }
        background.run(() -> indicators.save(current, form.draft()), saved -> {
            feedback.set(messages.format("indicator.saved", IndicatorWording.name(form.indicator.get(), messages),
                    form.unit.get().name(), PeriodWording.name(saved.period(), messages)));
            load();
        }, e -> {
            if (!form.showProblems(e)) {
                feedback.set(ErrorText.of(e, messages));
                return;
            }
            onProblems.run();
        });
    }

    /** Shows one sentence to the user: a file written, or why not. */
    public void tell(String sentence) {
        feedback.set(sentence);
    }

    public String periodName(ReportPeriod p) {
        return PeriodWording.name(p, messages);
    }

    public ObjectProperty<ReportPeriod> period() {
        return period;
    }

    public ObservableList<ReportPeriod> periods() {
        return periods;
    }

    public ObservableList<Indicator> columns() {
        return columns;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Indicator> charted() {
        return charted;
    }

    public ReadOnlyObjectProperty<IndicatorChartInput> chartInput() {
        return chartInput.getReadOnlyProperty();
    }

    public ObservableList<Integer> indexYears() {
        return indexYears;
    }

    public ObservableList<IndexRow> indexRows() {
        return indexRows;
    }

    public StringProperty search() {
        return search;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }

    /** The target in a column's heading: "≥ 85%" (the period's milestone, else the year's), or that there is none. */
    public String targetText(Indicator indicator) {
        ReportPeriod p = period.get();
        return p == null ? "" : book.targetFor(indicator.code(), p)
                .map(t -> IndicatorWording.targetRule(indicator, t.value(), messages))
                .orElse(messages.get("indicator.noTarget"));
    }

    /** Shown: reads the indicators of the shell's plan again; a change made while hidden is read now. */
    public void activate() {
        gate.activate();
    }

    /** Hidden: nothing is read. */
    public void deactivate() {
        gate.deactivate();
    }

    public void dispose() {
        subscriptions.dispose();
    }
}

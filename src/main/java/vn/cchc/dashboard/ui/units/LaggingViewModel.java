package vn.cchc.dashboard.ui.units;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.app.LaggingExport;
import vn.cchc.dashboard.app.PlanService;
import vn.cchc.dashboard.domain.LaggingList;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.unitindex.UnitStanding;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportingCutoffs;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.LaggingWording;
import vn.cchc.dashboard.i18n.StandingWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PeriodWording;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.ReloadGate;
import vn.cchc.dashboard.ui.Subscriptions;

/**
 * Đơn vị chậm tiến độ: the plan's units ranked on their tasks and indicators under the user's policy, with
 * each verdict's reasons in words and each unit's move since the comparison date; computed off the FX thread
 * again whenever the plan, the day, the comparison, the policy or the way merged units are shown changes.
 */
public final class LaggingViewModel {

    /**
     * One unit as the ranking shows it. {@code moved}: how many places the unit went up the list since the comparison
     * day — positive when it is further behind than it was (worse), negative when it caught up (better).
     */
    public record Row(long unitId, String rank, String change, int moved, String unit, String tasks, String due,
                      int overdue, int late, int stale, String score, boolean lagging, String verdict, String reasons) {
    }

    /** What the ranking needs from the window: the plan and days every screen obeys. */
    public record Inputs(ObservableValue<Plan> plan, ObservableValue<LocalDate> asOf,
                         ObservableValue<LocalDate> comparison, ObservableValue<LaggingPolicy> policy,
                         ObservableValue<Number> staleDays) {
    }

    private final PlanService plans;
    private final AppSettings settings;
    private final Background background;
    private final Messages messages;
    private final Inputs inputs;
    private final LongConsumer openTasks;
    private final IntFunction<Map<Long, UnitStanding>> standings;
    private final LongConsumer openIndicators;
    private final BooleanProperty rolledUp;
    private final BooleanProperty onlyLagging = new SimpleBooleanProperty(this, "onlyLagging", false);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper policyText = new ReadOnlyStringWrapper(this, "policyText", "");
    private final ReadOnlyStringWrapper changeLegend = new ReadOnlyStringWrapper(this, "changeLegend", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Subscriptions subscriptions = new Subscriptions();
    private final ReloadGate gate = new ReloadGate();
    private List<Row> allRows = List.of();
    private LaggingList current;
    private long latestRequest;

    /**
     * @param openTasks      opens the task list on a unit's tasks
     * @param openIndicators opens the indicators on a unit
     */
    public LaggingViewModel(PlanService plans, AppSettings settings, Background background, Messages messages,
                            Inputs inputs, LongConsumer openTasks, LongConsumer openIndicators) {
        this(plans, year -> Map.of(), settings, background, messages, inputs, openTasks, openIndicators);
    }

    /** @param standings each unit's reform-index standing cited by a plan of a year, to show after its reasons */
    public LaggingViewModel(PlanService plans, IntFunction<Map<Long, UnitStanding>> standings, AppSettings settings,
                            Background background, Messages messages, Inputs inputs, LongConsumer openTasks,
                            LongConsumer openIndicators) {
        this.plans = plans;
        this.standings = standings;
        this.settings = settings;
        this.background = background;
        this.messages = messages;
        this.inputs = inputs;
        this.openTasks = openTasks;
        this.openIndicators = openIndicators;
        this.rolledUp = new SimpleBooleanProperty(this, "rolledUp", settings.laggingRolledUp());
        // Hidden, the ranking waits: one query on the next showing, however many inputs changed meanwhile.
        Runnable rank = gate.guard(this::refresh);
        subscriptions.follow(inputs.plan(), x -> rank.run());
        subscriptions.follow(inputs.asOf(), x -> rank.run());
        subscriptions.follow(inputs.comparison(), x -> rank.run());
        subscriptions.follow(inputs.policy(), p -> rank.run());
        subscriptions.follow(inputs.staleDays(), x -> rank.run());
        rolledUp.addListener((obs, old, now) -> {
            background.run(() -> {
                settings.setLaggingRolledUp(now);
                settings.save();
                return now;
            }, saved -> { }, e -> feedback.set(ErrorText.of(e, messages)));
            refresh();
        });
        onlyLagging.addListener((obs, old, now) -> narrow());
    }

    private LaggingPolicy policy() {
        return inputs.policy().getValue() == null ? LaggingPolicy.DEFAULT : inputs.policy().getValue();
    }

    /** Ranks again on the current inputs; a slower earlier request never overwrites a newer one. */
    public void refresh() {
        Plan plan = inputs.plan().getValue();
        LocalDate asOf = inputs.asOf().getValue();
        policyText.set(describe(policy()));
        if (plan == null || asOf == null) {
            return;
        }
        LocalDate since = ReportingCutoffs.comparison(asOf, inputs.comparison().getValue());
        LaggingPolicy policy = policy();
        int staleDays = inputs.staleDays().getValue().intValue();
        boolean rolled = rolledUp.get();
        long request = ++latestRequest;
        busy.set(true);
        background.run(() -> Map.entry(plans.lagging(plan, List.of(asOf, since), policy, staleDays, rolled),
                standings.apply(plan.year())), read -> {
            if (request == latestRequest) {
                show(read.getKey().get(0), read.getKey().get(1), read.getValue());
                busy.set(false);
            }
        }, e -> {
            if (request == latestRequest) {
                feedback.set(ErrorText.of(e, messages));
                busy.set(false);
            }
        });
    }

    private void show(LaggingList now, LaggingList then, Map<Long, UnitStanding> index) {
        current = now;
        Map<Long, Integer> before = then.units().stream().collect(Collectors.toMap(u -> u.unit().id(), LaggingUnit::rank));
        allRows = now.units().stream().map(u -> row(u, before.get(u.unit().id()), index.get(u.unit().id()))).toList();
        Formats f = messages.formats();
        long behind = now.units().stream().filter(LaggingUnit::lagging).count();
        String indicators = now.indicatorPeriod() == null ? messages.get("lagging.noIndicators")
                : messages.format("lagging.indicatorPeriod", PeriodWording.name(now.indicatorPeriod(), messages));
        changeLegend.set(messages.format("lagging.change.legend", f.date(then.asOf())));
        headline.set(messages.format("lagging.headline", f.count(behind), f.count(now.units().size()), f.date(then.asOf()),
                indicators));
        narrow();
    }

    /**
     * A unit's row; only lagging units have a place, and a change of place since the comparison date; its reasons end
     * with where it stood in the province's own reform index, where it has a standing.
     */
    private Row row(LaggingUnit u, Integer before, UnitStanding standing) {
        Formats f = messages.formats();
        // Place 1 is the unit furthest behind: a unit that went up the list is worse off, and is said so in words
        // (an arrow up reads as progress to most readers).
        int moved = !u.lagging() || before == null || before == 0 ? 0 : before - u.rank();
        String change = !u.lagging() ? ""
                : before == null || before == 0 ? messages.get("lagging.change.new")
                : moved > 0 ? messages.format("lagging.change.worse", moved)
                : moved < 0 ? messages.format("lagging.change.better", -moved) : messages.get("lagging.change.same");
        String tasks = u.percent() == null ? f.ratio(u.completed(), u.planned())
                : f.ratio(u.completed(), u.planned()) + " (" + f.percent(u.percent()) + ")";
        return new Row(u.unit().id(), u.lagging() ? u.rank() + (u.tied() ? "=" : "") : "", change, moved, u.unit().name(),
                tasks, u.due() == 0 ? "–" : f.ratio(u.dueCompleted(), u.due()), u.overdue(), u.late(), u.stale(),
                u.lagging() ? f.decimal(u.score()) : "", u.lagging(), LaggingWording.verdict(u, messages),
                LaggingWording.cell(u, messages) + (standing == null ? "" : " " + StandingWording.sentence(standing,
                messages)));
    }

    private void narrow() {
        rows.setAll(allRows.stream().filter(r -> !onlyLagging.get() || r.lagging()).toList());
    }

    /** The policy in one sentence: when a unit counts as behind, and what weighs how much. */
    String describe(LaggingPolicy p) {
        Formats f = messages.formats();
        return messages.format("lagging.policy.text", f.count(p.overdueThreshold()), f.compact(big(100 - p.rateGapThreshold())),
                f.count(p.staleThreshold()), f.compact(big(p.indicatorGapThreshold())), f.compact(big(p.overdueWeight())),
                f.compact(big(p.lateWeight())), f.compact(big(p.staleWeight())), f.compact(big(p.rateGapWeight())),
                f.compact(big(p.indicatorWeight())));
    }

    private static BigDecimal big(double value) {
        return BigDecimal.valueOf(value);
    }

    public void exportXlsx(Path file) {
        export(file, list -> LaggingExport.xlsx(list, file, messages));
    }

    public void exportPng(Path file) {
        Plan plan = inputs.plan().getValue();
        export(file, list -> LaggingExport.png(list, plan == null ? "" : plan.title(), file, messages));
    }

    private void export(Path file, Consumer<LaggingList> write) {
        LaggingList list = current;
        if (list == null) {
            return;
        }
        background.run(() -> {
            write.accept(list);
            return file;
        }, written -> feedback.set(messages.format("lagging.exported", written.toAbsolutePath())),
                e -> feedback.set(ErrorText.of(e, messages)));
    }

    public void openTasks(Row row) {
        if (row != null) {
            openTasks.accept(row.unitId());
        }
    }

    public void openIndicators(Row row) {
        if (row != null) {
            openIndicators.accept(row.unitId());
        }
    }

    public BooleanProperty rolledUp() {
        return rolledUp;
    }

    public BooleanProperty onlyLagging() {
        return onlyLagging;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty headline() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty policyText() {
        return policyText.getReadOnlyProperty();
    }

    /** How to read the change column: against which day, and which way is worse. */
    public ReadOnlyStringProperty changeLegend() {
        return changeLegend.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Shown: ranks on the shell's plan, dates and policy again; a change made while hidden is read now. */
    public void activate() {
        gate.activate();
    }

    /** Hidden: no ranking is read. */
    public void deactivate() {
        gate.deactivate();
    }

    public void dispose() {
        subscriptions.dispose();
    }
}

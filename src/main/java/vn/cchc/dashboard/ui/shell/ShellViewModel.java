package vn.cchc.dashboard.ui.shell;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.PlanService;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ScreenId;

/**
 * The state every screen obeys: the plan, the as-of date, the current screen, and the plan's overview on
 * that date, recomputed in the background whenever plan, date, comparison date or stale threshold change. A result that arrives after a
 * newer request was made is dropped, so a slow answer never overwrites a fresh one.
 */
public final class ShellViewModel {

    private final PlanService plans;
    private final Background background;
    private final ObservableList<Plan> planList = FXCollections.observableArrayList();
    private final ObjectProperty<Plan> selectedPlan = new SimpleObjectProperty<>(this, "selectedPlan");
    private final ObjectProperty<LocalDate> asOf;
    private final ObjectProperty<ScreenId> screen = new SimpleObjectProperty<>(this, "screen", ScreenId.OVERVIEW);
    private final ObjectProperty<LocalDate> comparison = new SimpleObjectProperty<>(this, "comparison");
    private final IntegerProperty staleDays;
    private final ObjectProperty<LaggingPolicy> laggingPolicy;
    private final ObjectProperty<Long> taskLeadRequest = new SimpleObjectProperty<>(this, "taskLeadRequest");
    private final ObjectProperty<Long> indicatorUnitRequest = new SimpleObjectProperty<>(this, "indicatorUnitRequest");
    private final ObjectProperty<TaskSelection> taskFilter =
            new SimpleObjectProperty<>(this, "taskFilter", TaskSelection.ALL);
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyObjectWrapper<PlanSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final javafx.beans.property.StringProperty notice =
            new javafx.beans.property.SimpleStringProperty(this, "notice", "");
    private long latestRequest;

    /**
     * @param staleDays the "no update for N days" threshold from the settings
     */
    public ShellViewModel(PlanService plans, Background background, int staleDays, LaggingPolicy laggingPolicy) {
        this.laggingPolicy = new SimpleObjectProperty<>(this, "laggingPolicy", laggingPolicy);
        this.plans = plans;
        this.background = background;
        this.asOf = new SimpleObjectProperty<>(this, "asOf", plans.today());
        this.staleDays = new SimpleIntegerProperty(this, "staleDays", staleDays);
        selectedPlan.addListener((obs, old, now) -> refresh());
        asOf.addListener((obs, old, now) -> refresh());
        comparison.addListener((obs, old, now) -> refresh());
        this.staleDays.addListener((obs, old, now) -> refresh());
        this.laggingPolicy.addListener((obs, old, now) -> refresh());
        overview.addListener((obs, old, now) -> summary.set(now == null ? null : now.summary()));
    }

    /** Reads the plans and selects this year's; the summary follows. */
    public void load() {
        load(null);
    }

    /** Reads the plans again and selects {@code select} (null: this year's), after a plan was created or archived. */
    public void load(Plan select) {
        // At start-up the plans were read while the window was built: shown at once, in the shell's first layout.
        Optional<List<Plan>> ready = plans.preparedPlans();
        if (ready.isPresent()) {
            showPlans(ready.get(), select);
            return;
        }
        busy.set(true);
        background.run(plans::plans, loaded -> showPlans(loaded, select), this::fail);
    }

    private void showPlans(List<Plan> loaded, Plan select) {
        planList.setAll(loaded);
        Plan preferred = select != null && loaded.contains(select) ? select
                : PlanService.preferred(loaded, asOf.get().getYear()).orElse(null);
        if (Objects.equals(preferred, selectedPlan.get())) {
            refresh();
        } else {
            selectedPlan.set(preferred);
        }
    }

    private void refresh() {
        Plan plan = selectedPlan.get();
        LocalDate date = asOf.get();
        if (plan == null || date == null) {
            overview.set(null);
            busy.set(false);
            return;
        }
        LocalDate since = comparison.get();
        int stale = staleDays.get();
        long request = ++latestRequest;
        LaggingPolicy policy = laggingPolicy.get();
        Optional<Overview> ready = plans.preparedOverview(plan, date, since, stale, policy);
        if (ready.isPresent()) {
            // Worked out at start-up: the first paint shows the figures, with no round trip to the background.
            show(ready.get());
            return;
        }
        busy.set(true);
        background.run(() -> plans.overview(plan, date, since, stale, policy), result -> {
            if (request == latestRequest) {
                show(result);
            }
        }, e -> {
            if (request == latestRequest) {
                fail(e);
            }
        });
    }

    private void show(Overview result) {
        failure.set(null);
        overview.set(result);
        busy.set(false);
    }

    private void fail(Throwable e) {
        failure.set(e);
        busy.set(false);
    }

    /** Computes the overview again, after a change to the plan's data. */
    public void reload() {
        refresh();
    }

    public void showToday() {
        asOf.set(plans.today());
    }

    /** Opens the task list on exactly the tasks of one overview tile. */
    public void openTasks(TaskSelection selection) {
        taskFilter.set(selection);
        screen.set(ScreenId.TASKS);
    }

    /** Opens the task list on every task {@code unitId} leads. */
    public void openTasksOf(long unitId) {
        taskFilter.set(TaskSelection.ALL);
        taskLeadRequest.set(unitId);
        screen.set(ScreenId.TASKS);
    }

    /** Opens the indicators on {@code unitId}'s figures. */
    public void openIndicatorsOf(long unitId) {
        indicatorUnitRequest.set(unitId);
        screen.set(ScreenId.INDICATORS);
    }

    /** The unit whose tasks the task list was asked to show; the list clears it once shown. */
    public ObjectProperty<Long> taskLeadRequest() {
        return taskLeadRequest;
    }

    /** The unit the indicators screen was asked to show; the screen clears it once shown. */
    public ObjectProperty<Long> indicatorUnitRequest() {
        return indicatorUnitRequest;
    }

    /** When a unit counts as lagging: the settings' policy, changed there. */
    public ObjectProperty<LaggingPolicy> laggingPolicy() {
        return laggingPolicy;
    }

    public ObservableList<Plan> plans() {
        return planList;
    }

    public ObjectProperty<Plan> selectedPlan() {
        return selectedPlan;
    }

    public ObjectProperty<LocalDate> asOf() {
        return asOf;
    }

    public ObjectProperty<ScreenId> screen() {
        return screen;
    }

    /** The date the tiles compare with; null means the previous official cut-off before the as-of date. */
    public ObjectProperty<LocalDate> comparison() {
        return comparison;
    }

    public IntegerProperty staleDays() {
        return staleDays;
    }

    /** Which tasks the task list shows; the overview's tiles set it. */
    public ObjectProperty<TaskSelection> taskFilter() {
        return taskFilter;
    }

    public ReadOnlyObjectProperty<Overview> overview() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlanSummary> summary() {
        return summary.getReadOnlyProperty();
    }

    /** The last failure of a background read, until the next read succeeds. */
    public ReadOnlyObjectProperty<Throwable> failure() {
        return failure.getReadOnlyProperty();
    }

    /** The outcome of the last plan-level action ("Đã tạo …"), shown in the status bar. */
    public javafx.beans.property.StringProperty notice() {
        return notice;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}

package vn.cchc.dashboard.ui.shell;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.PlanService;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ScreenId;

/**
 * The state every screen obeys: the plan, the as-of date, the current screen, and the plan's summary on
 * that date, recomputed in the background whenever plan or date change. A result that arrives after a
 * newer request was made is dropped, so a slow answer never overwrites a fresh one.
 */
public final class ShellViewModel {

    private final PlanService plans;
    private final Background background;
    private final ObservableList<Plan> planList = FXCollections.observableArrayList();
    private final ObjectProperty<Plan> selectedPlan = new SimpleObjectProperty<>(this, "selectedPlan");
    private final ObjectProperty<LocalDate> asOf;
    private final ObjectProperty<ScreenId> screen = new SimpleObjectProperty<>(this, "screen", ScreenId.OVERVIEW);
    private final ReadOnlyObjectWrapper<PlanSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private long latestRequest;

    public ShellViewModel(PlanService plans, Background background) {
        this.plans = plans;
        this.background = background;
        this.asOf = new SimpleObjectProperty<>(this, "asOf", plans.today());
        selectedPlan.addListener((obs, old, now) -> refresh());
        asOf.addListener((obs, old, now) -> refresh());
    }

    /** Reads the plans and selects this year's; the summary follows. */
    public void load() {
        busy.set(true);
        background.run(plans::plans, this::showPlans, this::fail);
    }

    private void showPlans(List<Plan> loaded) {
        planList.setAll(loaded);
        Plan preferred = PlanService.preferred(loaded, asOf.get().getYear()).orElse(null);
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
            summary.set(null);
            busy.set(false);
            return;
        }
        long request = ++latestRequest;
        busy.set(true);
        background.run(() -> plans.summary(plan, date), result -> {
            if (request == latestRequest) {
                failure.set(null);
                summary.set(result);
                busy.set(false);
            }
        }, e -> {
            if (request == latestRequest) {
                fail(e);
            }
        });
    }

    private void fail(Throwable e) {
        failure.set(e);
        busy.set(false);
    }

    public void showToday() {
        asOf.set(plans.today());
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

    public ReadOnlyObjectProperty<PlanSummary> summary() {
        return summary.getReadOnlyProperty();
    }

    /** The last failure of a background read, until the next read succeeds. */
    public ReadOnlyObjectProperty<Throwable> failure() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}

package vn.cchc.dashboard.ui.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.PlanService;
import vn.cchc.dashboard.domain.LaggingList;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.LaggingWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.ReloadGate;
import vn.cchc.dashboard.ui.Subscriptions;

/**
 * Who is behind, in a few sentences: the top of Đơn vị's lagging list — the same ranking, verdicts and reasons
 * ({@link PlanService#lagging}, {@link LaggingWording}), merged units shown as Đơn vị shows them — for the plan and day
 * of the overview the shell shows. Worked out off the FX thread whenever that overview changes (another plan or day,
 * the policy, a progress update), for the overview's card and the meeting's page.
 */
public final class LaggingDigestViewModel {

    /**
     * One lagging unit: its place ("3=" when shared), its name and the rest of the sentence read aloud.
     *
     * @param predicate what follows the name: "còn 2 nhiệm vụ quá hạn chưa hoàn thành; …."
     */
    public record Line(long unitId, String rank, String unit, String predicate) {

        /** "Sở Nội vụ còn 2 nhiệm vụ quá hạn chưa hoàn thành." */
        public String sentence() {
            return unit + " " + predicate;
        }
    }

    /** What the digest has to say. */
    public enum State {
        /** Being worked out (the first time; later ones keep the previous lines until the new ones arrive). */
        LOADING,
        /** Some units are lagging: {@link #lines()}. */
        LAGGING,
        /** Something was due, and no unit is lagging. */
        NONE_LAGGING,
        /** Nothing was due by the day: nobody can be late yet. */
        NOTHING_DUE,
        /** The plan has no unit to judge. */
        NO_UNITS,
        FAILED
    }

    private final PlanService plans;
    private final BooleanSupplier rolledUp;
    private final ObservableValue<LaggingPolicy> policy;
    private final Background background;
    private final Messages messages;
    private final Runnable openList;
    private final LongConsumer openUnit;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ReloadGate gate = new ReloadGate();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ObservableValue<Overview> overview;
    private long latestRequest;

    /**
     * @param rolledUp whether Đơn vị shows merged units under their successors (its setting, read at each refresh)
     * @param policy   the lagging policy in effect
     * @param overview the shell's overview: its plan, day and stale threshold, and when to work the list out again
     * @param openList opens Đơn vị on the full list
     * @param openUnit opens the task list on one unit's tasks
     */
    public LaggingDigestViewModel(PlanService plans, BooleanSupplier rolledUp, ObservableValue<LaggingPolicy> policy,
                                  ObservableValue<Overview> overview, Background background, Messages messages,
                                  Runnable openList, LongConsumer openUnit) {
        this.plans = plans;
        this.rolledUp = rolledUp;
        this.policy = policy;
        this.overview = overview;
        this.background = background;
        this.messages = messages;
        this.openList = openList;
        this.openUnit = openUnit;
        status.set(messages.get("behind.loading"));
        // Hidden with Tổng quan, the list waits: the overview changes with every date and plan chosen elsewhere.
        Runnable follow = gate.guard(this::refresh);
        subscriptions.follow(overview, o -> follow.run());
    }

    /** Shown: the list follows the overview again, from what it is now. */
    public void activate() {
        gate.activate();
    }

    /** Hidden: the list stops following the overview. */
    public void deactivate() {
        gate.deactivate();
    }

    /** Works the list out again on the overview shown; a slower earlier answer never overwrites a newer one. */
    public void refresh() {
        Overview shown = overview.getValue();
        if (shown == null) {
            return;
        }
        Plan plan = shown.summary().plan();
        LocalDate asOf = shown.summary().asOf();
        LaggingPolicy rules = policy.getValue() == null ? LaggingPolicy.DEFAULT : policy.getValue();
        boolean rolled = rolledUp.getAsBoolean();
        int staleDays = shown.staleDays();
        long request = ++latestRequest;
        Optional<LaggingList> ready = plans.preparedLagging(plan, asOf, rules, staleDays, rolled);
        if (ready.isPresent()) {
            show(ready.get());
            return;
        }
        background.run(() -> plans.lagging(plan, asOf, rules, staleDays, rolled), list -> {
            if (request == latestRequest) {
                show(list);
            }
        }, e -> {
            if (request == latestRequest) {
                lines.clear();
                state.set(State.FAILED);
                status.set(ErrorText.of(e, messages));
            }
        });
    }

    private void show(LaggingList list) {
        Formats f = messages.formats();
        List<Line> behind = list.units().stream().filter(LaggingUnit::lagging)
                .map(u -> new Line(u.unit().id(), u.rank() + (u.tied() ? "=" : ""), u.unit().name(),
                        LaggingWording.predicate(u, messages))).toList();
        lines.setAll(behind);
        String day = f.date(list.asOf());
        if (!behind.isEmpty()) {
            state.set(State.LAGGING);
            status.set(messages.format("behind.count", f.count(behind.size()), f.count(list.units().size()), day));
        } else if (list.units().isEmpty()) {
            state.set(State.NO_UNITS);
            status.set(messages.get("lagging.none"));
        } else if (list.units().stream().noneMatch(u -> u.verdict() == LaggingUnit.Verdict.ON_TRACK)) {
            state.set(State.NOTHING_DUE);
            status.set(messages.format("behind.nothingDue", day));
        } else {
            state.set(State.NONE_LAGGING);
            status.set(messages.format("behind.none", day));
        }
    }

    /** "và 4 đơn vị khác chậm tiến độ" when more units are lagging than the {@code shown} first; else empty. */
    public String more(int shown) {
        int rest = lines.size() - shown;
        return rest <= 0 ? "" : messages.format("behind.more", messages.formats().count(rest));
    }

    /** Every lagging unit, the furthest behind first. */
    public ObservableList<Line> lines() {
        return lines;
    }

    /** One sentence: how many are behind of how many, on which day; or that none is, and why. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> state() {
        return state.getReadOnlyProperty();
    }

    /** Opens Đơn vị on the full ranking. */
    public void openList() {
        openList.run();
    }

    /** Opens the task list on the tasks {@code line}'s unit leads. */
    public void open(Line line) {
        if (line != null) {
            openUnit.accept(line.unitId());
        }
    }

    public void dispose() {
        subscriptions.dispose();
    }
}

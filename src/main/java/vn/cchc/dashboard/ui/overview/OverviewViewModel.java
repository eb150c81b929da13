package vn.cchc.dashboard.ui.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.domain.AreaProgress;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.KpiFigure;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.ReloadGate;
import vn.cchc.dashboard.ui.Subscriptions;

/** The overview's texts, formatted from the shell's overview: the headline, the tiles, the areas. */
public final class OverviewViewModel {

    /** Whether a rise in a tile's figure is good news, bad news or neither. */
    public enum Tendency { GOOD, BAD, NEUTRAL }

    /**
     * One clickable tile: its figure, what it counts, and the change since the comparison date.
     *
     * @param detail a second figure under the main one (the percent for "completed"), or empty
     */
    public record Tile(TaskSelection selection, String value, String detail, String label, String change,
                       Tendency tendency) {
    }

    /** One reform area's line in the progress table. */
    public record AreaFigure(String code, String name, String ratio, String percent, double fraction, String overdue) {
    }

    private final Messages messages;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper asOfText = new ReadOnlyStringWrapper(this, "asOfText", "");
    private final ReadOnlyStringWrapper planTitle = new ReadOnlyStringWrapper(this, "planTitle", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ObservableValue<Overview> overview;
    private final ReadOnlyDoubleWrapper completion = new ReadOnlyDoubleWrapper(this, "completion");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final Consumer<TaskSelection> openTasks;
    private final Consumer<LocalDate> compareWith;
    private final ReadOnlyObjectWrapper<LocalDate> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ObservableList<AreaFigure> areas = FXCollections.observableArrayList();
    private final ReloadGate gate = new ReloadGate();

    /**
     * @param openTasks   opens the task list on one tile's tasks
     * @param compareWith sets the date the tiles compare with
     */
    public OverviewViewModel(ObservableValue<Overview> overview, Messages messages, Consumer<TaskSelection> openTasks,
                             Consumer<LocalDate> compareWith) {
        this.messages = messages;
        this.openTasks = openTasks;
        this.compareWith = compareWith;
        this.overview = overview;
        // Hidden, the tiles wait: the overview changes with every date and plan chosen on other screens.
        Runnable follow = gate.guard(() -> show(overview.getValue()));
        subscriptions.follow(overview, o -> follow.run());
    }

    /** Shown: the figures follow the overview again, from what it is now. */
    public void activate() {
        gate.activate();
    }

    /** Hidden: the figures stop following the overview. */
    public void deactivate() {
        gate.deactivate();
    }

    private void show(Overview overview) {
        showSummary(overview == null ? null : overview.summary());
        if (overview == null) {
            tiles.clear();
            return;
        }
        comparison.set(overview.comparison());
        Formats f = messages.formats();
        String since = f.date(overview.comparison());
        ProgressCount overall = overview.summary().overall();
        tiles.setAll(overview.kpis().stream().map(k -> tile(k, overall, since, overview.staleDays())).toList());
    }

    private Tile tile(KpiFigure figure, ProgressCount overall, String since, int staleDays) {
        Formats f = messages.formats();
        TaskSelection selection = figure.selection();
        boolean completed = selection == TaskSelection.COMPLETED;
        String value = completed ? f.ratio(figure.value(), overall.planned()) : f.count(figure.value());
        String detail = completed ? f.percent(overall.percent()) : "";
        String label = messages.format("tile." + selection.name(), f.count(staleDays), f.count(TaskSelection.DUE_SOON_DAYS));
        String change = figure.change() == 0 ? messages.format("tile.unchanged", since)
                : messages.format("tile.change", (figure.change() > 0 ? "+" : "−") + f.count(Math.abs(figure.change())), since);
        return new Tile(selection, value, detail, label, change, tendency(selection, figure.change()));
    }

    private static Tendency tendency(TaskSelection selection, int change) {
        if (change == 0) {
            return Tendency.NEUTRAL;
        }
        return switch (selection) {
            case COMPLETED, COMPLETED_ON_TIME -> change > 0 ? Tendency.GOOD : Tendency.BAD;
            case OVERDUE, STALE, COMPLETED_LATE -> change > 0 ? Tendency.BAD : Tendency.GOOD;
            default -> Tendency.NEUTRAL;
        };
    }

    /** The date the tiles are compared with, as in effect (the previous cut-off unless the user chose one). */
    public ReadOnlyObjectProperty<LocalDate> comparison() {
        return comparison.getReadOnlyProperty();
    }

    public void compareWith(LocalDate date) {
        if (date != null && !date.equals(comparison.get())) {
            compareWith.accept(date);
        }
    }

    /** What a click on a tile does. */
    public void open(TaskSelection selection) {
        openTasks.accept(selection);
    }

    private void showSummary(PlanSummary summary) {
        planTitle.set(summary == null ? "" : summary.plan().title());
        if (summary == null) {
            headline.set("");
            asOfText.set("");
            completion.set(0);
            areas.clear();
            return;
        }
        Formats f = messages.formats();
        ProgressCount overall = summary.overall();
        headline.set(messages.format("summary.headline", f.ratio(overall.completed(), overall.planned()),
                f.percent(overall.percent())));
        asOfText.set(messages.format("overview.asOf", f.date(summary.asOf())));
        completion.set(overall.planned() == 0 ? 0 : (double) overall.completed() / overall.planned());
        empty.set(overall.planned() == 0);
        boolean english = messages.language() == Language.EN;
        List<AreaFigure> rows = summary.byArea().stream().map(a -> area(a, f, english)).toList();
        areas.setAll(rows);
    }

    private static AreaFigure area(AreaProgress progress, Formats f, boolean english) {
        ProgressCount c = progress.count();
        return new AreaFigure(progress.area().code(), progress.area().name(english), f.ratio(c.completed(), c.planned()),
                f.percent(c.percent()), c.planned() == 0 ? 0 : (double) c.completed() / c.planned(),
                f.count(c.count(DeadlineCategory.OVERDUE)));
    }

    /** "56/104 nhiệm vụ, đạt 53,85% so với kế hoạch năm". */
    public ReadOnlyStringProperty headline() {
        return headline.getReadOnlyProperty();
    }

    /** The overview itself, for the charts, which draw from it directly. */
    public ObservableValue<Overview> overview() {
        return overview;
    }

    /** The outcome of the last export or copy, in one sentence. */
    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }

    public void showFeedback(String sentence) {
        feedback.set(sentence);
    }

    public ReadOnlyStringProperty planTitle() {
        return planTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty asOfText() {
        return asOfText.getReadOnlyProperty();
    }

    /** Completed ÷ planned, 0 to 1, for the progress bar. */
    public ReadOnlyDoubleProperty completion() {
        return completion.getReadOnlyProperty();
    }

    /** True when the plan has no tasks: the view shows what to do instead of zeros. */
    public ReadOnlyBooleanProperty empty() {
        return empty.getReadOnlyProperty();
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    public ObservableList<AreaFigure> areas() {
        return areas;
    }

    public void dispose() {
        subscriptions.dispose();
    }
}

package vn.cchc.dashboard.ui.overview;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.domain.AreaProgress;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Subscriptions;

/** The overview's texts, formatted from the shell's summary: the headline, the categories, the areas. */
public final class OverviewViewModel {

    /** One deadline category and its count, for a tile. */
    public record CategoryFigure(DeadlineCategory category, String label, String count) {
    }

    /** One reform area's line in the progress table. */
    public record AreaFigure(String code, String name, String ratio, String percent, double fraction, String overdue) {
    }

    private final Messages messages;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper asOfText = new ReadOnlyStringWrapper(this, "asOfText", "");
    private final ReadOnlyDoubleWrapper completion = new ReadOnlyDoubleWrapper(this, "completion");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    private final ObservableList<CategoryFigure> categories = FXCollections.observableArrayList();
    private final ObservableList<AreaFigure> areas = FXCollections.observableArrayList();

    public OverviewViewModel(ObservableValue<PlanSummary> summary, Messages messages) {
        this.messages = messages;
        subscriptions.follow(summary, this::show);
    }

    private void show(PlanSummary summary) {
        if (summary == null) {
            headline.set("");
            asOfText.set("");
            completion.set(0);
            categories.clear();
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
        categories.setAll(Arrays.stream(DeadlineCategory.values())
                .map(c -> new CategoryFigure(c, messages.get("category." + c.name()), f.count(overall.count(c))))
                .toList());
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

    public ObservableList<CategoryFigure> categories() {
        return categories;
    }

    public ObservableList<AreaFigure> areas() {
        return areas;
    }

    public void dispose() {
        subscriptions.dispose();
    }
}

package vn.cchc.dashboard.ui.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Subscriptions;

/**
 * The plan's tasks as of the chosen day, narrowed by the selection an overview tile set and by what the user
 * types: "ho so" finds "hồ sơ", a unit's name finds its tasks.
 */
public final class TasksViewModel {

    /** One line of the table, already formatted; {@code dueDate} and {@code percent} stay raw for sorting. */
    public record Row(long taskId, String code, String areaCode, String area, String title, String lead,
                      String deadline, LocalDate dueDate, DeadlineCategory category, String status,
                      TaskStatus taskStatus, int percent, String lastUpdate, long daysOverdue, String searchKey) {
    }

    private final ObservableValue<Overview> overview;
    private final ObjectProperty<TaskSelection> filter;
    private final Messages messages;
    private final Subscriptions subscriptions = new Subscriptions();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper filterText = new ReadOnlyStringWrapper(this, "filterText", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private List<Row> allRows = List.of();

    public TasksViewModel(ObservableValue<Overview> overview, ObjectProperty<TaskSelection> filter, Messages messages) {
        this.overview = overview;
        this.filter = filter;
        this.messages = messages;
        subscriptions.follow(overview, o -> rebuild());
        subscriptions.follow(filter, f -> rebuild());
        subscriptions.follow(search, s -> narrow());
    }

    private void rebuild() {
        Overview current = overview.getValue();
        TaskSelection selection = filter.get() == null ? TaskSelection.ALL : filter.get();
        if (current == null) {
            allRows = List.of();
        } else {
            Map<Long, Unit> units = current.snapshot().units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
            Map<String, ReformArea> areas = current.snapshot().areas().stream()
                    .collect(Collectors.toMap(ReformArea::code, Function.identity()));
            allRows = current.select(selection).stream().map(s -> row(s, units, areas)).toList();
        }
        filterText.set(selection == TaskSelection.ALL ? ""
                : messages.format("tasks.filtered", messages.format("tile." + selection.name(),
                messages.formats().count(current == null ? 0 : current.staleDays()),
                messages.formats().count(TaskSelection.DUE_SOON_DAYS))));
        narrow();
    }

    private Row row(TaskState state, Map<Long, Unit> units, Map<String, ReformArea> areas) {
        Formats f = messages.formats();
        Unit lead = units.get(state.task().leadUnitId());
        ReformArea area = areas.get(state.task().areaCode());
        String areaName = area == null ? state.task().areaCode() : area.name(messages.language() == vn.cchc.dashboard.i18n.Language.EN);
        String leadName = lead == null ? "" : lead.name();
        String deadline = state.task().deadlineText() != null ? state.task().deadlineText() : f.date(state.task().dueDate());
        String status = messages.get("category." + state.category().name());
        String searchKey = Text.fold(String.join(" ", state.task().code(), state.task().title(), leadName, areaName,
                deadline, status));
        return new Row(state.task().id(), state.task().code(), state.task().areaCode(), areaName, state.task().title(),
                leadName, deadline, state.task().dueDate(), state.category(), status, state.status(), state.percent(),
                f.date(state.lastUpdate()), state.daysOverdue(), searchKey);
    }

    /** The typed text as a phrase starting at a word: "ho so" finds "hồ sơ" but not "kế hoạch sở". */
    private void narrow() {
        String query = Text.fold(search.get());
        Pattern phrase = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(query));
        rows.setAll(allRows.stream().filter(r -> query.isBlank() || phrase.matcher(r.searchKey()).find()).toList());
        countText.set(messages.format("tasks.count", messages.formats().count(rows.size()),
                messages.formats().count(allRows.size())));
    }

    /** Back to every task of the plan, with nothing typed. */
    public void clearFilter() {
        search.set("");
        filter.set(TaskSelection.ALL);
    }

    public StringProperty search() {
        return search;
    }

    /** "Đang lọc: Quá hạn chưa hoàn thành", or empty when every task is shown. */
    public ReadOnlyStringProperty filterText() {
        return filterText.getReadOnlyProperty();
    }

    /** "12/99 nhiệm vụ". */
    public ReadOnlyStringProperty countText() {
        return countText.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public void dispose() {
        subscriptions.dispose();
    }
}

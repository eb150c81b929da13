package vn.cchc.dashboard.ui.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
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
import vn.cchc.dashboard.ui.ReloadGate;
import vn.cchc.dashboard.ui.Subscriptions;
import vn.cchc.dashboard.app.AppSettings;
import java.util.ArrayList;
import java.util.Comparator;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.app.SavedFilter;
import java.util.Set;

/**
 * The plan's tasks as of the chosen day, narrowed by the selection an overview tile set and by what the user
 * types: "ho so" finds "hồ sơ", a unit's name finds its tasks.
 */
public final class TasksViewModel {

    /** One line of the table, already formatted; {@code dueDate} and {@code percent} stay raw for sorting. */
    public record Row(long taskId, long leadUnitId, String code, String areaCode, String area, String title, String lead,
                      String cooperation, String output, String deadline, LocalDate dueDate, DeadlineCategory category,
                      String status, TaskStatus taskStatus, int percent, String lastUpdate, long daysOverdue,
                      String searchKey) {
    }

    private final ObservableValue<Overview> overview;
    private final ObjectProperty<TaskSelection> filter;
    private final Messages messages;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ReloadGate gate = new ReloadGate();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<ReformArea> area = new SimpleObjectProperty<>(this, "area");
    private final ObjectProperty<Unit> lead = new SimpleObjectProperty<>(this, "lead");
    private final ObjectProperty<Long> leadRequest;
    private final ObservableList<ReformArea> areas = FXCollections.observableArrayList();
    private final ObservableList<Unit> leads = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper filterText = new ReadOnlyStringWrapper(this, "filterText", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private List<Row> allRows = List.of();

    /**
     * @param leadRequest a unit whose tasks another screen asked to show (the lagging list); cleared once shown
     */
    public TasksViewModel(ObservableValue<Overview> overview, ObjectProperty<TaskSelection> filter,
                          ObjectProperty<Long> leadRequest, Messages messages) {
        this.overview = overview;
        this.filter = filter;
        this.leadRequest = leadRequest;
        this.messages = messages;
        // Hidden, the rows wait: rebuilt rows reselect the task shown, whose history is then read again.
        Runnable rebuild = gate.guard(this::rebuild);
        subscriptions.follow(overview, o -> rebuild.run());
        subscriptions.follow(filter, f -> rebuild.run());
        subscriptions.follow(search, s -> narrow());
        subscriptions.follow(area, a -> narrow());
        subscriptions.follow(lead, u -> narrow());
        // A unit asked for while hidden is looked up after the rows caught up, among the plan's leads of now.
        Runnable applyLead = gate.guard(this::applyLeadRequest);
        subscriptions.follow(leadRequest, id -> applyLead.run());
    }

    /** Shows the requested unit's tasks once the plan's units are known; a unit leading none leaves the filter be. */
    private void applyLeadRequest() {
        Long requested = leadRequest.get();
        if (requested == null || leads.isEmpty()) {
            return;
        }
        search.set("");
        area.set(null);
        lead.set(leads.stream().filter(u -> u.id() == requested).findFirst().orElse(null));
        leadRequest.set(null);
    }

    private void rebuild() {
        Overview current = overview.getValue();
        TaskSelection selection = filter.get() == null ? TaskSelection.ALL : filter.get();
        if (current == null) {
            allRows = List.of();
            areas.clear();
            leads.clear();
        } else {
            areas.setAll(current.snapshot().areas());
            Set<Long> leading = current.snapshot().tasks().stream().map(t -> t.leadUnitId())
                    .collect(Collectors.toSet());
            leads.setAll(current.snapshot().units().stream().filter(u -> leading.contains(u.id()))
                    .sorted(Comparator.comparing(Unit::name, Text.vietnameseOrder())).toList());
            Map<Long, Unit> unitsById = current.snapshot().units().stream()
                    .collect(Collectors.toMap(Unit::id, Function.identity()));
            Map<String, ReformArea> areasByCode = current.snapshot().areas().stream()
                    .collect(Collectors.toMap(ReformArea::code, Function.identity()));
            allRows = current.select(selection).stream().map(s -> row(s, unitsById, areasByCode)).toList();
        }
        narrow();
        applyLeadRequest();
    }

    private Row row(TaskState state, Map<Long, Unit> units, Map<String, ReformArea> areas) {
        Formats f = messages.formats();
        Unit lead = units.get(state.task().leadUnitId());
        ReformArea area = areas.get(state.task().areaCode());
        String areaName = area == null ? state.task().areaCode() : area.name(messages.language() == Language.EN);
        String leadName = lead == null ? "" : lead.name();
        String deadline = state.task().deadlineText() != null ? state.task().deadlineText() : f.date(state.task().dueDate());
        String status = messages.get("category." + state.category().name());
        String searchKey = Text.fold(String.join(" ", state.task().code(), state.task().title(), leadName, areaName,
                deadline, status, state.task().cooperationText() == null ? "" : state.task().cooperationText(),
                state.task().expectedOutput() == null ? "" : state.task().expectedOutput()));
        String cooperation = state.task().cooperationText() == null ? "" : state.task().cooperationText();
        String output = state.task().expectedOutput() == null ? "" : state.task().expectedOutput();
        return new Row(state.task().id(), state.task().leadUnitId(), state.task().code(), state.task().areaCode(), areaName,
                state.task().title(), leadName, cooperation, output, deadline, state.task().dueDate(), state.category(),
                status, state.status(), state.percent(), f.date(state.lastUpdate()), state.daysOverdue(), searchKey);
    }

    /**
     * The chosen area and lead unit, and the typed text as a phrase starting at a word: "ho so" finds "hồ sơ"
     * but not "kế hoạch sở".
     */
    private void narrow() {
        Predicate<String> typed = Text.phraseSearch(search.get());
        String areaCode = area.get() == null ? null : area.get().code();
        Long unitId = lead.get() == null ? null : lead.get().id();
        rows.setAll(allRows.stream()
                .filter(r -> areaCode == null || r.areaCode().equals(areaCode))
                .filter(r -> unitId == null || r.leadUnitId() == unitId)
                .filter(r -> typed.test(r.searchKey()))
                .toList());
        filterText.set(describeFilter());
        countText.set(messages.format("tasks.count", messages.formats().count(rows.size()),
                messages.formats().count(allRows.size())));
    }

    /** "Đang lọc: Quá hạn chưa hoàn thành · Cải cách thể chế · Sở Tư pháp", or empty when nothing is chosen. */
    private String describeFilter() {
        List<String> parts = new ArrayList<>();
        TaskSelection selection = filter.get() == null ? TaskSelection.ALL : filter.get();
        if (selection != TaskSelection.ALL) {
            parts.add(label(selection));
        }
        if (area.get() != null) {
            parts.add(area.get().name(messages.language() == Language.EN));
        }
        if (lead.get() != null) {
            parts.add(lead.get().name());
        }
        return parts.isEmpty() ? "" : messages.format("tasks.filtered", String.join(" · ", parts));
    }

    /** The filter in effect, to be saved under {@code name}. */
    public SavedFilter current(String name) {
        return new SavedFilter(name, filter.get() == null ? TaskSelection.ALL : filter.get(),
                area.get() == null ? null : area.get().code(), lead.get() == null ? null : lead.get().id(), search.get());
    }

    /** Puts a saved filter in effect; an area or unit the plan does not have is left unchosen. */
    public void apply(SavedFilter saved) {
        filter.set(saved.selection());
        area.set(areas.stream().filter(a -> a.code().equals(saved.areaCode())).findFirst().orElse(null));
        lead.set(leads.stream().filter(u -> saved.leadUnitId() != null && u.id() == saved.leadUnitId()).findFirst().orElse(null));
        search.set(saved.search() == null ? "" : saved.search());
    }

    /** "Quá 60 ngày chưa cập nhật": a selection's name, with the thresholds in force. */
    public String label(TaskSelection selection) {
        Overview current = overview.getValue();
        int staleDays = current == null ? AppSettings.DEFAULT_STALE_DAYS : current.staleDays();
        return messages.format("tile." + selection.name(), messages.formats().count(staleDays),
                messages.formats().count(TaskSelection.DUE_SOON_DAYS));
    }

    /** Back to every task of the plan, with nothing chosen and nothing typed. */
    public void clearFilter() {
        search.set("");
        area.set(null);
        lead.set(null);
        filter.set(TaskSelection.ALL);
    }

    /** Which tasks by their state: the same filter the overview's tiles set. */
    public ObjectProperty<TaskSelection> selection() {
        return filter;
    }

    public ObjectProperty<ReformArea> area() {
        return area;
    }

    public ObjectProperty<Unit> lead() {
        return lead;
    }

    /** The plan's reform areas, to filter by. */
    public ObservableList<ReformArea> areas() {
        return areas;
    }

    /** The units that lead the plan's tasks, in Vietnamese order, to filter by. */
    public ObservableList<Unit> leads() {
        return leads;
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

    /** Shown: the rows follow the overview and the filter again; a change made while hidden is read now. */
    public void activate() {
        gate.activate();
    }

    /** Hidden: the rows stay as they are. */
    public void deactivate() {
        gate.deactivate();
    }

    public void dispose() {
        subscriptions.dispose();
    }
}

package vn.cchc.dashboard.ui.tasks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.cchc.dashboard.domain.DeadlineText;
import vn.cchc.dashboard.domain.DueDate;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskDraft;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.FieldProblems;

/**
 * The task form, for a new task or an existing one. The deadline is read as it is typed, so the user sees
 * the due date it gives ("→ 30/06/2026") before saving; problems are shown at their fields.
 */
public final class TaskFormViewModel {

    private final Messages messages;
    private final Plan plan;
    private final Task before;
    private final ObservableList<ReformArea> areas;
    private final ObservableList<Unit> units;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ObjectProperty<ReformArea> area = new SimpleObjectProperty<>(this, "area");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<Unit> lead = new SimpleObjectProperty<>(this, "lead");
    private final StringProperty cooperation = new SimpleStringProperty(this, "cooperation", "");
    private final StringProperty output = new SimpleStringProperty(this, "output", "");
    private final StringProperty deadline = new SimpleStringProperty(this, "deadline", "");
    private final ReadOnlyStringWrapper dueDate = new ReadOnlyStringWrapper(this, "dueDate", "");
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();

    /**
     * @param before   the task being edited, or null for a new one
     * @param allUnits every unit; the form offers those that existed during the plan's year
     */
    public TaskFormViewModel(Plan plan, Task before, List<ReformArea> planAreas, List<Unit> allUnits, Messages messages) {
        this.messages = messages;
        this.plan = plan;
        this.before = before;
        this.areas = FXCollections.observableArrayList(planAreas);
        Comparator<String> vietnamese = Text.vietnameseOrder();
        this.units = FXCollections.observableArrayList(allUnits.stream()
                .filter(u -> u.existsDuring(LocalDate.of(plan.year(), 1, 1), LocalDate.of(plan.year(), 12, 31)))
                .sorted(Comparator.comparing(Unit::name, vietnamese)).toList());
        deadline.addListener((obs, old, now) -> readDeadline());
        if (before != null) {
            code.set(before.code());
            area.set(planAreas.stream().filter(a -> a.code().equals(before.areaCode())).findFirst().orElse(null));
            title.set(before.title());
            lead.set(allUnits.stream().filter(u -> u.id() == before.leadUnitId()).findFirst().orElse(null));
            cooperation.set(nullToEmpty(before.cooperationText()));
            output.set(nullToEmpty(before.expectedOutput()));
            deadline.set(nullToEmpty(before.deadlineText()));
        }
    }

    private void readDeadline() {
        String text = deadline.get();
        if (text == null || text.isBlank()) {
            dueDate.set("");
            return;
        }
        dueDate.set(DeadlineText.tryParse(text, plan.year())
                .map(this::describe)
                .orElse(messages.get("task.form.dueDate.unreadable")));
    }

    private String describe(DueDate due) {
        if (due.hasNoFixedDeadline()) {
            return messages.get("task.form.dueDate.none");
        }
        String date = messages.formats().date(due.date());
        return due.recurring() ? messages.format("task.form.dueDate.recurring", date)
                : messages.format("task.form.dueDate", date);
    }

    /** The draft as typed; {@link #show} puts what the service finds wrong with it at its fields. */
    public TaskDraft draft() {
        return new TaskDraft(code.get(), area.get() == null ? null : area.get().code(), title.get(),
                lead.get() == null ? null : lead.get().id(), cooperation.get(), output.get(), deadline.get());
    }

    public void show(List<FieldProblem> found) {
        FieldProblems.show(problems, found, messages);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public Plan plan() {
        return plan;
    }

    /** The task as the form loaded it, or null for a new task. */
    public Task before() {
        return before;
    }

    public String heading() {
        return before == null ? messages.get("task.form.new") : before.code() + " – " + before.title();
    }

    public ObservableList<ReformArea> areas() {
        return areas;
    }

    public ObservableList<Unit> units() {
        return units;
    }

    public StringProperty code() {
        return code;
    }

    public ObjectProperty<ReformArea> area() {
        return area;
    }

    public StringProperty title() {
        return title;
    }

    public ObjectProperty<Unit> lead() {
        return lead;
    }

    public StringProperty cooperation() {
        return cooperation;
    }

    public StringProperty output() {
        return output;
    }

    public StringProperty deadline() {
        return deadline;
    }

    /** "→ 30/06/2026", "→ thường xuyên, đến 31/12/2026", or why the deadline cannot be read. */
    public ReadOnlyStringProperty dueDate() {
        return dueDate.getReadOnlyProperty();
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }
}

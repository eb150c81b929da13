package vn.cchc.dashboard.ui.tasks;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The "cập nhật tiến độ" form for one task: its fields start from the task's current state and the as-of
 * date, and every problem is shown at its field before anything is saved.
 */
public final class ProgressFormViewModel {

    private final Messages messages;
    private final long taskId;
    private final String heading;
    private final LocalDate today;
    private final int planYear;
    private final ObjectProperty<LocalDate> date;
    private final ObjectProperty<TaskStatus> status;
    private final ObjectProperty<Integer> percent;
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty evidence = new SimpleStringProperty(this, "evidence", "");
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();

    /**
     * @param row   the task as the table shows it
     * @param asOf  the day the window is looking at, proposed as the update's date (never later than today)
     */
    public ProgressFormViewModel(TasksViewModel.Row row, LocalDate asOf, LocalDate today, int planYear,
                                 Messages messages) {
        this.messages = messages;
        this.taskId = row.taskId();
        this.heading = row.code() + " – " + row.title();
        this.today = today;
        this.planYear = planYear;
        this.date = new SimpleObjectProperty<>(this, "date", asOf.isAfter(today) ? today : asOf);
        TaskStatus current = row.taskStatus() == TaskStatus.NOT_STARTED ? TaskStatus.IN_PROGRESS : row.taskStatus();
        this.status = new SimpleObjectProperty<>(this, "status", current);
        this.percent = new SimpleObjectProperty<>(this, "percent", row.percent());
        status.addListener((obs, old, now) -> {
            if (now == TaskStatus.COMPLETED) {
                percent.set(100);
            } else if (now == TaskStatus.NOT_STARTED) {
                percent.set(0);
            }
        });
    }

    /** The draft as typed, when it has no problem; otherwise null, and {@link #problems()} says what is wrong. */
    public ProgressDraft validDraft() {
        ProgressDraft draft = new ProgressDraft(date.get(), status.get(), percent.get(), note.get(), evidence.get());
        show(draft.problems(today, planYear));
        return problems.isEmpty() ? draft : null;
    }

    /** Shows problems found when saving (the same rules, checked again by the service). */
    public void show(List<FieldProblem> found) {
        problems.clear();
        for (FieldProblem problem : found) {
            problems.merge(problem.field(), messages.format(problem.messageKey(), problem.args().toArray()),
                    (a, b) -> a + " " + b);
        }
    }

    public long taskId() {
        return taskId;
    }

    /** "IV.3 – Thẩm định, phê duyệt …". */
    public String heading() {
        return heading;
    }

    public ObjectProperty<LocalDate> date() {
        return date;
    }

    public ObjectProperty<TaskStatus> status() {
        return status;
    }

    public ObjectProperty<Integer> percent() {
        return percent;
    }

    public StringProperty note() {
        return note;
    }

    public StringProperty evidence() {
        return evidence;
    }

    /** Field name → the sentence to show at that field. */
    public ObservableMap<String, String> problems() {
        return problems;
    }
}

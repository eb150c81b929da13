package vn.cchc.dashboard.ui.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.cchc.dashboard.ui.FieldProblems;
import vn.cchc.dashboard.domain.ProgressUpdate;

/**
 * The "cập nhật tiến độ" form for one task: its fields start from the task's current state and the as-of
 * date, and every problem is shown at its field before anything is saved.
 */
public final class ProgressFormViewModel {

    private final Messages messages;
    private final List<Long> taskIds;
    private final Long corrects;
    private final Map<Long, Long> seen;
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
     * @param rows  the tasks as the table shows them: one, or several for a bulk update
     * @param asOf  the day the window is looking at, proposed as the update's date (never later than today)
     */
    public ProgressFormViewModel(List<TasksViewModel.Row> rows, LocalDate asOf, LocalDate today, int planYear,
                                 Map<Long, Long> seen, Messages messages) {
        this.messages = messages;
        this.corrects = null;
        this.seen = Map.copyOf(seen);
        this.taskIds = rows.stream().map(TasksViewModel.Row::taskId).toList();
        TasksViewModel.Row first = rows.get(0);
        this.heading = rows.size() == 1 ? first.code() + " – " + first.title()
                : messages.format("progress.bulk", messages.formats().count(rows.size()));
        this.today = today;
        this.planYear = planYear;
        this.date = new SimpleObjectProperty<>(this, "date", asOf.isAfter(today) ? today : asOf);
        TaskStatus current = rows.size() > 1 || first.taskStatus() == TaskStatus.NOT_STARTED
                ? TaskStatus.IN_PROGRESS : first.taskStatus();
        this.status = new SimpleObjectProperty<>(this, "status", current);
        this.percent = new SimpleObjectProperty<>(this, "percent",
                rows.stream().mapToInt(TasksViewModel.Row::percent).min().orElse(0));
        keepPercentWithStatus();
    }

    /** A form to correct {@code update} of {@code row}'s task, filled with what it said. */
    public ProgressFormViewModel(TasksViewModel.Row row, ProgressUpdate update, LocalDate today,
                                 int planYear, Messages messages) {
        this.messages = messages;
        this.corrects = update.id();
        this.seen = Map.of();
        this.taskIds = List.of(row.taskId());
        this.heading = messages.format("progress.correct.heading", messages.formats().date(update.asOf()), row.code());
        this.today = today;
        this.planYear = planYear;
        this.date = new SimpleObjectProperty<>(this, "date", update.asOf());
        this.status = new SimpleObjectProperty<>(this, "status", update.status());
        this.percent = new SimpleObjectProperty<>(this, "percent", update.percent());
        note.set(update.note() == null ? "" : update.note());
        evidence.set(update.evidence() == null ? "" : update.evidence());
        keepPercentWithStatus();
    }

    private void keepPercentWithStatus() {
        status.addListener((obs, old, now) -> {
            if (now == TaskStatus.COMPLETED) {
                percent.set(100);
            } else if (now == TaskStatus.NOT_STARTED) {
                percent.set(0);
            }
        });
    }

    /** The update this form corrects, or null for a new update. */
    public Long corrects() {
        return corrects;
    }

    /** The draft as typed, when it has no problem; otherwise null, and {@link #problems()} says what is wrong. */
    public ProgressDraft validDraft() {
        ProgressDraft draft = new ProgressDraft(date.get(), status.get(), percent.get(), note.get(), evidence.get());
        show(draft.problems(today, planYear));
        return problems.isEmpty() ? draft : null;
    }

    /** Shows problems found when saving (the same rules, checked again by the service). */
    public void show(List<FieldProblem> found) {
        FieldProblems.show(problems, found, messages);
    }

    /** The newest update id of each task when the form was opened: the state the new update is based on. */
    public Map<Long, Long> seen() {
        return seen;
    }

    /** The task, or the tasks of a bulk update, the form records progress on. */
    public List<Long> taskIds() {
        return taskIds;
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

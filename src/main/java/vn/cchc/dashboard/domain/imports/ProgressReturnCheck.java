package vn.cchc.dashboard.domain.imports;

import vn.cchc.dashboard.domain.DayFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.Text;

/**
 * Decides what each line of a unit's returned progress form means, against the plan as it is now: a new update;
 * nothing new; a conflict the user must accept or reject – an update recorded since the form was made (or dated
 * later), a task of another unit, identity columns edited – or a line that cannot be used at all.
 */
public final class ProgressReturnCheck {

    private final Map<Long, Task> tasks;
    private final Map<Long, List<ProgressUpdate>> updates;
    private final int planYear;
    private final LocalDate asOf;
    private final LocalDate today;

    /**
     * @param asOf the day a line's update is dated when it is not a completion with its own date
     */
    public ProgressReturnCheck(Collection<Task> tasks, Collection<ProgressUpdate> updates, int planYear, LocalDate asOf,
                               LocalDate today) {
        this.tasks = tasks.stream().collect(Collectors.toMap(Task::id, Function.identity()));
        this.updates = updates.stream().collect(Collectors.groupingBy(ProgressUpdate::taskId));
        this.planYear = planYear;
        this.asOf = asOf;
        this.today = today;
    }

    /** @param unitId the unit the form was made for; {@code exportedAt} when */
    public ReturnRow check(ReturnedLine line, long unitId, Instant exportedAt) {
        Task task = taskOf(line);
        if (task == null) {
            return new ReturnRow(line, 0, ReturnRow.Kind.REJECTED, null, "progressReturn.unknownTask", List.of());
        }
        if (line.status().isEmpty() && line.percent().isEmpty() && line.completedOn().isEmpty()) {
            return new ReturnRow(line, task.id(), ReturnRow.Kind.UNCHANGED, null, "progressReturn.unchanged", List.of());
        }
        Optional<TaskStatus> status = StatusWords.read(line.status());
        Optional<LocalDate> completed = DayFormat.parse(line.completedOn());
        Integer percent = percent(line.percent());
        if (status.isEmpty() || !line.completedOn().isEmpty() && completed.isEmpty()
                || !line.percent().isEmpty() && percent == null) {
            return new ReturnRow(line, task.id(), ReturnRow.Kind.REJECTED, null, "progressReturn.unreadable", List.of());
        }
        LocalDate date = status.get() == TaskStatus.COMPLETED ? completed.orElse(asOf) : asOf;
        ProgressDraft draft = new ProgressDraft(date, status.get(), status.get() == TaskStatus.COMPLETED ? 100 : percent,
                line.note(), line.evidence());
        List<FieldProblem> problems = draft.problems(today, planYear);
        if (!problems.isEmpty()) {
            return new ReturnRow(line, task.id(), ReturnRow.Kind.REJECTED, draft, problems.get(0).messageKey(),
                    problems.get(0).args());
        }
        Optional<ProgressUpdate> latest = latest(task.id());
        if (latest.isPresent() && same(latest.get(), draft)) {
            // Recorded since the form was made: most likely this very form, imported elsewhere a moment ago. Never
            // a conflict to accept, which would record it twice; but said, so that nobody thinks it is their doing.
            return latest.get().enteredAt().isAfter(exportedAt)
                    ? new ReturnRow(line, task.id(), ReturnRow.Kind.UNCHANGED, draft, "progressReturn.alreadyRecorded",
                            List.of(latest.get().asOf().toString(), latest.get().enteredBy()))
                    : new ReturnRow(line, task.id(), ReturnRow.Kind.UNCHANGED, draft, "progressReturn.unchanged", List.of());
        }
        if (!Text.clean(line.code()).equals(task.code()) || !Text.clean(line.title()).equals(task.title())
                || !Objects.equals(Text.blankToNull(line.deadline()), task.deadlineText())) {
            return new ReturnRow(line, task.id(), ReturnRow.Kind.IDENTITY_EDITED, draft, "progressReturn.identityEdited",
                    List.of(task.code(), task.title()));
        }
        if (task.leadUnitId() != unitId) {
            return new ReturnRow(line, task.id(), ReturnRow.Kind.OTHER_UNIT, draft, "progressReturn.otherUnit",
                    List.of(task.code()));
        }
        if (latest.isPresent() && (latest.get().enteredAt().isAfter(exportedAt) || latest.get().asOf().isAfter(date))) {
            return new ReturnRow(line, task.id(), ReturnRow.Kind.NEWER_UPDATE, draft, "progressReturn.newer",
                    List.of(latest.get().asOf().toString(), latest.get().enteredBy()));
        }
        return new ReturnRow(line, task.id(), ReturnRow.Kind.APPLY, draft, "progressReturn.apply", List.of());
    }

    private Task taskOf(ReturnedLine line) {
        OptionalLong id = taskIdOf(line);
        return id.isPresent() ? tasks.get(id.getAsLong()) : null;
    }

    /** The task id a line's hidden id column names (whether or not there is such a task), if it is a number. */
    public static OptionalLong taskIdOf(ReturnedLine line) {
        try {
            return OptionalLong.of((long) Double.parseDouble(line.taskId()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The update that decides how the task stands today: not withdrawn, not corrected, the latest. */
    private Optional<ProgressUpdate> latest(long taskId) {
        List<ProgressUpdate> all = updates.getOrDefault(taskId, List.of());
        Set<Long> superseded = all.stream().map(ProgressUpdate::supersedesId).filter(Objects::nonNull).collect(Collectors.toSet());
        return all.stream().filter(u -> !u.withdrawal() && !superseded.contains(u.id()) && !u.asOf().isAfter(today))
                .max(Comparator.comparing(ProgressUpdate::asOf).thenComparing(ProgressUpdate::enteredAt)
                        .thenComparingLong(ProgressUpdate::id));
    }

    /** The form was filled with the task's state: handed back as it was, it says nothing new. */
    private static boolean same(ProgressUpdate update, ProgressDraft draft) {
        return update.status() == draft.status() && update.percent() == draft.effectivePercent()
                && (draft.status() != TaskStatus.COMPLETED || update.asOf().equals(draft.date()))
                && Objects.equals(update.note(), draft.note()) && Objects.equals(update.evidence(), draft.evidence());
    }

    private static Integer percent(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            double value = Double.parseDouble(text.replace("%", "").replace(',', '.').strip());
            return (int) Math.round(value > 0 && value < 1 && !text.contains("%") ? value * 100 : value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A task as typed in the task form, before it is saved: the deadline as people write it, read into a due
 * date by {@link DeadlineText} when the draft becomes a {@link Task}.
 */
public record TaskDraft(String code, String areaCode, String title, Long leadUnitId, String cooperationText,
                        String expectedOutput, String deadlineText) {

    public static final int TITLE_LIMIT = 2000;

    public TaskDraft {
        code = Text.blankToNull(code);
        areaCode = Text.blankToNull(areaCode);
        title = Text.blankToNull(title);
        cooperationText = Text.blankToNull(cooperationText);
        expectedOutput = Text.blankToNull(expectedOutput);
        deadlineText = Text.blankToNull(deadlineText);
    }

    /** The form's starting point for an existing task. */
    public static TaskDraft of(Task task) {
        return new TaskDraft(task.code(), task.areaCode(), task.title(), task.leadUnitId(), task.cooperationText(),
                task.expectedOutput(), task.deadlineText());
    }

    /**
     * Every problem with this draft in {@code plan}: a field left empty, an area or lead unit that does not
     * exist (or no longer exists when the plan starts), a code another task already has, a deadline that
     * cannot be read or falls before the plan's year.
     *
     * @param otherCodes the codes of the plan's other tasks
     */
    public List<FieldProblem> problems(Plan plan, Collection<ReformArea> areas, Collection<Unit> units,
                                       Collection<String> otherCodes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null) {
            problems.add(FieldProblem.of("code", "task.problem.required"));
        } else if (otherCodes.stream().anyMatch(c -> Text.fold(c).equals(Text.fold(code)))) {
            problems.add(FieldProblem.of("code", "task.problem.duplicateCode", code));
        }
        if (title == null) {
            problems.add(FieldProblem.of("title", "task.problem.required"));
        } else if (title.length() > TITLE_LIMIT) {
            problems.add(FieldProblem.of("title", "task.problem.tooLong", String.valueOf(TITLE_LIMIT)));
        }
        if (areaCode == null || areas.stream().noneMatch(a -> a.code().equals(areaCode))) {
            problems.add(FieldProblem.of("area", "task.problem.area"));
        }
        Optional<Unit> lead = units.stream().filter(u -> leadUnitId != null && u.id() == leadUnitId).findFirst();
        if (lead.isEmpty()) {
            problems.add(FieldProblem.of("lead", "task.problem.lead"));
        } else if (!lead.get().existsDuring(LocalDate.of(plan.year(), 1, 1), LocalDate.of(plan.year(), 12, 31))) {
            problems.add(FieldProblem.of("lead", "task.problem.leadGone", lead.get().name(), String.valueOf(plan.year())));
        }
        if (deadlineText == null) {
            problems.add(FieldProblem.of("deadline", "task.problem.required"));
        } else {
            try {
                DueDate due = DeadlineText.parse(deadlineText, plan.year());
                if (due.date() != null && due.date().getYear() < plan.year()) {
                    problems.add(FieldProblem.of("deadline", "task.problem.deadlineBeforePlan", String.valueOf(plan.year())));
                }
            } catch (DeadlineText.InvalidDeadlineException e) {
                problems.add(FieldProblem.of("deadline", e.problem() == DeadlineText.Problem.IMPOSSIBLE_DATE
                        ? "task.problem.deadlineImpossible" : "task.problem.deadlineUnreadable", String.valueOf(plan.year())));
            }
        }
        return problems;
    }

    /** The task this draft describes, for a draft without problems. */
    public Task toTask(long id, Plan plan, int sortOrder, List<Long> cooperatingUnitIds) {
        DueDate due = DeadlineText.parse(deadlineText, plan.year());
        return new Task(id, plan.id(), code, areaCode, title, leadUnitId, cooperatingUnitIds, cooperationText,
                expectedOutput, deadlineText, due.date(), due.recurring(), sortOrder);
    }
}

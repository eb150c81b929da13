package vn.cchc.dashboard.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A progress update as typed, before it is recorded. For a completed task {@code date} is the completion
 * date, which decides on-time versus late.
 */
public record ProgressDraft(LocalDate date, TaskStatus status, Integer percent, String note, String evidence) {

    public static final int NOTE_LIMIT = 2000;
    public static final int EVIDENCE_LIMIT = 500;

    public ProgressDraft {
        note = Text.blankToNull(note);
        evidence = Text.blankToNull(evidence);
    }

    /** The percent that will be recorded: 100 for a completed task, 0 when not started. */
    public int effectivePercent() {
        if (status == TaskStatus.COMPLETED) {
            return 100;
        }
        return percent == null ? 0 : percent;
    }

    /**
     * Every problem with this draft for a task of {@code planYear}, on {@code today}: no date, a date in the
     * future (a task cannot be done tomorrow), a date more than a year before the plan, a percent outside
     * 0–100 or at odds with the status, texts too long for the record.
     */
    public List<FieldProblem> problems(LocalDate today, int planYear) {
        List<FieldProblem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(FieldProblem.of("date", "progress.problem.noDate"));
        } else if (date.isAfter(today)) {
            problems.add(FieldProblem.of("date", "progress.problem.future"));
        } else if (date.getYear() < planYear - 1) {
            problems.add(FieldProblem.of("date", "progress.problem.beforePlan", String.valueOf(planYear)));
        }
        if (status == null) {
            problems.add(FieldProblem.of("status", "progress.problem.noStatus"));
        }
        if (percent != null && (percent < 0 || percent > 100)) {
            problems.add(FieldProblem.of("percent", "progress.problem.percentRange"));
        } else if (status == TaskStatus.IN_PROGRESS && percent != null && percent == 100) {
            problems.add(FieldProblem.of("percent", "progress.problem.fullButNotDone"));
        } else if (status == TaskStatus.NOT_STARTED && percent != null && percent > 0) {
            problems.add(FieldProblem.of("percent", "progress.problem.startedButNotStarted"));
        }
        if (note != null && note.length() > NOTE_LIMIT) {
            problems.add(FieldProblem.of("note", "progress.problem.tooLong", String.valueOf(NOTE_LIMIT)));
        }
        if (evidence != null && evidence.length() > EVIDENCE_LIMIT) {
            problems.add(FieldProblem.of("evidence", "progress.problem.tooLong", String.valueOf(EVIDENCE_LIMIT)));
        }
        return problems;
    }
}

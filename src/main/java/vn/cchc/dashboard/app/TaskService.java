package vn.cchc.dashboard.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.dashboard.domain.AuditAction;
import vn.cchc.dashboard.domain.AuditEntry;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.TaskHistory;
import vn.cchc.dashboard.store.Store;

/**
 * Changes to tasks as people make them: each one validated, saved at once in one transaction with its audit
 * entry, attributed to the user profile. Blocking: call it off the FX thread.
 */
public final class TaskService {

    private final Store store;
    private final Clock clock;
    private final AppSettings settings;

    public TaskService(Store store, Clock clock, AppSettings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Records a progress update on {@code taskId}.
     *
     * @throws InvalidDraftException when the draft has problems (nothing is written)
     * @throws AppException          when the task no longer exists
     */
    public ProgressUpdate recordProgress(long taskId, ProgressDraft draft) {
        String user = settings.userName();
        Instant now = clock.instant();
        return store.database().inTransaction(c -> {
            long planId = store.tasks().planOf(c, taskId);
            Plan plan = planId < 0 ? null : store.plans().findById(c, planId).orElse(null);
            if (plan == null) {
                throw AppException.invalidInput("error.task.gone");
            }
            List<FieldProblem> problems = draft.problems(LocalDate.now(clock), plan.year());
            if (!problems.isEmpty()) {
                throw new InvalidDraftException(problems);
            }
            ProgressUpdate update = new ProgressUpdate(0, taskId, draft.date(), draft.status(), draft.effectivePercent(),
                    draft.note(), draft.evidence(), user, now, null);
            long id = store.progress().insert(c, update);
            store.audit().insert(c, new AuditEntry(0, now, user, AuditAction.PROGRESS_RECORDED, planId, taskId, id,
                    null, null, describe(update)));
            return new ProgressUpdate(id, taskId, update.asOf(), update.status(), update.percent(), update.note(),
                    update.evidence(), user, now, null);
        });
    }

    /** The task's updates and audit trail, as they are now. */
    public TaskHistory history(long taskId) {
        return store.database().inTransaction(c -> new TaskHistory(taskId, store.progress().findByTask(c, taskId),
                store.audit().findByTask(c, taskId)));
    }

    /** The audit trail's own words for an update: plain, so that an exported log reads without the app. */
    private static String describe(ProgressUpdate update) {
        StringBuilder text = new StringBuilder()
                .append(update.asOf()).append(' ').append(update.status()).append(' ').append(update.percent()).append('%');
        if (update.evidence() != null) {
            text.append(" · ").append(update.evidence());
        }
        if (update.note() != null) {
            text.append(" · ").append(update.note());
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
    }
}

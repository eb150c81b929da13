package vn.cchc.dashboard.app;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.cchc.dashboard.domain.CarryOver;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanDraft;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.ReformProgramme;
import vn.cchc.dashboard.domain.TaskDraft;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.store.Store;
import vn.cchc.dashboard.domain.FieldProblem;

/** Creating a year's plan (with last year's unfinished tasks, if asked) and archiving an old one. */
public final class PlanEditor {

    private final Store store;
    private final Clock clock;
    private final AppSettings settings;
    private final TaskWriter writer;

    public PlanEditor(Store store, Clock clock, AppSettings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.writer = new TaskWriter(store);
    }

    /**
     * Creates the plan and, when the draft asks, carries last year's unfinished tasks into it – all in one
     * transaction. The previous plan is the newest unarchived plan of the same kind the year before.
     *
     * @throws InvalidDraftException when the draft has problems, among them a current plan of the same kind and year
     *                               (nothing is written)
     */
    public Plan create(PlanDraft draft) {
        String user = settings.userLabel();
        Instant now = clock.instant();
        return store.database().inTransaction(c -> {
            List<ReformProgramme> programmes = store.referenceData().programmes(c);
            List<FieldProblem> problems = draft.problems(programmes, store.plans().findAll(c));
            if (!problems.isEmpty()) {
                throw new InvalidDraftException(problems);
            }
            ReformProgramme programme = draft.programme(programmes).orElseThrow();
            long id = store.plans().insert(c, new Plan(0, draft.year(), draft.title(), draft.documentNumber(),
                    draft.documentDate(), draft.kind(), programme.code(), false, false));
            Plan plan = store.plans().findById(c, id).orElseThrow();
            if (draft.carryOver()) {
                List<Unit> units = store.units().findAll(c);
                Plan previous = store.plans().findAll(c).stream()
                        .filter(p -> p.year() == draft.year() - 1 && p.kind() == draft.kind() && !p.archived())
                        .findFirst().orElse(null);
                if (previous != null) {
                    PlanSnapshot snapshot = store.snapshot(c, previous.id()).orElseThrow();
                    int order = 0;
                    for (TaskDraft carried : CarryOver.unfinished(snapshot, draft.year(), units)) {
                        writer.insert(c, plan, carried, ++order, units, user, now);
                    }
                }
            }
            return plan;
        });
    }

    /** Archives a plan: it stays readable, and the plan selector offers this year's plan first. */
    public Plan archive(Plan plan) {
        return store.database().inTransaction(c -> {
            store.plans().setArchived(c, plan.id(), true);
            return store.plans().findById(c, plan.id()).orElseThrow(() -> AppException.invalidInput("error.plan.gone", plan.title()));
        });
    }
}

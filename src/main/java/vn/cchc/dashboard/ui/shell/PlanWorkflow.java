package vn.cchc.dashboard.ui.shell;

import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.InvalidDraftException;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.ui.imports.ImportPlanDialog;
import vn.cchc.dashboard.ui.imports.ImportPlanViewModel;
import vn.cchc.dashboard.ui.imports.ProgressExchangeDialog;
import vn.cchc.dashboard.ui.imports.ProgressExchangeViewModel;
import vn.cchc.dashboard.ui.plans.PlanDialog;
import vn.cchc.dashboard.ui.plans.PlanFormViewModel;

/**
 * The plan menu's work: a new plan, a plan imported from a file, the progress exchange with the units, the plan shown
 * archived. Each ends with the plans read again and the one made (or this year's) selected, and a notice.
 */
final class PlanWorkflow implements ShellView.PlanActions {

    private final WindowHost window;
    private final Background background;
    private final SaveDialog saveDialog;

    PlanWorkflow(WindowHost window, Background background, SaveDialog saveDialog) {
        this.window = window;
        this.background = background;
        this.saveDialog = saveDialog;
    }

    @Override
    public void newPlan() {
        newPlan(new PlanFormViewModel(nextYear(), window.messages()));
    }

    @Override
    public void archiveShown() {
        Plan plan = window.model().selectedPlan().get();
        if (plan == null) {
            return;
        }
        ShellViewModel model = window.model();
        Messages messages = window.messages();
        AppContext context = window.context();
        background.run(() -> context.planEditor().archive(plan), archived -> {
            model.notice().set(messages.format("plan.archived", archived.title()));
            model.load();
        }, e -> window.showFailure(e, "plan.archive.failed"));
    }

    @Override
    public void importPlan() {
        ShellViewModel model = window.model();
        new ImportPlanDialog(new ImportPlanViewModel(window.context().planImport(), background, window.messages(),
                (plan, notice) -> {
                    model.notice().set(notice);
                    model.load(plan);
                }), window.messages(), window.stage(), saveDialog).show();
    }

    @Override
    public void exchangeProgress() {
        ShellViewModel model = window.model();
        AppContext context = window.context();
        new ProgressExchangeDialog(new ProgressExchangeViewModel(context.progressExchange(), background,
                window.messages(), model.selectedPlan().get(), context.plans().today(), model::reload), window.messages(),
                window.stage()).show();
    }

    /** The year after the latest plan's (next year's plan is drafted late in the year); this year's when none. */
    private int nextYear() {
        return window.model().plans().stream().mapToInt(Plan::year).max()
                .orElse(window.context().plans().today().getYear() - 1) + 1;
    }

    /** Asks for the plan; a draft the store refuses comes back to the form with its problems, asked again. */
    private void newPlan(PlanFormViewModel form) {
        if (!new PlanDialog(form, window.messages(), window.stage()).ask()) {
            return;
        }
        ShellViewModel model = window.model();
        Messages messages = window.messages();
        AppContext context = window.context();
        background.run(() -> context.planEditor().create(form.draft()), created -> {
            model.notice().set(messages.format("plan.created", created.title()));
            model.load(created);
        }, e -> {
            if (e instanceof InvalidDraftException invalid) {
                form.show(invalid.problems());
                newPlan(form);
            } else {
                window.showFailure(e, "plan.create.failed");
            }
        });
    }
}

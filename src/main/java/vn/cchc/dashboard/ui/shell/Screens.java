package vn.cchc.dashboard.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.SystemViewer;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.ui.ScreenId;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.TabbedScreen;
import vn.cchc.dashboard.ui.accounts.AccountsSection;
import vn.cchc.dashboard.ui.accounts.AccountsViewModel;
import vn.cchc.dashboard.ui.audit.AuditLogView;
import vn.cchc.dashboard.ui.audit.AuditLogViewModel;
import vn.cchc.dashboard.ui.indicators.IndicatorsView;
import vn.cchc.dashboard.ui.indicators.IndicatorsViewModel;
import vn.cchc.dashboard.ui.indicators.LibraryViewModel;
import vn.cchc.dashboard.ui.national.NationalView;
import vn.cchc.dashboard.ui.national.NationalViewModel;
import vn.cchc.dashboard.ui.overview.LaggingDigestViewModel;
import vn.cchc.dashboard.ui.overview.OverviewView;
import vn.cchc.dashboard.ui.overview.OverviewViewModel;
import vn.cchc.dashboard.ui.reports.ReportSettingsForm;
import vn.cchc.dashboard.ui.reports.ReportsView;
import vn.cchc.dashboard.ui.reports.ReportsViewModel;
import vn.cchc.dashboard.ui.settings.EncryptionFormViewModel;
import vn.cchc.dashboard.ui.settings.EncryptionSection;
import vn.cchc.dashboard.ui.settings.SettingsView;
import vn.cchc.dashboard.ui.settings.SettingsViewModel;
import vn.cchc.dashboard.ui.statistics.StatisticsViewModel;
import vn.cchc.dashboard.ui.tasks.EditHistory;
import vn.cchc.dashboard.ui.tasks.SavedFiltersViewModel;
import vn.cchc.dashboard.ui.tasks.TaskDetailViewModel;
import vn.cchc.dashboard.ui.tasks.TasksView;
import vn.cchc.dashboard.ui.tasks.TasksViewModel;
import vn.cchc.dashboard.ui.unitindex.AppraisalViewModel;
import vn.cchc.dashboard.ui.unitindex.FormsViewModel;
import vn.cchc.dashboard.ui.unitindex.UnitIndexView;
import vn.cchc.dashboard.ui.unitindex.UnitIndexViewModel;
import vn.cchc.dashboard.ui.units.LaggingViewModel;
import vn.cchc.dashboard.ui.units.UnitsView;
import vn.cchc.dashboard.ui.units.UnitsViewModel;

/**
 * The registry of the window's screens: the one place that knows how each is built — from the data's services, the
 * shell's shared state (plan, date, requests between screens) and the window's doorways (background work, the save
 * dialog). The shell asks it for a screen the first time the screen is shown; a new language builds a new registry.
 */
final class Screens {

    /** What Cài đặt asks of the window: another language, a restore (asked first), an encryption change. */
    record SettingsActions(Consumer<Language> switchLanguage, Consumer<Path> restore,
                           Consumer<EncryptionFormViewModel.Mode> changeEncryption) {
    }

    private final AppContext context;
    private final ShellViewModel model;
    private final Messages messages;
    private final Background background;
    private final SaveDialog saveDialog;
    private final EditHistory edits;
    private final SettingsActions settings;

    /** @param edits the undo history of task edits: the window's, so that it outlives a rebuilt task screen */
    Screens(AppContext context, ShellViewModel model, Messages messages, Background background, SaveDialog saveDialog,
            EditHistory edits, SettingsActions settings) {
        this.context = context;
        this.model = model;
        this.messages = messages;
        this.background = background;
        this.saveDialog = saveDialog;
        this.edits = edits;
        this.settings = settings;
    }

    ScreenView create(ScreenId screen) {
        return switch (screen) {
            case OVERVIEW -> new OverviewView(new OverviewViewModel(model.overview(), messages, model::openTasks,
                    model.comparison()::set), laggingDigest(), messages, background, saveDialog);
            case TASKS -> tasks();
            case UNITS -> units();
            case INDICATORS -> indicators();
            case AUDIT -> new AuditLogView(new AuditLogViewModel(context.audit(), background, messages,
                    context.clock().getZone(), model.overview()), messages, saveDialog);
            case SETTINGS -> settings();
            case REPORTS -> new ReportsView(new ReportsViewModel(context.reports(),
                    new ReportSettingsForm(context.settings(), context.settings().reportSettings(), background, messages),
                    background, messages, SystemViewer::open, model.plans(), model.selectedPlan().get(),
                    context.plans().today()), messages, saveDialog);
        };
    }

    /**
     * Who is behind, in brief, for Tổng quan and the meeting view: Đơn vị's verdicts and reasons, following the
     * overview shown; "Xem đầy đủ" opens Đơn vị.
     */
    LaggingDigestViewModel laggingDigest() {
        return new LaggingDigestViewModel(context.plans(), context.settings()::laggingRolledUp, model.laggingPolicy(),
                model.overview(), background, messages, () -> model.screen().set(ScreenId.UNITS), model::openTasksOf);
    }

    private ScreenView tasks() {
        TasksViewModel list = new TasksViewModel(model.overview(), model.taskFilter(), model.taskLeadRequest(), messages);
        return new TasksView(list, new TaskDetailViewModel(context.tasks(), background, messages, model.overview(),
                context.plans()::today, context.clock().getZone(), edits, model::reload, context.accounts().access()),
                new SavedFiltersViewModel(context.settings(), background, list, messages), messages);
    }

    private ScreenView units() {
        return new UnitsView(new UnitsViewModel(context.units(), background, messages, model::reload),
                new LaggingViewModel(context.plans(), context.unitIndex()::standingsFor, context.settings(),
                        background, messages,
                        new LaggingViewModel.Inputs(model.selectedPlan(), model.asOf(), model.comparison(),
                                model.laggingPolicy(), model.staleDays()), model::openTasksOf, model::openIndicatorsOf),
                messages, context.plans()::today, saveDialog, () -> model.screen().set(ScreenId.SETTINGS));
    }

    /** The province's own indicators, and beside them where it stands nationally (PAR INDEX, SIPAS) and its units' index. */
    private ScreenView indicators() {
        return new TabbedScreen(List.of(
                new TabbedScreen.Page("indicators-tab", messages.get("national.view.tab.units"), () -> new IndicatorsView(
                        new IndicatorsViewModel(context.indicators(), context.units(), background, messages,
                                model.selectedPlan(), model.asOf(), model.indicatorUnitRequest()), messages, background,
                        saveDialog, changed -> new LibraryViewModel(context.indicatorLibrary(), background, messages,
                        context.clock().getZone(), model.selectedPlan().get() != null
                        ? model.selectedPlan().get().year() : context.plans().today().getYear(), changed),
                        () -> new StatisticsViewModel(context.statistics(), background, messages,
                                context.clock().getZone(), model.selectedPlan().get(),
                                context.accounts().access().managesPlans()))),
                new TabbedScreen.Page("national-tab", messages.get("national.view.tab"), () -> new NationalView(
                        new NationalViewModel(context.nationalResults(), background, messages, context.clock()),
                        messages, background, saveDialog)),
                new TabbedScreen.Page("unit-index-tab", messages.get("unitIndex.view.tab"), this::unitIndex)))
                .showFirstWhen(model.indicatorUnitRequest());
    }

    /** Chỉ số CCHC các đơn vị: the ranking and the appraisal share the edition shown. */
    private ScreenView unitIndex() {
        UnitIndexViewModel index = new UnitIndexViewModel(context.unitIndex(), context.unitIndexAnnouncement(), background,
                messages, context.clock().getZone(), context.accounts().access().managesPlans());
        return new UnitIndexView(index, new AppraisalViewModel(context.unitIndex(), background, messages,
                context.clock().getZone(), index.shown(), index::reload),
                new FormsViewModel(context.unitIndexForms(), background, messages, index.shown(), index::reload),
                messages, context.clock(), background, saveDialog);
    }

    private ScreenView settings() {
        return new SettingsView(new SettingsViewModel(context.settings(), background, messages,
                settings.switchLanguage(), days -> model.staleDays().set(days), model.laggingPolicy()::set,
                context.backups(), settings.restore()), messages, context.dataFolder(),
                new EncryptionSection.State(context.sharedServer() != null, context.encrypted(),
                        settings.changeEncryption()),
                accountsSection());
    }

    /** Cài đặt → Người dùng: only for the administrator (or owner) of a shared server. */
    private Node accountsSection() {
        return context.accounts().onServer() && context.accounts().access().managesAccounts()
                ? AccountsSection.of(new AccountsViewModel(context.accounts(), context.units(), background, messages),
                messages)
                : null;
    }
}

package vn.cchc.dashboard.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import vn.cchc.dashboard.ui.ScreenId;
import javafx.stage.Stage;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.DamagedDataException;
import vn.cchc.dashboard.app.DataEncryption;
import vn.cchc.dashboard.app.SessionSecrets;
import vn.cchc.dashboard.app.InvalidDraftException;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.i18n.BackupWording;
import vn.cchc.dashboard.app.ReportService;
import vn.cchc.dashboard.report.SystemViewer;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.FailureDialog;
import vn.cchc.dashboard.ui.FxSaveDialog;
import vn.cchc.dashboard.ui.LongWork;
import vn.cchc.dashboard.ui.controls.ProgressStrip;
import vn.cchc.dashboard.work.CancelledException;
import vn.cchc.dashboard.work.Progress;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.ui.ScreenView;
import vn.cchc.dashboard.ui.audit.AuditLogView;
import vn.cchc.dashboard.app.DataFolder;
import vn.cchc.dashboard.app.FirstStart;
import vn.cchc.dashboard.ui.help.AboutDialog;
import vn.cchc.dashboard.ui.help.HelpWindow;
import vn.cchc.dashboard.app.WindowBounds;
import vn.cchc.dashboard.ui.firststart.FirstStartView;
import vn.cchc.dashboard.ui.firststart.FirstStartViewModel;
import vn.cchc.dashboard.ui.imports.ImportPlanDialog;
import vn.cchc.dashboard.ui.imports.ProgressExchangeDialog;
import vn.cchc.dashboard.ui.imports.ProgressExchangeViewModel;
import vn.cchc.dashboard.ui.imports.ImportPlanViewModel;
import vn.cchc.dashboard.ui.audit.AuditLogViewModel;
import vn.cchc.dashboard.ui.TabbedScreen;
import vn.cchc.dashboard.ui.indicators.IndicatorsView;
import vn.cchc.dashboard.ui.statistics.StatisticsViewModel;
import vn.cchc.dashboard.ui.indicators.IndicatorsViewModel;
import vn.cchc.dashboard.ui.national.NationalView;
import vn.cchc.dashboard.ui.national.NationalViewModel;
import vn.cchc.dashboard.app.unitindex.UnitIndexAnnouncement;
import vn.cchc.dashboard.ui.unitindex.AppraisalViewModel;
import vn.cchc.dashboard.ui.unitindex.FormsViewModel;
import vn.cchc.dashboard.ui.unitindex.UnitIndexView;
import vn.cchc.dashboard.ui.unitindex.UnitIndexViewModel;
import vn.cchc.dashboard.ui.overview.OverviewView;
import vn.cchc.dashboard.ui.plans.PlanDialog;
import vn.cchc.dashboard.ui.plans.PlanFormViewModel;
import vn.cchc.dashboard.ui.overview.OverviewViewModel;
import vn.cchc.dashboard.ui.overview.MeetingWindow;
import vn.cchc.dashboard.ui.units.LaggingDigestViewModel;
import vn.cchc.dashboard.ui.reports.ReportSettingsForm;
import vn.cchc.dashboard.ui.reports.ReportsView;
import vn.cchc.dashboard.ui.reports.ReportsViewModel;
import vn.cchc.dashboard.ui.settings.EncryptionDialog;
import vn.cchc.dashboard.ui.settings.EncryptionFormViewModel;
import vn.cchc.dashboard.ui.accounts.AccountsSection;
import vn.cchc.dashboard.ui.indicators.LibraryViewModel;
import vn.cchc.dashboard.ui.accounts.AccountsViewModel;
import vn.cchc.dashboard.ui.settings.EncryptionSection;
import vn.cchc.dashboard.ui.settings.SettingsView;
import vn.cchc.dashboard.ui.settings.SettingsViewModel;
import vn.cchc.dashboard.ui.tasks.EditHistory;
import vn.cchc.dashboard.ui.tasks.SavedFiltersViewModel;
import vn.cchc.dashboard.ui.units.LaggingViewModel;
import vn.cchc.dashboard.ui.units.UnitsView;
import vn.cchc.dashboard.ui.units.UnitsViewModel;
import vn.cchc.dashboard.ui.tasks.TaskDetailViewModel;
import vn.cchc.dashboard.ui.tasks.TasksView;
import vn.cchc.dashboard.ui.tasks.TasksViewModel;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanSummary;

/**
 * The application's window: a loading view while the data opens, then the shell; the shell is rebuilt
 * in the new language when the user changes it, keeping the plan, date and screen they were on.
 */
public final class MainWindow {

    static final String STYLESHEET = "/vn/cchc/dashboard/ui/app.css";

    private final Stage stage;
    private final Background background;
    private final Scene scene;
    private final SaveDialog saveDialog;
    private Messages messages;
    private volatile AppContext context;
    private ShellViewModel model;
    private ShellView shell;
    private Stage presentation;
    private EditHistory edits;
    private final WindowPlacement placement;
    private Stage help;
    private String db;
    private Path dbPasswordFile;
    /** What the user typed at start (data passphrase, server password): in memory for this session only. */
    private SessionSecrets secrets = SessionSecrets.NONE;

    public MainWindow(Stage stage, Background background, Language language) {
        this(stage, background, language, new FxSaveDialog(stage));
    }

    /** @param saveDialog asks where to save exported files (tests answer it without a dialog) */
    public MainWindow(Stage stage, Background background, Language language, SaveDialog saveDialog) {
        this.stage = stage;
        this.background = background;
        this.saveDialog = saveDialog;
        this.messages = Messages.of(language);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // Generous on a desktop monitor, never larger than a 1366×768 laptop's usable area.
        this.scene = new Scene(loadingView(), Math.min(1360, screen.getWidth() * 0.95),
                Math.min(860, screen.getHeight() * 0.95));
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        // F11 and every other shortcut are the menu bar's accelerators (ShellMenus), present once the shell is.
        stage.setScene(scene);
        this.placement = new WindowPlacement(stage);
        stage.setTitle(messages.get("app.title"));
        stage.getIcons().setAll(AppIcon.images());
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
    }

    public void show() {
        stage.show();
    }

    /** Puts the window where it was left last time (null: the default place), fitted to today's screens. */
    public void place(WindowBounds saved) {
        placement.place(saved);
    }

    /** Where the window is now, to be remembered. */
    public WindowBounds bounds() {
        return placement.bounds();
    }

    /** Shows the dashboard on an opened context and starts reading its plans. */
    public void showDashboard(AppContext opened) {
        this.context = opened;
        this.edits = new EditHistory(messages);
        this.model = new ShellViewModel(opened.plans(), background, opened.settings().staleDays(),
                opened.settings().laggingPolicy());
        buildShell();
        model.load();
    }

    /** The data the window works on now (a restore replaces it). */
    public AppContext context() {
        return context;
    }

    /**
     * Replaces the data by {@code backup}: the database is closed, the backup verified and put in place (the
     * replaced data kept as a backup), and the window opens again on the result. A backup that does not
     * verify changes nothing: the window opens again on the data as it was, and says why.
     */
    private void restore(Path backup) {
        SessionSecrets current = secrets;
        whileClosed((old, progress) -> {
            try {
                BackupContents restored = AppContext.restore(old.dataFolder(), backup, current, old.clock(), progress);
                return new Outcome(messages.format("backup.restored", backup.toAbsolutePath(), old.dataFolder(),
                        BackupWording.contents(restored, messages)), current);
            } catch (CancelledException cancelled) {
                return new Outcome(messages.get("backup.restore.cancelled"), current);
            } catch (RuntimeException refused) {
                return Outcome.failed(refused, "backup.restore.failed", current);
            }
        }, null, "backup.restore.cancelled");
    }

    /**
     * Turns encryption on or off or changes the passphrase as {@code form} says: the data is converted while closed
     * (backed up and verified first, see DataEncryption) and opened again with the new passphrase. A failure leaves
     * the data as it was; the window opens again on it and says why.
     */
    private void changeEncryption(EncryptionFormViewModel form) {
        SessionSecrets current = secrets;
        whileClosed((old, progress) -> {
            try {
                DataEncryption encryption = new DataEncryption();
                // Turning encryption on also encrypts the older backups: the notice says how many, and any left plain.
                DataEncryption.Enabled enabled = form.mode() == EncryptionFormViewModel.Mode.ENABLE
                        ? encryption.enable(old.dataFolder(), form.newPassphrase(), old.clock()) : null;
                BackupContents kept = switch (form.mode()) {
                    case ENABLE -> enabled.contents();
                    case CHANGE -> encryption.change(old.dataFolder(), form.currentPassphrase(), form.newPassphrase(),
                            old.clock());
                    case DISABLE -> encryption.disable(old.dataFolder(), form.currentPassphrase(), old.clock());
                };
                SessionSecrets next = form.mode() == EncryptionFormViewModel.Mode.DISABLE ? SessionSecrets.NONE
                        : SessionSecrets.NONE.withDataPassphrase(form.newPassphrase());
                String text = messages.format(form.doneKey(), BackupWording.contents(kept, messages));
                if (enabled != null) {
                    text += " " + BackupWording.backupsEncrypted(enabled.backupsEncrypted(), enabled.backupsLeftPlain(),
                            messages);
                }
                return new Outcome(text, next);
            } catch (RuntimeException failed) {
                return Outcome.failed(failed, "encryption.failed", current);
            }
        }, ScreenId.SETTINGS, "work.cancelled");
    }

    /**
     * What a change made on the closed data left, and the secrets that open the data now: the sentence to show, or
     * the failure (told by its dialog, headed by {@code failureTitle} — not as the corner's information notice).
     */
    private record Outcome(String text, SessionSecrets secrets, RuntimeException failure, String failureTitle) {

        Outcome(String text, SessionSecrets secrets) {
            this(text, secrets, null, null);
        }

        static Outcome failed(RuntimeException failure, String title, SessionSecrets secrets) {
            return new Outcome(null, secrets, failure, title);
        }
    }

    private record Reopened(AppContext context, Outcome outcome) {
    }

    /**
     * Closes the data (its own embedded database), runs {@code work} on it in the background with the progress strip,
     * opens it again and shows what happened, on {@code screen} when given. Restores and encryption changes need the
     * file closed. A cancel before the work began leaves the data open as it was, told by {@code cancelledKey}.
     */
    private void whileClosed(BiFunction<AppContext, Progress, Outcome> work, ScreenId screen, String cancelledKey) {
        AppContext old = context;
        shell.dispose();
        LongWork longWork = new LongWork(background);
        scene.setRoot(loadingView(new ProgressStrip(messages).follow(longWork.running())));
        longWork.start(progress -> {
            old.close();
            Outcome outcome = work.apply(old, progress);
            return new Reopened(AppContext.open(old.dataFolder(), null, null, outcome.secrets().localOnly(), old.clock(),
                    false), outcome);
        }, reopened -> {
            secrets = reopened.outcome().secrets();
            showDashboard(reopened.context());
            if (screen != null) {
                model.screen().set(screen);
            }
            Outcome outcome = reopened.outcome();
            if (outcome.failure() == null) {
                model.notice().set(outcome.text());
            } else {
                // A failure is not news: its dialog only, never the corner's information notice.
                showFailure(outcome.failure(), outcome.failureTitle());
            }
        }, failure -> {
            if (LongWork.cancelled(failure)) {
                // Cancelled while it waited behind other work: the data was never closed.
                showDashboard(old);
                model.notice().set(messages.get(cancelledKey));
            } else {
                showFatal(failure);
            }
        });
    }

    private void askEncryption(EncryptionFormViewModel.Mode mode) {
        EncryptionFormViewModel form = new EncryptionFormViewModel(mode, messages);
        if (new EncryptionDialog(form, messages, stage).ask()) {
            changeEncryption(form);
        }
    }

    /** Tells the user why the data cannot be opened, then closes the application: nothing was changed. */
    public void showFatal(Throwable failure) {
        new FailureDialog(stage, background, messages).show(failure, "error.title", "action.close", Platform::exit);
    }

    /** An action that failed: told by the failure dialog, never as news in the corner; the user carries on. */
    private void showFailure(Throwable failure, String headerKey) {
        new FailureDialog(stage, background, messages).show(failure, headerKey, "failure.continue", () -> { });
    }

    /** A fault nothing else caught: told calmly, and the user carries on working. */
    public void showUnexpected(Throwable failure, Runnable closed) {
        new FailureDialog(stage, background, messages).show(failure, "failure.title", "failure.continue", closed);
    }

    /** Runs {@code action} once, when the dashboard first shows the overview's figures (start-up is over). */
    public void whenFiguresShown(Runnable action) {
        model.summary().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends PlanSummary> obs, PlanSummary old, PlanSummary now) {
                if (now != null) {
                    obs.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /** F11: the meeting view full screen (MeetingWindow); F11 or Esc again returns. */
    private void togglePresentation() {
        if (presentation != null) {
            presentation.close();
            return;
        }
        presentation = MeetingWindow.open(stage, messages, background, model.overview(), laggingDigest(),
                model::openTasks, model.comparison()::set, () -> presentation = null);
    }

    /** Who is behind, the top of Đơn vị's list on the overview shown: for the overview's card and the meeting. */
    private LaggingDigestViewModel laggingDigest() {
        return new LaggingDigestViewModel(context.plans(), context.settings()::laggingRolledUp, model.laggingPolicy(),
                model.overview(), background, messages, () -> model.screen().set(ScreenId.UNITS), model::openTasksOf);
    }

    private int nextYear() {
        return model.plans().stream().mapToInt(p -> p.year()).max().orElse(context.plans().today().getYear() - 1) + 1;
    }

    private void newPlan(PlanFormViewModel form) {
        if (!new PlanDialog(form, messages, stage).ask()) {
            return;
        }
        background.run(() -> context.planEditor().create(form.draft()), created -> {
            model.notice().set(messages.format("plan.created", created.title()));
            model.load(created);
        }, e -> {
            if (e instanceof InvalidDraftException invalid) {
                form.show(invalid.problems());
                newPlan(form);
            } else {
                showFailure(e, "plan.create.failed");
            }
        });
    }

    private void archive(Plan plan) {
        if (plan == null) {
            return;
        }
        background.run(() -> context.planEditor().archive(plan), archived -> {
            model.notice().set(messages.format("plan.archived", archived.title()));
            model.load();
        }, e -> showFailure(e, "plan.archive.failed"));
    }

    private void buildShell() {
        if (shell != null) {
            shell.dispose();
        }
        // Which database this window works on: on a shared server, several people see and change the same data.
        String where = context.sharedServer() == null ? messages.format("status.dataFolder", context.dataFolder())
                : messages.format("status.server", context.sharedServer());
        shell = new ShellView(model, messages, where, context.accounts().access(), this::createScreen,
                this::togglePresentation,
                new ShellView.WindowActions() {
                    @Override
                    public void help() {
                        if (help != null && help.isShowing()) {
                            help.toFront();
                        } else {
                            help = HelpWindow.show(stage, messages, scene.getStylesheets());
                        }
                    }

                    @Override
                    public void about() {
                        AboutDialog.show(stage, messages, context.dataFolder(), context.sharedServer() != null
                                ? messages.format("status.server", context.sharedServer())
                                : messages.format("about.database.embedded", DataFolder.embeddedDatabase(context.dataFolder())));
                    }

                    @Override
                    public void quit() {
                        Platform.exit();
                    }

                    @Override
                    public void newPlan() {
                        MainWindow.this.newPlan(new PlanFormViewModel(nextYear(), messages));
                    }

                    @Override
                    public void archiveShown() {
                        archive(model.selectedPlan().get());
                    }

                    @Override
                    public void importPlan() {
                        MainWindow.this.importPlan();
                    }

                    @Override
                    public void exchangeProgress() {
                        new ProgressExchangeDialog(new ProgressExchangeViewModel(context.progressExchange(), background,
                                messages, model.selectedPlan().get(), context.plans().today(), model::reload), messages,
                                stage).show();
                    }
                });
        scene.setRoot(shell.root());
        stage.setTitle(context.sharedServer() == null ? messages.get("app.title")
                : messages.format("app.title.server", messages.get("app.title"), context.sharedServer()));
    }

    private void importPlan() {
        new ImportPlanDialog(new ImportPlanViewModel(context.planImport(), background, messages, (plan, notice) -> {
            model.notice().set(notice);
            model.load(plan);
        }), messages, stage, saveDialog).show();
    }

    /**
     * The first start: the wizard, then the data opened as the user chose — the sample, or an empty database
     * and the plan import wizard at once.
     */
    public void showFirstStart(Path dataFolder, Clock clock) {
        FirstStartView[] shown = new FirstStartView[1];
        FirstStartViewModel wizard = new FirstStartViewModel(dataFolder, messages.language(), background, answers -> {
            shown[0].dispose();
            Locale.setDefault(answers.language().locale());
            messages = Messages.of(answers.language());
            boolean importing = answers.beginning() == FirstStart.Beginning.IMPORT;
            open(dataFolder, clock, !importing, importing ? this::importPlan : () -> { });
        });
        shown[0] = new FirstStartView(wizard);
        scene.setRoot(shown[0].root());
    }

    /**
     * The shared server the command line names ({@code --db}, {@code --db-password-file}); null for the one the
     * data folder's settings name, else its own embedded database.
     */
    public void useDatabase(String db, Path dbPasswordFile) {
        this.db = db;
        this.dbPasswordFile = dbPasswordFile;
    }

    /**
     * Opens the data in the background (creating the sample in an empty database when {@code sampleIfEmpty}),
     * then shows the dashboard and runs {@code then}; a folder on a network share is warned about once.
     */
    public void open(Path dataFolder, Clock clock, boolean sampleIfEmpty, Runnable then) {
        open(dataFolder, clock, sampleIfEmpty, null, then);
    }

    /** As {@link #open(Path, Clock, boolean, Runnable)}, taking the opening begun at start-up (if any) as the first try. */
    public void open(Path dataFolder, Clock clock, boolean sampleIfEmpty, EarlyOpening early, Runnable then) {
        scene.setRoot(loadingView());
        new DataOpener(background, messages, stage).open(dataFolder, db, dbPasswordFile, clock, sampleIfEmpty, secrets,
                early, opened -> background.run(() -> opened.context().settings().networkShareWarned() ? java.util.Optional.<String>empty()
                        : DataFolder.networkFileSystem(dataFolder), share -> {
                    secrets = opened.secrets();
                    showDashboard(opened.context());
                    if (!opened.notice().isEmpty()) {
                        model.notice().set(opened.notice());
                    }
                    then.run();
                    share.ifPresent(this::warnNetworkShare);
                }, this::showFatal), failure -> openFailed(dataFolder, clock, then, failure), Platform::exit);
    }

    /**
     * A damaged data file with a backup that verifies: offered for restore, through the same restore as Cài đặt's
     * (the damaged file kept as a backup of its own), then the data opened again. Anything else is fatal.
     */
    private void openFailed(Path dataFolder, Clock clock, Runnable then, Throwable failure) {
        DamagedDataException damaged = DamagedDataException.in(failure);
        if (damaged == null || damaged.backup().isEmpty()) {
            showFatal(failure);
            return;
        }
        if (!DamagedDataDialog.askRestore(damaged, messages, stage)) {
            Platform.exit();
            return;
        }
        Path backup = damaged.backup().orElseThrow().file();
        SessionSecrets current = secrets;
        LongWork longWork = new LongWork(background);
        scene.setRoot(loadingView(new ProgressStrip(messages).follow(longWork.running())));
        longWork.start(progress -> AppContext.restore(dataFolder, backup, current, clock, progress),
                restored -> open(dataFolder, clock, false, () -> {
                    model.notice().set(messages.format("backup.restored", backup.toAbsolutePath(), dataFolder,
                            BackupWording.contents(restored, messages)));
                    then.run();
                }), refused -> {
                    if (LongWork.cancelled(refused)) {
                        openFailed(dataFolder, clock, then, damaged); // nothing replaced: the same choice again
                    } else {
                        showFatal(refused);
                    }
                });
    }

    /** Once per data folder: the embedded database on a share is one dropped connection from damage. */
    private void warnNetworkShare(String kind) {
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.format("dataFolder.networkShare", context.dataFolder(),
                kind), new ButtonType(messages.get("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("dataFolder.networkShare.title"));
        alert.initOwner(stage);
        alert.getDialogPane().setMinWidth(520);
        alert.show();
        AppContext warned = context;
        background.run(() -> {
            warned.settings().setNetworkShareWarned();
            warned.settings().save();
            return warned;
        }, done -> { }, e -> showFailure(e, "settings.save.failed"));
    }

    /** Cài đặt → Người dùng: only for the administrator (or owner) of a shared server. */
    private Node accountsSection() {
        return context.accounts().onServer() && context.accounts().access().managesAccounts()
                ? AccountsSection.of(new AccountsViewModel(context.accounts(), context.units(), background, messages), messages)
                : null;
    }

    private ScreenView createScreen(ScreenId screen) {
        return switch (screen) {
            case OVERVIEW -> new OverviewView(new OverviewViewModel(model.overview(), messages, model::openTasks,
                    model.comparison()::set), laggingDigest(), messages, background, saveDialog);
            case TASKS -> {
                TasksViewModel list = new TasksViewModel(model.overview(), model.taskFilter(), model.taskLeadRequest(),
                        messages);
                yield new TasksView(list, new TaskDetailViewModel(context.tasks(), background, messages, model.overview(),
                        context.plans()::today, context.clock().getZone(), edits, model::reload,
                        context.accounts().access()),
                        new SavedFiltersViewModel(context.settings(), background, list, messages), messages);
            }
            case UNITS -> new UnitsView(new UnitsViewModel(context.units(), background, messages, model::reload),
                    new LaggingViewModel(context.plans(), context.unitIndex()::standingsFor, context.settings(),
                            background, messages,
                            new LaggingViewModel.Inputs(model.selectedPlan(), model.asOf(), model.comparison(),
                                    model.laggingPolicy(), model.staleDays()), model::openTasksOf, model::openIndicatorsOf),
                    messages, context.plans()::today, saveDialog, () -> model.screen().set(ScreenId.SETTINGS));
            // The province's own indicators, and beside them where it stands nationally (PAR INDEX, SIPAS).
            case INDICATORS -> new TabbedScreen(List.of(
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
                    new TabbedScreen.Page("unit-index-tab", messages.get("unitIndex.view.tab"), this::unitIndexView)))
                    .showFirstWhen(model.indicatorUnitRequest());
            case AUDIT -> new AuditLogView(new AuditLogViewModel(context.audit(), background, messages,
                    context.clock().getZone(), model.overview()), messages, saveDialog);
            case SETTINGS -> new SettingsView(new SettingsViewModel(context.settings(), background, messages,
                    this::switchLanguage, days -> model.staleDays().set(days), model.laggingPolicy()::set,
                    context.backups(), this::confirmRestore), messages, context.dataFolder(),
                    new EncryptionSection.State(context.sharedServer() != null, context.encrypted(), this::askEncryption),
                    accountsSection());
            case REPORTS -> new ReportsView(new ReportsViewModel(ReportService.of(context),
                    new ReportSettingsForm(context.settings(), context.settings().reportSettings(), background, messages),
                    background, messages, SystemViewer::open, model.plans(), model.selectedPlan().get(),
                    context.plans().today()), messages, saveDialog);
        };
    }

    /** Chỉ số CCHC các đơn vị: the ranking and the appraisal share the edition shown. */
    private ScreenView unitIndexView() {
        UnitIndexViewModel index = new UnitIndexViewModel(context.unitIndex(), UnitIndexAnnouncement.of(context), background,
                messages,
                context.clock().getZone(), context.accounts().access().managesPlans());
        return new UnitIndexView(index, new AppraisalViewModel(context.unitIndex(), background, messages,
                context.clock().getZone(), index.shown(), index::reload),
                new FormsViewModel(context.unitIndexForms(), background, messages, index.shown(), index::reload),
                messages, context.clock(), background, saveDialog);
    }

    private void confirmRestore(Path backup) {
        ButtonType replace = new ButtonType(messages.get("backup.restore.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("progress.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.format("backup.restore.question",
                backup.getFileName()), replace, cancel);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("backup.restore.title"));
        alert.initOwner(stage);
        if (alert.showAndWait().filter(b -> b == replace).isPresent()) {
            restore(backup);
        }
    }

    private void switchLanguage(Language language) {
        Locale.setDefault(language.locale());
        messages = Messages.of(language);
        buildShell();
    }

    private VBox loadingView() {
        ProgressIndicator progress = new ProgressIndicator();
        Label label = new Label(messages.get("app.loading"));
        VBox box = new VBox(16, progress, label);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("loading");
        return box;
    }

    /** The loading view with {@code below} under its words (the strip of a restore, with its Huỷ). */
    private VBox loadingView(Region below) {
        VBox box = loadingView();
        below.setMaxWidth(560);
        box.getChildren().add(below);
        return box;
    }
}

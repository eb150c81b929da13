package vn.cchc.dashboard.app;

import java.nio.file.Path;
import java.time.Clock;
import vn.cchc.dashboard.app.accounts.AccountService;
import vn.cchc.dashboard.app.indicators.IndicatorLibrary;
import vn.cchc.dashboard.app.national.NationalResultsService;
import vn.cchc.dashboard.app.statistics.StatisticsService;
import vn.cchc.dashboard.app.unitindex.UnitIndexAnnouncement;
import vn.cchc.dashboard.app.unitindex.UnitIndexForms;
import vn.cchc.dashboard.app.unitindex.UnitIndexService;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.KeySource;
import vn.cchc.dashboard.store.Store;

/**
 * The services on one open database, wired to each other: a service built on another's (the reports, the unit
 * index's forms, the progress exchange) is made after it. Apart from {@link AppContext}, which opens and closes the
 * folder and database they work on and hands them out.
 */
record Services(PlanService plans, TaskService tasks, AuditService audit, PlanEditor planEditor, UnitService units,
                IndicatorService indicators, BackupService backups, PlanImportService planImport,
                PlanExportService planExport, StatisticsService statistics, UnitIndexService unitIndex,
                UnitIndexForms unitIndexForms, ProgressExchangeService progressExchange, AccountService accounts,
                IndicatorLibrary indicatorLibrary, NationalResultsService nationalResults,
                UnitIndexAnnouncement unitIndexAnnouncement, ReportService reports) {

    /** The services on {@code store}; backups also reach the data folder and its {@code database} itself. */
    static Services on(Store store, Path dataFolder, Database database, AppSettings settings, Clock clock,
                       KeySource keys) {
        PlanService plans = new PlanService(store, clock);
        TaskService tasks = new TaskService(store, clock, settings);
        AuditService audit = new AuditService(store, clock.getZone());
        PlanEditor planEditor = new PlanEditor(store, clock, settings);
        UnitService units = new UnitService(store, clock, settings);
        IndicatorService indicators = new IndicatorService(store, clock, settings);
        BackupService backups = new BackupService(dataFolder, database, clock, settings, keys);
        PlanImportService planImport = new PlanImportService(store, clock, settings);
        PlanExportService planExport = new PlanExportService(store, clock.getZone());
        StatisticsService statistics = new StatisticsService(store, clock, settings);
        UnitIndexService unitIndex = new UnitIndexService(store, clock, settings);
        UnitIndexForms unitIndexForms = new UnitIndexForms(store, clock, settings, unitIndex, plans);
        ProgressExchangeService progressExchange = new ProgressExchangeService(store, clock, statistics);
        AccountService accounts = new AccountService(store, clock);
        IndicatorLibrary indicatorLibrary = new IndicatorLibrary(store, clock, settings);
        NationalResultsService nationalResults = new NationalResultsService(store, clock, settings);
        UnitIndexAnnouncement unitIndexAnnouncement = new UnitIndexAnnouncement(unitIndex, settings, plans);
        ReportService reports = new ReportService(plans, indicators, units, settings, clock, nationalResults,
                statistics, unitIndex);
        return new Services(plans, tasks, audit, planEditor, units, indicators, backups, planImport, planExport,
                statistics, unitIndex, unitIndexForms, progressExchange, accounts, indicatorLibrary, nationalResults,
                unitIndexAnnouncement, reports);
    }
}

package vn.cchc.dashboard.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.cchc.dashboard.domain.AuditAction;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.ReformProgramme;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskDraft;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitDraft;
import vn.cchc.dashboard.domain.imports.DataDate;
import vn.cchc.dashboard.domain.imports.DataDateChoice;
import vn.cchc.dashboard.domain.imports.ImportPreview;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.domain.imports.ImportRow;
import vn.cchc.dashboard.domain.imports.ImportedTask;
import vn.cchc.dashboard.domain.imports.PlanImportCheck;
import vn.cchc.dashboard.domain.imports.PlanRowReader;
import vn.cchc.dashboard.domain.imports.TableLayout;
import vn.cchc.dashboard.domain.imports.UnitRef;
import vn.cchc.dashboard.excel.ImportFileException;
import vn.cchc.dashboard.excel.PlanFileReader;
import vn.cchc.dashboard.excel.XlsxTable;
import vn.cchc.dashboard.i18n.ImportWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.store.Store;
import vn.cchc.dashboard.work.Progress;

/**
 * Importing a year's plan from a file: a dry run that shows what would be written, and the import itself, which
 * reads the file again, checks it again against the database inside its one transaction, and writes the plan (if
 * new), the new units, the tasks and the progress a tracking workbook carries – all of it or, on any error, nothing.
 * Blocking: call it off the FX thread.
 */
public final class PlanImportService {

    private final Store store;
    private final Clock clock;
    private final AppSettings settings;
    private final TaskWriter tasks;
    private final ProgressWriter updates;

    public PlanImportService(Store store, Clock clock, AppSettings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.tasks = new TaskWriter(store);
        this.updates = new ProgressWriter(store);
    }

    /** The dry run: what importing {@code file} would do. Writes nothing. */
    public PlanImport dryRun(Path file, ImportRequest request) {
        return dryRun(file, request, Progress.NONE);
    }

    /** The dry run, reporting each row read to {@code progress}, and stopping there when it is cancelled. */
    public PlanImport dryRun(Path file, ImportRequest request, Progress progress) {
        Reading reading = read(file, request, progress);
        progress.step("work.step.checking", 0, 0);
        return store.database().inTransaction(c -> {
            Target target = target(c, reading.year, request);
            return result(reading, target, target.plan, target.title, target.units, check(c, target, reading, request));
        });
    }

    /**
     * Imports {@code file}: all rows in one transaction, or none.
     *
     * @throws ImportRejectedException when the file has errors (nothing is written)
     * @throws AppException            when the file cannot be read at all
     */
    public PlanImport commit(Path file, ImportRequest request) {
        return commit(file, request, Progress.NONE);
    }

    /**
     * The import, reporting each row read and each task written to {@code progress}. A cancel stops it at the next
     * row or task: the {@link vn.cchc.dashboard.work.CancelledException} leaves the transaction, which rolls back,
     * so nothing of the file is written.
     */
    public PlanImport commit(Path file, ImportRequest request, Progress progress) {
        Reading reading = read(file, request, progress);
        progress.step("work.step.checking", 0, 0);
        String user = settings.userLabel();
        Instant now = clock.instant();
        return store.database().inBulkTransaction(c -> {
            Target target = target(c, reading.year, request);
            ImportPreview preview = check(c, target, reading, request);
            if (!preview.importable()) {
                throw new ImportRejectedException(preview);
            }
            Plan plan = target.plan != null ? target.plan : createPlan(c, target);
            write(c, plan, preview, target.units, user, now, progress);
            progress.checkCancelled(); // the last safe point before the commit
            // Read again: the import has added the units it created.
            return result(reading, target, plan, plan.title(), store.units().findAll(c), preview);
        });
    }

    private static PlanImport result(Reading reading, Target target, Plan plan, String title, List<Unit> all,
                                     ImportPreview preview) {
        LocalDate start = LocalDate.of(reading.year, 1, 1);
        List<Unit> units = all.stream()
                .filter(u -> u.existsDuring(start, start.withMonth(12).withDayOfMonth(31))).toList();
        return new PlanImport(reading.year, plan, title, reading.layout, reading.sheets, target.areas, units, preview);
    }

    private void write(Connection c, Plan plan, ImportPreview preview, List<Unit> existing, String user, Instant now,
                       Progress progress) throws SQLException {
        Map<String, Long> created = new HashMap<>();
        for (ImportPreview.NewUnit unit : preview.newUnits()) {
            // The plan knows better than the name: "Văn phòng Chính phủ" in the ministries' plan is no province's office.
            UnitDraft draft = new UnitDraft(unit.name(), null, plan.kind().kindOfNewUnit(unit.kind()), null, null);
            if (!draft.problems(existing).isEmpty()) {
                throw AppException.invalidInput("import.error.unit", unit.name());
            }
            created.put(unit.name(), store.units().insert(c, draft.toUnit(0, null)));
        }
        int sortOrder = store.tasks().findByPlan(c, plan.id()).stream().mapToInt(Task::sortOrder).max().orElse(0);
        int total = preview.tasks().size();
        int prepared = 0;
        List<Task> newTasks = new ArrayList<>(total);
        for (ImportedTask task : preview.tasks()) {
            progress.step("work.step.writingTasks", prepared++, total);
            ImportRow row = task.row();
            long lead = id(task.lead(), created);
            List<Long> cooperating = task.cooperating().stream().map(u -> id(u, created)).filter(id -> id != lead)
                    .distinct().sorted().toList();
            newTasks.add(new TaskDraft(row.code(), row.areaCode(), row.title(), lead, row.cooperationText(),
                    row.output(), row.deadlineText()).toTask(0, plan, ++sortOrder, cooperating));
        }
        // In batches: a 10.000-row appendix is a few round trips to the database, not 40.000.
        List<Long> ids = tasks.insertAll(c, plan, newTasks, user, now);
        List<ProgressUpdate> recorded = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            var p = preview.tasks().get(i).row().progress();
            if (p != null) {
                recorded.add(new ProgressUpdate(0, ids.get(i), p.date(), p.status(), p.percent(), p.note(), p.evidence(),
                        user, now, null));
            }
        }
        updates.insertAll(c, recorded, plan.id(), AuditAction.PROGRESS_RECORDED);
    }

    /** The problems list as a spreadsheet, for whoever corrects the file. */
    public void exportProblems(List<ImportProblem> problems, Path file, Messages messages) {
        List<XlsxTable.Column> columns = List.of(new XlsxTable.Column(messages.get("import.column.sheet"), 16),
                new XlsxTable.Column(messages.get("import.column.row"), 8),
                new XlsxTable.Column(messages.get("import.column.column"), 8),
                new XlsxTable.Column(messages.get("import.column.value"), 40),
                new XlsxTable.Column(messages.get("import.column.severity"), 10),
                new XlsxTable.Column(messages.get("import.column.message"), 90));
        List<List<Object>> rows = problems.stream().map(p -> Arrays.<Object>asList(p.sheet(),
                p.row() > 0 ? p.row() : null, p.column(), p.value(),
                messages.get(p.isError() ? "import.severity.ERROR" : "import.severity.NOTE"),
                ImportWording.message(p, messages))).toList();
        TableExport.write(file, messages.get("import.problems.sheet"), columns, rows);
    }

    private static long id(UnitRef unit, Map<String, Long> created) {
        return unit.isNew() ? created.get(unit.name()) : unit.id();
    }

    private ImportPreview check(Connection c, Target target, Reading reading, ImportRequest request) throws SQLException {
        List<String> codes = target.plan == null ? List.of()
                : store.tasks().findByPlan(c, target.plan.id()).stream().map(Task::code).toList();
        return new PlanImportCheck(reading.year, target.areas, target.units, codes, request.unitChoices())
                .check(reading.rows, reading.problems).withDataDate(reading.dataDate);
    }

    /**
     * The plan of the year that is neither sample nor archived, of the kind asked for (the provinces' or the
     * ministries' in a national store); the programme's areas either way. Without a kind, the year's one plan: where
     * the year has plans of several kinds the import refuses rather than guess which one the file belongs to.
     */
    private Target target(Connection c, int year, ImportRequest request) throws SQLException {
        List<Plan> current = store.plans().findAll(c).stream()
                .filter(p -> p.year() == year && !p.sample() && !p.archived()).toList();
        if (request.kind() == null && current.stream().map(Plan::kind).distinct().count() > 1) {
            throw AppException.invalidInput("import.error.whichPlan", String.valueOf(year),
                    current.stream().sorted(Comparator.comparing(Plan::kind).thenComparingLong(Plan::id))
                            .map(p -> "«" + p.title() + "»").collect(Collectors.joining(", ")));
        }
        Optional<Plan> plan = current.stream().filter(p -> request.kind() == null || p.kind() == request.kind())
                .max(Comparator.comparingLong(Plan::id));
        PlanKind kind = plan.map(Plan::kind).orElse(request.kind() == null ? PlanKind.LOCAL : request.kind());
        String programme = plan.isPresent() ? plan.get().programmeCode() : programmeFor(c, year);
        List<ReformArea> areas = store.referenceData().areas(c, programme);
        return new Target(plan.orElse(null), plan.map(Plan::title).orElseGet(() -> request.newPlanTitle().apply(year)),
                kind, programme, year, areas, store.units().findAll(c));
    }

    /** The programme whose years cover {@code year}: its areas are the ones a new plan's sections name. */
    private String programmeFor(Connection c, int year) throws SQLException {
        return store.referenceData().programmes(c).stream().filter(p -> p.startYear() <= year && year <= p.endYear())
                .findFirst().map(ReformProgramme::code)
                .orElseThrow(() -> AppException.invalidInput("plan.problem.noProgramme", String.valueOf(year)));
    }

    private Plan createPlan(Connection c, Target target) throws SQLException {
        long id = store.plans().insert(c, new Plan(0, target.year, target.title, null, null, target.kind,
                target.programme, false, false));
        return store.plans().findById(c, id).orElseThrow();
    }

    /** Reads the whole file outside any transaction: a slow disk never holds the database. */
    private Reading read(Path file, ImportRequest request, Progress progress) {
        LocalDate today = LocalDate.now(clock);
        try (PlanFileReader reader = PlanFileReader.open(file)) {
            PlanFileReader.Inspection inspection = reader.inspect(request.layout() == null ? null : request.layout().sheet());
            TableLayout layout = request.layout() != null ? request.layout() : inspection.layout();
            int year = request.year() != null ? request.year()
                    : layout.titleYear() != null ? layout.titleYear() : currentYear(today);
            List<ReformArea> areas = store.database().inTransaction(c ->
                    store.referenceData().areas(c, programmeFor(c, year)));
            List<ImportProblem> problems = new ArrayList<>(inspection.notes());
            layout.mapping().missing().forEach(field -> problems.add(ImportProblem.error(layout.sheet(),
                    layout.firstHeaderRow(), null, "", "import.problem.columnMissing", "import.field." + field.name())));
            DataDateChoice dataDate = DataDateChoice.of(layout.sheet(), request.dataDate(), layout.dataDate(), today);
            PlanRowReader rows = new PlanRowReader(layout, areas, year, dataDate.day(), today, request.deadlineAnswers());
            if (layout.mapping().missing().isEmpty()) {
                reader.read(layout, rows, progress);
            }
            problems.addAll(dataDate.problems(layout.mapping().hasProgress(), rows.rowsNeedingDataDate()));
            problems.addAll(rows.problems());
            return new Reading(year, layout, inspection.sheets(), rows.rows(), problems,
                    layout.mapping().hasProgress() ? dataDate.applied() : null);
        } catch (ImportFileException e) {
            // The name in most sentences; the whole path where the path itself is the problem (missing, a folder).
            throw AppException.invalidInput("import.file." + e.reason().name(), String.valueOf(file.getFileName()), file.toString());
        }
    }

    private int currentYear(LocalDate today) {
        return PlanService.preferred(store.allPlans().stream().filter(p -> !p.sample()).toList(), today.getYear())
                .map(Plan::year).orElse(today.getYear());
    }

    private record Reading(int year, TableLayout layout, List<vn.cchc.dashboard.excel.TableFile.Sheet> sheets,
                           List<ImportRow> rows, List<ImportProblem> problems, DataDate dataDate) {
    }

    /** The plan a file's tasks go into, and what the import checks them against, read once per transaction. */
    private record Target(Plan plan, String title, PlanKind kind, String programme, int year, List<ReformArea> areas,
                          List<Unit> units) {
    }
}

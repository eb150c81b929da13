package vn.cchc.dashboard.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.cchc.dashboard.app.statistics.StatisticsOutcome;
import vn.cchc.dashboard.app.statistics.StatisticsService;
import vn.cchc.dashboard.app.statistics.StatisticsSubmission;
import vn.cchc.dashboard.domain.AuditAction;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskState;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.ProgressReturnCheck;
import vn.cchc.dashboard.domain.imports.ReturnRow;
import vn.cchc.dashboard.excel.ImportFileException;
import vn.cchc.dashboard.excel.ProgressForm;
import vn.cchc.dashboard.excel.ProgressFormReader;
import vn.cchc.dashboard.excel.ProgressFormWriter;
import vn.cchc.dashboard.excel.StatisticsFormSheet;
import vn.cchc.dashboard.files.FileBatch;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.store.Store;
import vn.cchc.dashboard.work.Progress;

/**
 * Progress exchanged with units as files: a form per unit listing its tasks, and the returned forms read back –
 * clean lines recorded as the unit's updates, conflicts listed and recorded only when the user accepts them, all in
 * one transaction. Blocking: call it off the FX thread.
 */
public final class ProgressExchangeService {

    private final Store store;
    private final Clock clock;
    private final ProgressWriter writer;
    private final StatisticsService statistics;

    public ProgressExchangeService(Store store, Clock clock, StatisticsService statistics) {
        this.store = store;
        this.clock = clock;
        this.writer = new ProgressWriter(store);
        this.statistics = statistics;
    }

    /** A unit that leads tasks of a plan, and how many: one form each. */
    public record FormUnit(Unit unit, int tasks) {
    }

    /** The units that lead tasks of {@code plan}, in Vietnamese order of their names. */
    public List<FormUnit> formUnits(Plan plan) {
        PlanSnapshot snapshot = snapshot(plan);
        Map<Long, Long> led = snapshot.tasks().stream().collect(Collectors.groupingBy(Task::leadUnitId, Collectors.counting()));
        return snapshot.units().stream().filter(u -> led.containsKey(u.id()))
                .sorted(Comparator.comparing(Unit::name, Text.vietnameseOrder()))
                .map(u -> new FormUnit(u, led.get(u.id()).intValue())).toList();
    }

    /**
     * Writes one form per unit into {@code folder}, named after the unit and the plan's year
     * ("phieu-tien-do-so-tu-phap-2026.xlsx"), and returns the files written.
     */
    public List<Path> exportForms(Plan plan, List<Unit> units, Path folder, Messages messages) {
        return exportForms(plan, units, folder, messages, Progress.NONE);
    }

    /**
     * As {@link #exportForms(Plan, List, Path, Messages)}, telling {@code progress} of each form. The forms appear
     * together once all are written: a cancel (before each form, and once more before they are moved into place) or
     * a failure leaves none of them, and forms of the same names already in the folder stay as they were.
     */
    public List<Path> exportForms(Plan plan, List<Unit> units, Path folder, Messages messages, Progress progress) {
        return exportForms(plan, units, folder, messages, progress, statistics.defaultPeriod(plan));
    }

    /** As {@link #exportForms(Plan, List, Path, Messages, Progress)}, the statistics sheet asking for {@code period}. */
    public List<Path> exportForms(Plan plan, List<Unit> units, Path folder, Messages messages, Progress progress,
                                  ReportPeriod period) {
        // The plan is read and worked out once, however many units get a form.
        PlanSnapshot snapshot = snapshot(plan);
        List<TaskState> states = snapshot.states(LocalDate.now(clock));
        Map<Long, ProgressUpdate> withTexts = store.updatesWithTexts(plan.id());
        ProgressFormWriter.Words words = words(messages);
        try (FileBatch batch = new FileBatch()) {
            for (int i = 0; i < units.size(); i++) {
                progress.step("work.step.forms", i + 1, units.size());
                Unit unit = units.get(i);
                Path file = folder.resolve(formFileName(unit, plan.year()));
                writeForm(plan, snapshot, withTexts, states, unit, batch.stage(file), file, words, messages, period);
            }
            progress.finalStep("work.step.formsPlacing", units.size(), units.size());
            List<Path> written = new ArrayList<>();
            AppException.writing(folder, () -> written.addAll(batch.moveAllIntoPlace()));
            return written;
        }
    }

    /** "phieu-tien-do-so-tu-phap-2026.xlsx": without diacritics, so that every mail system and USB stick keeps it. */
    public static String formFileName(Unit unit, int year) {
        String name = Text.fold(unit.name()).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "phieu-tien-do-" + name + "-" + year + ".xlsx";
    }

    /** Writes {@code unit}'s form for {@code plan}: the tasks it leads, each as it stands today. */
    public void exportForm(Plan plan, Unit unit, Path file, Messages messages) {
        exportForm(plan, unit, file, messages, statistics.defaultPeriod(plan));
    }

    /** As {@link #exportForm(Plan, Unit, Path, Messages)}, the statistics sheet asking for {@code period}. */
    public void exportForm(Plan plan, Unit unit, Path file, Messages messages, ReportPeriod period) {
        PlanSnapshot snapshot = snapshot(plan);
        writeForm(plan, snapshot, store.updatesWithTexts(plan.id()), snapshot.states(LocalDate.now(clock)), unit, file,
                file, words(messages), messages, period);
    }

    private PlanSnapshot snapshot(Plan plan) {
        return store.snapshot(plan.id()).orElseThrow(() -> AppException.invalidInput("error.plan.gone", plan.title()));
    }

    /**
     * Writes {@code unit}'s form to {@code file}; a failure names {@code shownAs}, where the user will look for it.
     *
     * @param withTexts the plan's updates with their notes and evidence, by id, which the snapshot's lack
     */
    private void writeForm(Plan plan, PlanSnapshot snapshot, Map<Long, ProgressUpdate> withTexts,
                           List<TaskState> states, Unit unit, Path file, Path shownAs, ProgressFormWriter.Words words,
                           Messages messages, ReportPeriod period) {
        List<ProgressForm.Line> lines = new ArrayList<>();
        for (TaskState state : states) {
            if (state.task().leadUnitId() != unit.id()) {
                continue;
            }
            ProgressUpdate last = snapshot.updates().stream().filter(u -> u.taskId() == state.task().id()
                    && !u.withdrawal() && state.lastUpdate() != null && u.asOf().equals(state.lastUpdate()))
                    .reduce((a, b) -> b).map(u -> withTexts.getOrDefault(u.id(), u)).orElse(null);
            // A task nobody has reported on is left blank: a blank line handed back says nothing.
            boolean reported = state.lastUpdate() != null;
            lines.add(new ProgressForm.Line(state.task().id(), state.task().code(), state.task().title(),
                    state.task().deadlineText(), reported ? messages.get("import.status." + state.status().name()) : null,
                    reported && state.status() != TaskStatus.COMPLETED ? state.percent() : null,
                    state.status() == TaskStatus.COMPLETED ? state.completedOn() : null,
                    last == null ? null : last.note(), last == null ? null : last.evidence()));
        }
        StatisticsFormSheet.Content figures = store.database().inTransaction(
                c -> statistics.formContent(c, plan, unit, period, messages));
        ProgressForm form = new ProgressForm(plan.id(), plan.title(), unit.id(), unit.name(), clock.instant(), lines, figures);
        AppException.writing(shownAs, () -> ProgressFormWriter.write(file, form, words));
    }

    /** What the returned forms would record, line by line. Writes nothing. */
    public List<ReturnRow> check(List<Path> files, LocalDate asOf) {
        return check(files, asOf, Progress.NONE);
    }

    /** As {@link #check(List, LocalDate)}, telling {@code progress} of each form read; a safe point after each. */
    public List<ReturnRow> check(List<Path> files, LocalDate asOf, Progress progress) {
        return checkAll(files, asOf, progress).rows();
    }

    /** What the forms would record: their lines, and what would become of the figures of those with statistics. */
    public record Checked(List<ReturnRow> rows, List<StatisticsOutcome> figures) {

        /** The forms whose figures would be recorded (new or changed). */
        public long figuresToRecord() {
            return figures.stream().filter(o -> o.kind() != StatisticsOutcome.Kind.UNCHANGED).count();
        }
    }

    /** As {@link #check(List, LocalDate, Progress)}, with what would become of the forms' statistics. Writes nothing. */
    public Checked checkAll(List<Path> files, LocalDate asOf, Progress progress) {
        List<ProgressFormReader.Returned> forms = read(files, progress);
        return store.database().inTransaction(c -> {
            // A form whose figures are refused is refused whole: the preview says so before anything is asked.
            List<StatisticsOutcome> figures = statistics.preview(c, submissions(forms));
            return new Checked(check(c, forms, asOf), figures);
        });
    }

    /**
     * Records the returned forms' clean lines, and the conflicts {@code accepted} says yes to, as updates attributed
     * to each form's unit – in one transaction. Rejected lines are never recorded.
     *
     * @return every line with what it was; the recorded ones are APPLY or accepted conflicts
     */
    public List<ReturnRow> apply(List<Path> files, LocalDate asOf, Predicate<ReturnRow> accepted) {
        return apply(files, asOf, accepted, Progress.NONE);
    }

    /**
     * As {@link #apply(List, LocalDate, Predicate)}, telling {@code progress} of each form read and each update
     * recorded; a cancel at any of those, or just before the commit, rolls the transaction back: nothing is recorded.
     */
    public List<ReturnRow> apply(List<Path> files, LocalDate asOf, Predicate<ReturnRow> accepted, Progress progress) {
        return apply(files, asOf, accepted, progress, outcomes -> { });
    }

    /**
     * As {@link #apply(List, LocalDate, Predicate, Progress)}, also recording the forms' statistics, whose outcomes go to
     * {@code figures} once committed. A form with any refused figure refuses the whole import: neither its progress nor
     * any form's figures are recorded, and the sentence naming the figure is thrown.
     */
    public List<ReturnRow> apply(List<Path> files, LocalDate asOf, Predicate<ReturnRow> accepted, Progress progress,
                                 Consumer<List<StatisticsOutcome>> figures) {
        List<ProgressFormReader.Returned> forms = read(files, progress);
        List<List<StatisticsOutcome>> outcomes = new ArrayList<>();
        List<ReturnRow> result = applyForms(forms, asOf, accepted, progress, outcomes);
        figures.accept(outcomes.isEmpty() ? List.of() : outcomes.get(0));
        return result;
    }

    private List<ReturnRow> applyForms(List<ProgressFormReader.Returned> forms, LocalDate asOf,
                                       Predicate<ReturnRow> accepted, Progress progress,
                                       List<List<StatisticsOutcome>> outcomes) {
        Instant now = clock.instant();
        return store.database().inTransaction(c -> writer.underLock(c, tasksOf(forms), lock -> {
            // Checked only now, under the locks: a second import of the same form made at the same moment waits
            // for the first to commit and then finds its lines already recorded, instead of recording them twice.
            List<ReturnRow> rows = check(c, forms, asOf);
            outcomes.clear();
            outcomes.add(statistics.take(c, submissions(forms)));
            List<Unit> units = store.units().findAll(c);
            List<ReturnRow> recorded = rows.stream().filter(row -> row.kind() == ReturnRow.Kind.APPLY
                    || row.kind().isConflict() && accepted.test(row)).toList();
            for (int i = 0; i < recorded.size(); i++) {
                progress.step("work.step.recording", i + 1, recorded.size());
                ReturnRow row = recorded.get(i);
                ProgressFormReader.Returned form = forms.stream().filter(f -> f.file().equals(row.line().file()))
                        .findFirst().orElseThrow();
                // The update is the unit's word: it is recorded under the unit's name.
                String unit = units.stream().filter(u -> u.id() == form.unitId())
                        .map(Unit::name).findFirst().orElse(String.valueOf(form.unitId()));
                var d = row.draft();
                lock.insert(new ProgressUpdate(0, row.taskId(), d.date(), d.status(), d.effectivePercent(),
                        d.note(), d.evidence(), unit, now, null), form.planId(), AuditAction.PROGRESS_RECORDED, null);
            }
            progress.checkCancelled(); // the last moment a cancel rolls everything back
            return rows;
        }));
    }

    /** The figures of the forms that carry a statistics sheet, one submission each. */
    private static List<StatisticsSubmission> submissions(List<ProgressFormReader.Returned> forms) {
        return forms.stream().filter(ProgressFormReader.Returned::hasStatistics)
                .map(f -> new StatisticsSubmission(f.file(), 0, f.unitId(), f.period(), f.statistics())).toList();
    }

    /** The tasks the forms' lines name: the only ones a line can record on. */
    private static List<Long> tasksOf(List<ProgressFormReader.Returned> forms) {
        return forms.stream().flatMap(form -> form.lines().stream())
                .map(ProgressReturnCheck::taskIdOf).filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).toList();
    }

    private List<ReturnRow> check(java.sql.Connection c, List<ProgressFormReader.Returned> forms, LocalDate asOf)
            throws java.sql.SQLException {
        List<ReturnRow> rows = new ArrayList<>();
        for (ProgressFormReader.Returned form : forms) {
            Plan plan = store.plans().findById(c, form.planId())
                    .orElseThrow(() -> AppException.invalidInput("progressReturn.planGone", form.file()));
            ProgressReturnCheck check = new ProgressReturnCheck(store.tasks().findByPlan(c, plan.id()),
                    store.progress().findByPlan(c, plan.id()), plan.year(), asOf, LocalDate.now(clock));
            form.lines().forEach(line -> rows.add(check.check(line, form.unitId(), form.exportedAt())));
        }
        return rows;
    }

    private static List<ProgressFormReader.Returned> read(List<Path> files, Progress progress) {
        List<ProgressFormReader.Returned> forms = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            progress.step("work.step.returns", i + 1, files.size());
            Path file = files.get(i);
            try {
                forms.add(ProgressFormReader.read(file));
            } catch (ImportFileException e) {
                throw AppException.invalidInput("import.file." + e.reason().name(), String.valueOf(file.getFileName()), file.toString());
            }
        }
        return forms;
    }

    private static ProgressFormWriter.Words words(Messages messages) {
        List<String> headings = new ArrayList<>();
        for (String key : List.of("form.column.id", "form.column.code", "form.column.title", "form.column.deadline",
                "form.column.status", "form.column.percent", "form.column.completedOn", "form.column.note",
                "form.column.evidence")) {
            headings.add(messages.get(key));
        }
        List<String> statuses = List.of(messages.get("import.status.COMPLETED"), messages.get("import.status.IN_PROGRESS"),
                messages.get("import.status.NOT_STARTED"));
        return new ProgressFormWriter.Words(messages.get("form.title"), headings, statuses, messages.get("form.instructions"),
                List.of(messages.get("form.help.1"), messages.get("form.help.2"), messages.get("form.help.3"),
                        messages.get("form.help.4"), messages.get("form.help.5"), messages.get("statistics.form.help")),
                StatisticsService.words(messages));
    }
}

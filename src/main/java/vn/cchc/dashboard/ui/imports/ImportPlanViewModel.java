package vn.cchc.dashboard.ui.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.ImportRejectedException;
import vn.cchc.dashboard.app.ImportRequest;
import vn.cchc.dashboard.app.PlanImport;
import vn.cchc.dashboard.app.PlanImportService;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.ColumnMapping;
import vn.cchc.dashboard.domain.imports.DataDate;
import vn.cchc.dashboard.domain.imports.DataDateChoice;
import vn.cchc.dashboard.domain.imports.ImportField;
import vn.cchc.dashboard.domain.imports.ImportPreview;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.domain.imports.MergedDepartments;
import vn.cchc.dashboard.domain.imports.SourceRow;
import vn.cchc.dashboard.domain.imports.TableLayout;
import vn.cchc.dashboard.domain.imports.UnitChoice;
import vn.cchc.dashboard.i18n.DeadlineWording;
import vn.cchc.dashboard.i18n.ImportWording;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PlanWording;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.LongWork;
import vn.cchc.dashboard.work.Tracker;

/**
 * The import wizard: a file read into a dry run, the column mapping the user can correct (each change checks the
 * file again), the preview with its problems, and the import itself – all work through the background doorway.
 */
public final class ImportPlanViewModel {

    /** A column of the file: its heading, an example value, and the field it is imported as (null: not imported). */
    public static final class ColumnChoice {
        private final int column;
        private final String header;
        private final String sample;
        private final ObjectProperty<ImportField> field = new SimpleObjectProperty<>(this, "field");

        ColumnChoice(int column, String header, String sample, ImportField field) {
            this.column = column;
            this.header = header;
            this.sample = sample;
            this.field.set(field);
        }

        public String letter() {
            return SourceRow.columnName(column);
        }

        public String header() {
            return header;
        }

        public String sample() {
            return sample;
        }

        public ObjectProperty<ImportField> field() {
            return field;
        }
    }

    /** A task of the preview, its deadline as written next to the date it was read as. */
    public record TaskLine(String code, String title, String lead, String deadline, String due) {
    }

    /** A problem of the preview, placed and worded. */
    public record ProblemLine(String place, String value, String message, boolean error) {
    }

    /**
     * What a unit name can be matched to: an existing unit; a new unit under the written name ({@code unitId} and
     * {@code newName} null); or the new unit {@code newName} the import makes – a merged department's successor.
     */
    public record UnitOption(Long unitId, String label, String newName) {
    }

    /**
     * A lead unit name of the file, the tasks it leads, and the unit it is matched to – which the user can change; a
     * merged department's name shows its proposed successor and its state, "cần xác nhận" until the user answers.
     */
    public static final class UnitLine {
        private final String written;
        private final int tasks;
        private final ObjectProperty<UnitOption> match = new SimpleObjectProperty<>(this, "match");
        private final boolean awaitsConfirmation;
        private final String state;

        UnitLine(String written, int tasks, UnitOption match, boolean awaitsConfirmation, String state) {
            this.written = written;
            this.tasks = tasks;
            this.match.set(match);
            this.awaitsConfirmation = awaitsConfirmation;
            this.state = state;
        }

        /** True while the name is offered a successor the user has not confirmed: the import waits for it. */
        public boolean awaitsConfirmation() {
            return awaitsConfirmation;
        }

        /** "đề xuất: Sở Tài chính (sáp nhập năm 2025) — cần xác nhận", "đã xác nhận", or empty. */
        public String state() {
            return state;
        }

        public String written() {
            return written;
        }

        public int tasks() {
            return tasks;
        }

        /** The unit the name is matched to; null when it can lead no task as it stands. */
        public ObjectProperty<UnitOption> match() {
            return match;
        }
    }

    private final PlanImportService service;
    private final Background background;
    private final LongWork longWork;
    private final Messages messages;
    private final BiConsumer<Plan, String> onImported;
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final StringProperty year = new SimpleStringProperty(this, "year", "");
    private final ObjectProperty<PlanKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty importable = new SimpleBooleanProperty(this, "importable");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<TaskLine> tasks = FXCollections.observableArrayList();
    private final ObservableList<ProblemLine> problems = FXCollections.observableArrayList();
    private final ObservableList<UnitLine> units = FXCollections.observableArrayList();
    private final ObservableList<UnitOption> unitOptions = FXCollections.observableArrayList();
    private final StringProperty byArea = new SimpleStringProperty(this, "byArea", "");
    private final ObjectProperty<LocalDate> dataDate = new SimpleObjectProperty<>(this, "dataDate");
    private final StringProperty dataDateSource = new SimpleStringProperty(this, "dataDateSource", "");
    private final Map<String, UnitChoice> unitChoices = new LinkedHashMap<>();
    private TableLayout layout;
    private final DeadlineQuestions deadlines;
    private List<ImportProblem> lastProblems = List.of();
    private boolean filling;
    /** Counts the readings asked for: a result that comes back after another file was chosen is not shown. */
    private int reading;
    /** The data date the file's title names, as pre-filled in the field: sent as the user's word only when changed. */
    private LocalDate fileDataDate;

    /** @param onImported called with the plan and the sentence saying what was imported, once the import is done */
    public ImportPlanViewModel(PlanImportService service, Background background, Messages messages,
                               BiConsumer<Plan, String> onImported) {
        this.service = service;
        this.background = background;
        this.longWork = new LongWork(background);
        this.messages = messages;
        this.onImported = onImported;
        this.deadlines = new DeadlineQuestions(messages, this::check);
        // Another file is another preview: nothing of the last one stays on screen, least of all its import button.
        file.addListener((obs, old, now) -> startAfresh());
        // Another data date changes which rows can be dated and which completions come after it: check again.
        dataDate.addListener((obs, old, now) -> {
            if (!filling && layout != null) {
                check();
            }
        });
    }

    /** Reads the file afresh: its layout detected again, the mapping and the units proposed again. */
    public void read() {
        startAfresh();
        check();
    }

    private void startAfresh() {
        reading++;
        layout = null;
        unitChoices.clear();
        deadlines.clear();
        lastProblems = List.of();
        columns.clear();
        tasks.clear();
        problems.clear();
        units.clear();
        summary.set("");
        byArea.set("");
        message.set("");
        importable.set(false);
        busy.set(false);
        if (fileDataDate != null && fileDataDate.equals(dataDate.get())) {
            // The previous file's date, not the user's: the next file speaks for itself.
            filling = true;
            dataDate.set(null);
            filling = false;
        }
        fileDataDate = null;
        dataDateSource.set("");
    }

    /** Checks the file again with the mapping as the user set it. */
    private void check() {
        Path path = path();
        if (path == null) {
            return;
        }
        busy.set(true);
        message.set(messages.get("import.reading"));
        TableLayout asked = layout;
        int asking = ++reading;
        longWork.start(progress -> service.dryRun(path, request(asked), progress), result -> {
            if (asking == reading) {
                show(result);
            }
        }, failure -> {
            if (asking == reading) {
                fail(failure);
            }
        });
    }

    public void importNow() {
        Path path = path();
        if (path == null || !importable.get()) {
            return;
        }
        busy.set(true);
        TableLayout asked = layout;
        longWork.start(progress -> service.commit(path, request(asked), progress), done -> {
            busy.set(false);
            message.set(messages.format("import.imported", messages.formats().count(done.preview().tasks().size()),
                    done.plan().title()));
            importable.set(false);
            onImported.accept(done.plan(), message.get());
        }, failure -> {
            if (failure instanceof ImportRejectedException rejected) {
                busy.set(false);
                showPreview(rejected.preview(), null);
                message.set(blockedMessage(rejected.preview()));
            } else if (LongWork.cancelled(failure)) {
                // Rolled back: the preview still stands and can be imported again.
                busy.set(false);
                message.set(ErrorText.of(failure, messages));
            } else {
                fail(failure);
            }
        });
    }

    /** The reading or import running now, for the progress strip; null when none. */
    public ReadOnlyObjectProperty<Tracker> running() {
        return longWork.running();
    }

    /** A day typed that is no date ("31/02/2023"): said once, the day kept as it was. */
    public void dateInvalid(String typed) {
        message.set(messages.format("error.date.invalid", typed));
    }

    /** Writes the problems list to {@code target}, for whoever corrects the file. */
    public void exportProblems(Path target) {
        List<ImportProblem> list = lastProblems;
        background.run(() -> {
            service.exportProblems(list, target, messages);
            return target;
        }, written -> message.set(messages.format("import.problems.exported", written.getFileName())), this::fail);
    }

    private void show(PlanImport result) {
        busy.set(false);
        layout = result.layout();
        filling = true;
        columns.setAll(choices(result.layout()));
        filling = false;
        showPreview(result.preview(), result.planTitle());
        showUnits(result);
        byArea.set(areaCounts(result));
        message.set(result.preview().importable() ? "" : blockedMessage(result.preview()));
    }

    /**
     * Why the import cannot go ahead: deadlines still waiting for a meaning, or a refused or missing data date, each in
     * its own sentence since each is put right in this window rather than in the file; else the general request to
     * correct the file.
     */
    private String blockedMessage(ImportPreview preview) {
        if (deadlines.unanswered() > 0) {
            return messages.format("import.deadlines.waiting", messages.formats().count(deadlines.unanswered()));
        }
        return preview.problems().stream()
                .filter(DataDateChoice::refusesDataDate)
                .findFirst().map(p -> ImportWording.message(p, messages))
                .orElseGet(() -> messages.get("import.commit.blocked"));
    }

    /** The field shows the data date that applies: the file's, pre-filled, unless the user gave another. */
    private void showDataDate(DataDate applied) {
        if (applied != null && applied.source() == DataDate.Source.FILE) {
            fileDataDate = applied.date();
            filling = true;
            dataDate.set(applied.date());
            filling = false;
        }
        dataDateSource.set(applied == null ? "" : "(" + ImportWording.dataDateSource(applied, messages) + ")");
    }

    /** The names the file leads with, each matched as the check found it; a change of match checks again. */
    private void showUnits(PlanImport result) {
        UnitOption newUnit = new UnitOption(null, messages.get("import.units.new"), null);
        List<UnitOption> options = new ArrayList<>();
        options.add(newUnit);
        // A successor the import would create ("Sở Tài chính" in a database without it) is a unit the user can choose.
        result.preview().names().stream().filter(n -> n.unit() != null && n.unit().isNew()
                        && MergedDepartments.isSuccessor(n.unit().name())).map(n -> n.unit().name()).distinct()
                .forEach(name -> options.add(new UnitOption(null, messages.format("import.units.newNamed", name), name)));
        result.units().stream().sorted(Comparator.comparing(Unit::name, Text.vietnameseOrder()))
                .forEach(u -> options.add(new UnitOption(u.id(), u.name(), null)));
        filling = true;
        unitOptions.setAll(options);
        units.setAll(result.preview().names().stream().map(name -> {
            UnitOption matched = matched(name, options, newUnit);
            String state = name.mergerOffer() ? messages.format("import.units.offer", name.unit().name())
                    : name.chosen() ? messages.get("import.units.confirmed") : "";
            UnitLine line = new UnitLine(name.written(), name.tasks(), matched, name.mergerOffer(), state);
            line.match().addListener((obs, old, now) -> rematch(line.written(), now));
            return line;
        }).toList());
        filling = false;
    }

    private static UnitOption matched(ImportPreview.NameMatch name, List<UnitOption> options, UnitOption newUnit) {
        if (name.unit() == null) {
            return null;
        }
        if (name.unit().isNew()) {
            return options.stream().filter(o -> name.unit().name().equals(o.newName())).findFirst().orElse(newUnit);
        }
        return options.stream().filter(o -> name.unit().id().equals(o.unitId())).findFirst().orElse(null);
    }

    /** The user accepts the successor proposed for a merged department's name: its tasks go there, and the file is checked again. */
    public void confirm(UnitLine line) {
        UnitOption proposed = line.match().get();
        if (!line.awaitsConfirmation() || proposed == null) {
            return;
        }
        rematch(line.written(), proposed);
    }

    private void rematch(String written, UnitOption option) {
        if (filling || option == null) {
            return;
        }
        unitChoices.put(written, option.unitId() != null ? UnitChoice.existing(written, option.unitId())
                : option.newName() != null ? UnitChoice.named(written, option.newName()) : UnitChoice.newUnit(written));
        check();
    }

    /** "Cải cách thể chế 6 · Cải cách thủ tục hành chính 4", in the programme's order of areas. */
    private String areaCounts(PlanImport result) {
        List<String> parts = new ArrayList<>();
        result.preview().byArea().forEach((code, count) -> parts.add(result.areas().stream()
                .filter(a -> a.code().equals(code)).findFirst().map(a -> a.name(messages.language() == Language.EN)).orElse(code)
                + " " + messages.formats().count(count)));
        return parts.isEmpty() ? "" : messages.format("import.preview.byArea", String.join(" · ", parts));
    }

    private void showPreview(ImportPreview preview, String planTitle) {
        long errors = preview.errors();
        if (planTitle != null) {
            summary.set(messages.format("import.preview.summary", planTitle, messages.formats().count(preview.tasks().size()),
                    messages.formats().count(preview.progress()), messages.formats().count(preview.newUnits().size()),
                    messages.formats().count(errors), messages.formats().count(preview.problems().size() - errors)));
        }
        tasks.setAll(preview.tasks().stream().map(t -> new TaskLine(t.row().code(), t.row().title(), t.lead().name(),
                t.row().deadlineWritten(), t.row().due() == null ? "" : DeadlineWording.meaning(t.row().due(), messages)))
                .toList());
        deadlines.show(preview);
        lastProblems = preview.problems();
        showDataDate(preview.dataDate());
        problems.setAll(preview.problems().stream().map(p -> new ProblemLine(ImportWording.place(p, messages), p.value(),
                ImportWording.message(p, messages), p.isError())).toList());
        importable.set(preview.importable());
    }

    private List<ColumnChoice> choices(TableLayout found) {
        Map<Integer, String> samples = new TreeMap<>();
        for (SourceRow row : found.sample()) {
            for (int c = 0; c < row.cells().size(); c++) {
                if (!row.cell(c).isEmpty() && row.cell(c).length() > samples.getOrDefault(c, "").length() / 4) {
                    samples.putIfAbsent(c, row.cell(c).replace('\n', ' '));
                }
            }
        }
        List<ColumnChoice> list = new ArrayList<>();
        for (int c = 0; c < found.width(); c++) {
            ColumnChoice choice = new ColumnChoice(c, found.headers().getOrDefault(c, ""), samples.getOrDefault(c, ""),
                    found.mapping().field(c).orElse(null));
            int column = c;
            choice.field().addListener((obs, old, now) -> remap(column, now));
            list.add(choice);
        }
        return list;
    }

    /** One column's field changed: a field has one column, so another column holding it lets go; then check again. */
    private void remap(int column, ImportField field) {
        if (filling || layout == null) {
            return;
        }
        ColumnMapping mapping = layout.mapping().with(column, field);
        layout = layout.withMapping(mapping);
        filling = true;
        columns.forEach(c -> c.field().set(mapping.fields().get(c.column)));
        filling = false;
        check();
    }

    private void fail(Throwable failure) {
        busy.set(false);
        importable.set(false);
        message.set(ErrorText.of(failure, messages));
    }

    private ImportRequest request(TableLayout asked) {
        String typed = year.get() == null ? "" : year.get().strip();
        Integer chosen = typed.matches("\\d{4}") ? Integer.valueOf(typed) : null;
        LocalDate userDate = dataDate.get() == null || dataDate.get().equals(fileDataDate) ? null : dataDate.get();
        PlanKind planKind = kind.get();
        return new ImportRequest(asked, chosen, userDate,
                y -> PlanWording.defaultTitle(planKind == null ? PlanKind.LOCAL : planKind, y, messages),
                List.copyOf(unitChoices.values()), deadlines.answers(), planKind);
    }

    private Path path() {
        String text = file.get() == null ? "" : file.get().strip();
        return text.isEmpty() ? null : Path.of(text);
    }

    public StringProperty file() {
        return file;
    }

    /** The plan's year as typed; blank for the year the file's title names (else the current plan's). */
    public StringProperty year() {
        return year;
    }

    /**
     * Which of the year's plans receives the tasks – in a national store the provinces' or the ministries' – and the
     * kind of the plan the import creates; null for the year's only plan (a province's plan when the year has none).
     */
    public ObjectProperty<PlanKind> kind() {
        return kind;
    }

    public ReadOnlyStringProperty summary() {
        return summary;
    }

    public ReadOnlyStringProperty message() {
        return message;
    }

    public ReadOnlyBooleanProperty importable() {
        return importable;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObservableList<TaskLine> tasks() {
        return tasks;
    }

    /** The deadline texts the reader could not understand, with the meanings the user gives them. */
    public DeadlineQuestions deadlines() {
        return deadlines;
    }

    public ObservableList<ProblemLine> problems() {
        return problems;
    }

    /** The file's lead unit names with the units they are matched to; changing a match checks the file again. */
    public ObservableList<UnitLine> units() {
        return units;
    }

    /** What a name can be matched to: "new unit" first, then the units of the plan's year in Vietnamese order. */
    public ObservableList<UnitOption> unitOptions() {
        return unitOptions;
    }

    /** The tasks by reform area, in one sentence. */
    public ReadOnlyStringProperty byArea() {
        return byArea;
    }

    /**
     * The data date: the day a tracking workbook's figures stand on ("Số liệu tính đến ngày"), pre-filled with the
     * date its title names; a date the user sets wins over the file's, and checks the file again.
     */
    public ObjectProperty<LocalDate> dataDate() {
        return dataDate;
    }

    /** Where the data date that applies came from – "(theo dòng tiêu đề của tệp, hàng 2)", "(do bạn nhập)" – or blank. */
    public ReadOnlyStringProperty dataDateSource() {
        return dataDateSource;
    }

    /** The fields a column can be imported as, "not imported" (null) first. */
    public static List<ImportField> fieldChoices() {
        List<ImportField> list = new ArrayList<>();
        list.add(null);
        list.addAll(List.of(ImportField.values()));
        return list;
    }
}

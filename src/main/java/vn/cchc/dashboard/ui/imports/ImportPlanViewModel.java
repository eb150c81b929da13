package vn.cchc.dashboard.ui.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.ImportRequest;
import vn.cchc.dashboard.app.PlanImport;
import vn.cchc.dashboard.app.PlanImportService;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.domain.imports.ImportField;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.domain.imports.TableLayout;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PlanWording;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.work.Tracker;

/**
 * The import wizard: a file read into a dry run, the column mapping the user can correct (each change checks the
 * file again), the preview with its problems, and the import itself – all work through the background doorway.
 * This class holds the file and its readings, of which only the last asked is shown; each step the user can correct
 * is its own part ({@link MappingStep}, {@link UnitMatching}, {@link DeadlineQuestions}, {@link DataDateField}), each
 * checking the file again through {@link #check}; the preview in words is {@link PreviewLines}, the import itself
 * {@link ImportCommit}. The rows the dialog shows – {@link ColumnChoice}, {@link UnitLine} with its {@link UnitOption},
 * {@link TaskLine}, {@link ProblemLine} – are types of their own beside it.
 */
public final class ImportPlanViewModel {

    private final PlanImportService service;
    private final Background background;
    private final Messages messages;
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final StringProperty year = new SimpleStringProperty(this, "year", "");
    private final ObjectProperty<PlanKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final WizardStatus status;
    private final MappingStep mapping = new MappingStep(this::check);
    private final DeadlineQuestions deadlines;
    private final UnitMatching units;
    private final DataDateField dataDate;
    private final PreviewLines preview;
    private final ImportCommit commit;
    /** Counts the readings asked for: a result that comes back after another file was chosen is not shown. */
    private int reading;

    /** @param onImported called with the plan and the sentence saying what was imported, once the import is done */
    public ImportPlanViewModel(PlanImportService service, Background background, Messages messages,
                               BiConsumer<Plan, String> onImported) {
        this.service = service;
        this.background = background;
        this.messages = messages;
        this.status = new WizardStatus(background, messages);
        this.deadlines = new DeadlineQuestions(messages, this::check);
        this.units = new UnitMatching(messages, this::check);
        // Another data date changes which rows can be dated and which completions come after it: check again.
        this.dataDate = new DataDateField(messages, () -> {
            if (mapping.layout() != null) {
                check();
            }
        });
        this.preview = new PreviewLines(messages, deadlines, dataDate);
        this.commit = new ImportCommit(service, messages, status, preview, onImported);
        // Another file is another preview: nothing of the last one stays on screen, least of all its import button.
        file.addListener((obs, old, now) -> startAfresh());
    }

    /** Reads the file afresh: its layout detected again, the mapping and the units proposed again. */
    public void read() {
        startAfresh();
        check();
    }

    private void startAfresh() {
        reading++;
        mapping.clear();
        units.clear();
        deadlines.clear();
        preview.clear();
        status.say("");
        status.busy(false);
        dataDate.clear();
    }

    /** Checks the file again with the mapping, units, deadlines and data date as the user set them. */
    private void check() {
        Path path = path();
        if (path == null) {
            return;
        }
        status.busy(true);
        status.say(messages.get("import.reading"));
        // Read on the FX thread, where the fields live: the check runs on what the user set when they asked.
        ImportRequest request = request(mapping.layout());
        int asking = ++reading;
        status.work().start(progress -> service.dryRun(path, request, progress), result -> {
            if (asking == reading) {
                show(result);
            }
        }, failure -> {
            if (asking == reading) {
                fail(failure);
            }
        });
    }

    private void show(PlanImport result) {
        status.busy(false);
        mapping.show(result.layout());
        preview.show(result.preview(), result.planTitle());
        units.show(result);
        preview.showAreas(result);
        status.say(result.preview().importable() ? "" : preview.blockedMessage(result.preview()));
    }

    private void fail(Throwable failure) {
        status.fail(failure);
        preview.blockImport();
    }

    /** Imports the file as last checked, when its preview allows. */
    public void importNow() {
        Path path = path();
        if (path == null || !preview.importable().get()) {
            return;
        }
        commit.start(path, request(mapping.layout()));
    }

    /** Writes the problems list to {@code target}, for whoever corrects the file. */
    public void exportProblems(Path target) {
        List<ImportProblem> list = preview.lastProblems();
        background.run(() -> {
            service.exportProblems(list, target, messages);
            return target;
        }, written -> status.say(messages.format("import.problems.exported", written.getFileName())), this::fail);
    }

    /** The user accepts the successor proposed for a merged department's name: its tasks go there, and the file is checked again. */
    public void confirm(UnitLine line) {
        units.confirm(line);
    }

    /** A day typed that is no date ("31/02/2023"): said once, the day kept as it was. */
    public void dateInvalid(String typed) {
        status.dateInvalid(typed);
    }

    private ImportRequest request(TableLayout asked) {
        String typed = year.get() == null ? "" : year.get().strip();
        Integer chosen = typed.matches("\\d{4}") ? Integer.valueOf(typed) : null;
        PlanKind planKind = kind.get();
        return new ImportRequest(asked, chosen, dataDate.usersDate(),
                y -> PlanWording.defaultTitle(planKind == null ? PlanKind.LOCAL : planKind, y, messages),
                units.choices(), deadlines.answers(), planKind);
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

    /** The reading or import running now, for the progress strip; null when none. */
    public ReadOnlyObjectProperty<Tracker> running() {
        return status.running();
    }

    public ReadOnlyStringProperty message() {
        return status.message();
    }

    public ReadOnlyBooleanProperty busy() {
        return status.busy();
    }

    public ReadOnlyBooleanProperty importable() {
        return preview.importable();
    }

    public ReadOnlyStringProperty summary() {
        return preview.summary();
    }

    public ObservableList<TaskLine> tasks() {
        return preview.tasks();
    }

    public ObservableList<ProblemLine> problems() {
        return preview.problems();
    }

    /** The tasks by reform area, in one sentence. */
    public ReadOnlyStringProperty byArea() {
        return preview.byArea();
    }

    public ObservableList<ColumnChoice> columns() {
        return mapping.columns();
    }

    /** The fields a column can be imported as, "not imported" (null) first. */
    public static List<ImportField> fieldChoices() {
        return MappingStep.fieldChoices();
    }

    /** The deadline texts the reader could not understand, with the meanings the user gives them. */
    public DeadlineQuestions deadlines() {
        return deadlines;
    }

    /** The file's lead unit names with the units they are matched to; changing a match checks the file again. */
    public ObservableList<UnitLine> units() {
        return units.units();
    }

    /** What a name can be matched to: "new unit" first, then the units of the plan's year in Vietnamese order. */
    public ObservableList<UnitOption> unitOptions() {
        return units.options();
    }

    /**
     * The data date: the day a tracking workbook's figures stand on ("Số liệu tính đến ngày"), pre-filled with the
     * date its title names; a date the user sets wins over the file's, and checks the file again.
     */
    public ObjectProperty<LocalDate> dataDate() {
        return dataDate.date();
    }

    /** Where the data date that applies came from – "(theo dòng tiêu đề của tệp, hàng 2)", "(do bạn nhập)" – or blank. */
    public ReadOnlyStringProperty dataDateSource() {
        return dataDate.source();
    }
}

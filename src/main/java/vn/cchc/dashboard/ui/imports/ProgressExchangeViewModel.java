package vn.cchc.dashboard.ui.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.ProgressExchangeService;
import vn.cchc.dashboard.app.statistics.StatisticsWording;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.ReturnRow;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.LongWork;
import vn.cchc.dashboard.work.Tracker;

/**
 * "Trao đổi tiến độ với đơn vị": a "phiếu cập nhật tiến độ" for each chosen unit written into a folder, and the
 * returned forms checked line by line – clean lines recorded, conflicts recorded only where the user ticks them,
 * unusable lines never. Everything runs through the background doorway.
 */
public final class ProgressExchangeViewModel {

    /** A unit that leads tasks of the plan, ticked when it gets a form. */
    public static final class UnitRow {
        private final Unit unit;
        private final int tasks;
        private final BooleanProperty chosen = new SimpleBooleanProperty(this, "chosen", true);

        UnitRow(Unit unit, int tasks) {
            this.unit = unit;
            this.tasks = tasks;
        }

        public String name() {
            return unit.name();
        }

        public int tasks() {
            return tasks;
        }

        public BooleanProperty chosen() {
            return chosen;
        }
    }

    /** A line of a returned form, what checking it found, and – for a conflict – whether the user accepts it. */
    public static final class ReturnLine {
        private final ReturnRow row;
        private final String verdict;
        private final String message;
        private final BooleanProperty accepted = new SimpleBooleanProperty(this, "accepted");

        ReturnLine(ReturnRow row, String verdict, String message) {
            this.row = row;
            this.verdict = verdict;
            this.message = message;
        }

        /** "phieu-tien-do-so-tu-phap-2026.xlsx:7" */
        public String place() {
            return row.line().ref();
        }

        public String code() {
            return row.line().code();
        }

        public String title() {
            return row.line().title();
        }

        public String verdict() {
            return verdict;
        }

        public String message() {
            return message;
        }

        public boolean conflict() {
            return row.kind().isConflict();
        }

        public boolean rejected() {
            return row.kind() == ReturnRow.Kind.REJECTED;
        }

        /** Only a conflict can be accepted; a clean line is recorded anyway, an unusable one never. */
        public BooleanProperty accepted() {
            return accepted;
        }
    }

    private static final List<ReturnRow.Kind> ORDER = List.of(ReturnRow.Kind.NEWER_UPDATE, ReturnRow.Kind.OTHER_UNIT,
            ReturnRow.Kind.IDENTITY_EDITED, ReturnRow.Kind.REJECTED, ReturnRow.Kind.APPLY, ReturnRow.Kind.UNCHANGED);

    private final ProgressExchangeService service;
    private final Background background;
    private final LongWork longWork;
    private final Messages messages;
    private final Plan plan;
    private final Runnable onRecorded;
    private final ObservableList<UnitRow> units = FXCollections.observableArrayList();
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<ReturnLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final IntegerProperty toRecord = new SimpleIntegerProperty(this, "toRecord");
    /** The forms whose statistics would be recorded (new or changed figures), and what would become of each. */
    private final IntegerProperty figuresToRecord = new SimpleIntegerProperty(this, "figuresToRecord");
    private List<String> figureLines = List.of();

    /**
     * @param plan       the plan whose tasks the forms list
     * @param today      the day returned progress is recorded on where a line gives none, until the user changes it
     * @param onRecorded called once updates have been recorded, so that the screens show them
     */
    public ProgressExchangeViewModel(ProgressExchangeService service, Background background, Messages messages,
                                     Plan plan, LocalDate today, Runnable onRecorded) {
        this.service = service;
        this.background = background;
        this.longWork = new LongWork(background);
        this.messages = messages;
        this.plan = plan;
        this.onRecorded = onRecorded;
        this.asOf.set(today);
    }

    public String planTitle() {
        return plan.title();
    }

    /** Reads the units that lead the plan's tasks; all of them ticked. */
    public void load() {
        busy.set(true);
        background.run(() -> service.formUnits(plan), found -> {
            busy.set(false);
            units.setAll(found.stream().map(f -> new UnitRow(f.unit(), f.tasks())).toList());
        }, this::fail);
    }

    public void chooseAll(boolean chosen) {
        units.forEach(u -> u.chosen().set(chosen));
    }

    /** Writes a form for each ticked unit into {@code folder}. */
    public void exportForms(Path folder) {
        List<Unit> chosen = units.stream().filter(u -> u.chosen().get()).map(u -> u.unit).toList();
        if (chosen.isEmpty()) {
            message.set(messages.get("exchange.send.noneChosen"));
            return;
        }
        busy.set(true);
        message.set(messages.get("exchange.send.writing"));
        longWork.start(progress -> service.exportForms(plan, chosen, folder, messages, progress), written -> {
            busy.set(false);
            message.set(messages.format("exchange.send.done", messages.formats().count(written.size()), folder));
        }, failure -> fail(failure, "exchange.send.cancelled"));
    }

    /** Adds returned forms to those being checked, and checks them all again. */
    public void addFiles(List<Path> chosen) {
        chosen.stream().filter(f -> !files.contains(f)).forEach(files::add);
        check();
    }

    public void clearFiles() {
        files.clear();
        lines.clear();
        summary.set("");
        toRecord.set(0);
        figuresToRecord.set(0);
        figureLines = List.of();
    }

    /** Checks the forms again, e.g. after the day to record on changed. Writes nothing. */
    public void check() {
        if (files.isEmpty()) {
            return;
        }
        busy.set(true);
        message.set(messages.get("exchange.receive.checking"));
        List<Path> checked = List.copyOf(files);
        LocalDate day = asOf.get();
        longWork.start(progress -> service.checkAll(checked, day, progress), result -> {
            List<ReturnRow> rows = result.rows();
            busy.set(false);
            message.set("");
            figuresToRecord.set((int) result.figuresToRecord());
            figureLines = result.figures().stream().map(o -> StatisticsWording.planned(o, messages)).toList();
            // What waits for the user's word first, then what cannot be used, then what will simply be recorded.
            lines.setAll(rows.stream().sorted(Comparator.comparingInt(r -> ORDER.indexOf(r.kind()))).map(this::line).toList());
            lines.forEach(l -> l.accepted().addListener((obs, was, now) -> showSummary()));
            showSummary();
        }, failure -> {
            // Lines checked earlier no longer match the files chosen: the tab starts again rather than record
            // forms nobody saw checked.
            if (LongWork.cancelled(failure)) {
                clearFiles();
            }
            fail(failure, "exchange.receive.checkCancelled");
        });
    }

    public void acceptAllConflicts() {
        lines.stream().filter(ReturnLine::conflict).forEach(l -> l.accepted().set(true));
    }

    /** Records the clean lines and the accepted conflicts, in one transaction; then the forms are done with. */
    public void record() {
        if (toRecord.get() == 0 && figuresToRecord.get() == 0) {
            return;
        }
        Set<String> accepted = lines.stream().filter(l -> l.conflict() && l.accepted().get()).map(ReturnLine::place)
                .collect(Collectors.toSet());
        List<Path> recorded = List.copyOf(files);
        LocalDate day = asOf.get();
        int expected = toRecord.get();
        busy.set(true);
        List<String> figures = new java.util.concurrent.CopyOnWriteArrayList<>();
        longWork.start(progress -> service.apply(recorded, day, row -> accepted.contains(row.line().ref()), progress,
                outcomes -> outcomes.forEach(o -> figures.add(StatisticsWording.outcome(o, messages)))), rows -> {
            busy.set(false);
            long written = rows.stream().filter(r -> r.kind() == ReturnRow.Kind.APPLY
                    || r.kind().isConflict() && accepted.contains(r.line().ref())).count();
            clearFiles();
            // The lines are checked again when recorded; what changed since the user looked (the same form just
            // imported on another computer, most often) is not recorded, and the user must hear that.
            List<String> said = new ArrayList<>();
            if (expected > 0 || written > 0) {
                said.add(written < expected
                        ? messages.format("exchange.receive.recordedChangedMeanwhile", messages.formats().count(written),
                                messages.formats().count(expected - written))
                        : messages.format("exchange.receive.recorded", messages.formats().count(written)));
            }
            // What became of each form's statistics, one sentence each, after the progress.
            said.addAll(figures);
            message.set(String.join("\n", said));
            onRecorded.run();
        }, failure -> fail(failure, "work.cancelled"));
    }

    /** A day typed that is no date: said once, the day kept as it was. */
    public void dateInvalid(String typed) {
        message.set(messages.format("error.date.invalid", typed));
    }

    private ReturnLine line(ReturnRow row) {
        return new ReturnLine(row, messages.get("progressReturn.kind." + row.kind().name()),
                messages.format(row.messageKey(), row.args().toArray()));
    }

    private void showSummary() {
        long applied = count(ReturnRow.Kind.APPLY);
        long accepted = lines.stream().filter(l -> l.conflict() && l.accepted().get()).count();
        long waiting = lines.stream().filter(l -> l.conflict() && !l.accepted().get()).count();
        summary.set(messages.format("exchange.receive.summary", messages.formats().count(files.size()),
                messages.formats().count(applied + accepted), messages.formats().count(count(ReturnRow.Kind.UNCHANGED)),
                messages.formats().count(waiting), messages.formats().count(lines.stream().filter(ReturnLine::rejected).count())));
        toRecord.set((int) (applied + accepted));
        if (!figureLines.isEmpty()) {
            summary.set(summary.get() + "\n" + String.join("\n", figureLines));
        }
    }

    private long count(ReturnRow.Kind kind) {
        return lines.stream().filter(l -> l.row.kind() == kind).count();
    }

    private void fail(Throwable failure) {
        busy.set(false);
        message.set(ErrorText.of(failure, messages));
    }

    /** A failure, or – told as such, not as a failure – a cancel, said by {@code cancelledKey}. */
    private void fail(Throwable failure, String cancelledKey) {
        busy.set(false);
        message.set(LongWork.cancelled(failure) ? messages.get(cancelledKey) : ErrorText.of(failure, messages));
    }

    public ObservableList<UnitRow> units() {
        return units;
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ObservableList<ReturnLine> lines() {
        return lines;
    }

    /** The day returned progress is recorded on where a line gives no completion date. */
    public ObjectProperty<LocalDate> asOf() {
        return asOf;
    }

    public ReadOnlyStringProperty summary() {
        return summary;
    }

    public ReadOnlyStringProperty message() {
        return message;
    }

    /** The sending, checking or recording running now, for the progress strip; null when none. */
    public ReadOnlyObjectProperty<Tracker> running() {
        return longWork.running();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy;
    }

    /** How many updates {@link #record} would write: the clean lines and the accepted conflicts. */
    public ReadOnlyIntegerProperty toRecord() {
        return toRecord;
    }

    /** The checked forms whose statistics would be recorded: a form with figures and no new progress is still worth it. */
    public ReadOnlyIntegerProperty figuresToRecord() {
        return figuresToRecord;
    }
}

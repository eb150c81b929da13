package vn.cchc.dashboard.ui.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.ProgressExchangeService;
import vn.cchc.dashboard.app.statistics.StatisticsWording;
import vn.cchc.dashboard.domain.imports.ReturnRow;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.LongWork;
import vn.cchc.dashboard.ui.imports.ProgressExchangeViewModel.ReturnLine;

/**
 * The receiving half of the progress exchange: the returned forms chosen, checked line by line without writing, and
 * recorded – clean lines always, conflicts only where the user ticks them, unusable lines never – with the
 * statistics the forms carry. The check is shown as the lines that wait for the user's word first, and a summary.
 */
final class ReturnedForms {

    private static final List<ReturnRow.Kind> ORDER = List.of(ReturnRow.Kind.NEWER_UPDATE, ReturnRow.Kind.OTHER_UNIT,
            ReturnRow.Kind.IDENTITY_EDITED, ReturnRow.Kind.REJECTED, ReturnRow.Kind.APPLY, ReturnRow.Kind.UNCHANGED);

    private final ProgressExchangeService service;
    private final Messages messages;
    private final WizardStatus status;
    private final Runnable onRecorded;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<ReturnLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final IntegerProperty toRecord = new SimpleIntegerProperty(this, "toRecord");
    /** The forms whose statistics would be recorded (new or changed figures), and what would become of each. */
    private final IntegerProperty figuresToRecord = new SimpleIntegerProperty(this, "figuresToRecord");
    private List<String> figureLines = List.of();

    /**
     * @param today      the day returned progress is recorded on where a line gives none, until the user changes it
     * @param onRecorded called once updates have been recorded, so that the screens show them
     */
    ReturnedForms(ProgressExchangeService service, Messages messages, WizardStatus status, LocalDate today,
                  Runnable onRecorded) {
        this.service = service;
        this.messages = messages;
        this.status = status;
        this.onRecorded = onRecorded;
        this.asOf.set(today);
    }

    /** Adds returned forms to those being checked, and checks them all again. */
    void addFiles(List<Path> chosen) {
        chosen.stream().filter(f -> !files.contains(f)).forEach(files::add);
        check();
    }

    void clearFiles() {
        files.clear();
        lines.clear();
        summary.set("");
        toRecord.set(0);
        figuresToRecord.set(0);
        figureLines = List.of();
    }

    /** Checks the forms again, e.g. after the day to record on changed. Writes nothing. */
    void check() {
        if (files.isEmpty()) {
            return;
        }
        status.busy(true);
        status.say(messages.get("exchange.receive.checking"));
        List<Path> checked = List.copyOf(files);
        LocalDate day = asOf.get();
        status.work().start(progress -> service.checkAll(checked, day, progress), result -> {
            List<ReturnRow> rows = result.rows();
            status.busy(false);
            status.say("");
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
            status.fail(failure, "exchange.receive.checkCancelled");
        });
    }

    void acceptAllConflicts() {
        lines.stream().filter(ReturnLine::conflict).forEach(l -> l.accepted().set(true));
    }

    /** Records the clean lines and the accepted conflicts, in one transaction; then the forms are done with. */
    void record() {
        if (toRecord.get() == 0 && figuresToRecord.get() == 0) {
            return;
        }
        Set<String> accepted = lines.stream().filter(l -> l.conflict() && l.accepted().get()).map(ReturnLine::place)
                .collect(Collectors.toSet());
        List<Path> recorded = List.copyOf(files);
        LocalDate day = asOf.get();
        int expected = toRecord.get();
        status.busy(true);
        List<String> figures = new CopyOnWriteArrayList<>();
        status.work().start(progress -> service.apply(recorded, day, row -> accepted.contains(row.line().ref()), progress,
                outcomes -> outcomes.forEach(o -> figures.add(StatisticsWording.outcome(o, messages)))), rows -> {
            status.busy(false);
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
            status.say(String.join("\n", said));
            onRecorded.run();
        }, failure -> status.fail(failure, "work.cancelled"));
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
        return lines.stream().filter(l -> l.kind() == kind).count();
    }

    ObservableList<Path> files() {
        return files;
    }

    ObservableList<ReturnLine> lines() {
        return lines;
    }

    ObjectProperty<LocalDate> asOf() {
        return asOf;
    }

    ReadOnlyStringProperty summary() {
        return summary;
    }

    ReadOnlyIntegerProperty toRecord() {
        return toRecord;
    }

    ReadOnlyIntegerProperty figuresToRecord() {
        return figuresToRecord;
    }
}

package vn.cchc.dashboard.ui.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.ProgressExchangeService;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.ReturnRow;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.work.Tracker;

/**
 * "Trao đổi tiến độ với đơn vị": a "phiếu cập nhật tiến độ" for each chosen unit written into a folder, and the
 * returned forms checked line by line – clean lines recorded, conflicts recorded only where the user ticks them,
 * unusable lines never. Everything runs through the background doorway. This class sends the forms; the returned
 * ones are {@link ReturnedForms}'; the rows the dialog shows are declared here, where the dialog names them.
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

        ReturnRow.Kind kind() {
            return row.kind();
        }

        /** Only a conflict can be accepted; a clean line is recorded anyway, an unusable one never. */
        public BooleanProperty accepted() {
            return accepted;
        }
    }

    private final ProgressExchangeService service;
    private final Background background;
    private final Messages messages;
    private final Plan plan;
    private final WizardStatus status;
    private final ReturnedForms returned;
    private final ObservableList<UnitRow> units = FXCollections.observableArrayList();

    /**
     * @param plan       the plan whose tasks the forms list
     * @param today      the day returned progress is recorded on where a line gives none, until the user changes it
     * @param onRecorded called once updates have been recorded, so that the screens show them
     */
    public ProgressExchangeViewModel(ProgressExchangeService service, Background background, Messages messages,
                                     Plan plan, LocalDate today, Runnable onRecorded) {
        this.service = service;
        this.background = background;
        this.messages = messages;
        this.plan = plan;
        this.status = new WizardStatus(background, messages);
        this.returned = new ReturnedForms(service, messages, status, today, onRecorded);
    }

    public String planTitle() {
        return plan.title();
    }

    /** Reads the units that lead the plan's tasks; all of them ticked. */
    public void load() {
        status.busy(true);
        background.run(() -> service.formUnits(plan), found -> {
            status.busy(false);
            units.setAll(found.stream().map(f -> new UnitRow(f.unit(), f.tasks())).toList());
        }, status::fail);
    }

    public void chooseAll(boolean chosen) {
        units.forEach(u -> u.chosen().set(chosen));
    }

    /** Writes a form for each ticked unit into {@code folder}. */
    public void exportForms(Path folder) {
        List<Unit> chosen = units.stream().filter(u -> u.chosen().get()).map(u -> u.unit).toList();
        if (chosen.isEmpty()) {
            status.say(messages.get("exchange.send.noneChosen"));
            return;
        }
        status.busy(true);
        status.say(messages.get("exchange.send.writing"));
        status.work().start(progress -> service.exportForms(plan, chosen, folder, messages, progress), written -> {
            status.busy(false);
            status.say(messages.format("exchange.send.done", messages.formats().count(written.size()), folder));
        }, failure -> status.fail(failure, "exchange.send.cancelled"));
    }

    /** Adds returned forms to those being checked, and checks them all again. */
    public void addFiles(List<Path> chosen) {
        returned.addFiles(chosen);
    }

    public void clearFiles() {
        returned.clearFiles();
    }

    /** Checks the forms again, e.g. after the day to record on changed. Writes nothing. */
    public void check() {
        returned.check();
    }

    public void acceptAllConflicts() {
        returned.acceptAllConflicts();
    }

    /** Records the clean lines and the accepted conflicts, in one transaction; then the forms are done with. */
    public void record() {
        returned.record();
    }

    /** A day typed that is no date: said once, the day kept as it was. */
    public void dateInvalid(String typed) {
        status.dateInvalid(typed);
    }

    public ObservableList<UnitRow> units() {
        return units;
    }

    public ObservableList<Path> files() {
        return returned.files();
    }

    public ObservableList<ReturnLine> lines() {
        return returned.lines();
    }

    /** The day returned progress is recorded on where a line gives no completion date. */
    public ObjectProperty<LocalDate> asOf() {
        return returned.asOf();
    }

    public ReadOnlyStringProperty summary() {
        return returned.summary();
    }

    public ReadOnlyStringProperty message() {
        return status.message();
    }

    /** The sending, checking or recording running now, for the progress strip; null when none. */
    public ReadOnlyObjectProperty<Tracker> running() {
        return status.running();
    }

    public ReadOnlyBooleanProperty busy() {
        return status.busy();
    }

    /** How many updates {@link #record} would write: the clean lines and the accepted conflicts. */
    public ReadOnlyIntegerProperty toRecord() {
        return returned.toRecord();
    }

    /** The checked forms whose statistics would be recorded: a form with figures and no new progress is still worth it. */
    public ReadOnlyIntegerProperty figuresToRecord() {
        return returned.figuresToRecord();
    }
}

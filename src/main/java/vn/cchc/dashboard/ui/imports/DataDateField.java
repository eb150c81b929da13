package vn.cchc.dashboard.ui.imports;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchc.dashboard.domain.imports.DataDate;
import vn.cchc.dashboard.i18n.ImportWording;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The import wizard's data date: the day a tracking workbook's figures stand on. The field is pre-filled with the date
 * the file's title names, and only a date the user sets is the user's word – so it must tell the two apart, and drop
 * the file's date when another file is chosen.
 */
final class DataDateField {

    private final Messages messages;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "dataDate");
    private final StringProperty source = new SimpleStringProperty(this, "dataDateSource", "");
    /** The data date the file's title names, as pre-filled in the field: sent as the user's word only when changed. */
    private LocalDate fileDate;
    private boolean filling;

    /** @param changedByUser called when the user sets another date (not when the field is filled) */
    DataDateField(Messages messages, Runnable changedByUser) {
        this.messages = messages;
        date.addListener((obs, old, now) -> {
            if (!filling) {
                changedByUser.run();
            }
        });
    }

    /** The field shows the data date that applies: the file's, pre-filled, unless the user gave another. */
    void show(DataDate applied) {
        if (applied != null && applied.source() == DataDate.Source.FILE) {
            fileDate = applied.date();
            fill(applied.date());
        }
        source.set(applied == null ? "" : "(" + ImportWording.dataDateSource(applied, messages) + ")");
    }

    /** Another file: the previous file's date goes, a date the user typed stays. */
    void clear() {
        if (fileDate != null && fileDate.equals(date.get())) {
            // The previous file's date, not the user's: the next file speaks for itself.
            fill(null);
        }
        fileDate = null;
        source.set("");
    }

    /** The date the user set, or null when the field is empty or still shows the file's. */
    LocalDate usersDate() {
        return date.get() == null || date.get().equals(fileDate) ? null : date.get();
    }

    private void fill(LocalDate day) {
        filling = true;
        date.set(day);
        filling = false;
    }

    ObjectProperty<LocalDate> date() {
        return date;
    }

    ReadOnlyStringProperty source() {
        return source;
    }
}

package vn.cchc.dashboard.ui.imports;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A lead unit name of the file, the tasks it leads, and the unit it is matched to – which the user can change; a
 * merged department's name shows its proposed successor and its state, "cần xác nhận" until the user answers.
 */
public final class UnitLine {
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

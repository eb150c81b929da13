package vn.cchc.dashboard.ui.settings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.app.DataEncryption;

/**
 * Turning encryption on (the new passphrase twice), changing the passphrase (the current one, the new one twice)
 * or turning it off (the current one). Checked here before anything runs; the conversion itself is the window's.
 */
public final class EncryptionFormViewModel {

    /** What the form does. */
    public enum Mode { ENABLE, CHANGE, DISABLE }

    private final Mode mode;
    private final Messages messages;
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final StringProperty next = new SimpleStringProperty(this, "next", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public EncryptionFormViewModel(Mode mode, Messages messages) {
        this.mode = mode;
        this.messages = messages;
    }

    public Mode mode() {
        return mode;
    }

    /** Whether the current passphrase is asked (to change or remove encryption, not to turn it on). */
    public boolean asksCurrent() {
        return mode != Mode.ENABLE;
    }

    /** Whether a new passphrase is asked, twice. */
    public boolean asksNew() {
        return mode != Mode.DISABLE;
    }

    public StringProperty current() {
        return current;
    }

    public StringProperty next() {
        return next;
    }

    public StringProperty repeat() {
        return repeat;
    }

    /** The first thing wrong with what was typed, in a sentence; blank when it can go ahead. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** Checks what was typed; true when the change can run, else {@link #problem()} says why not. */
    public boolean check() {
        String found = "";
        if (asksCurrent() && current.get().isEmpty()) {
            found = messages.get("error.encryption.current");
        } else if (asksNew() && next.get().length() < DataEncryption.MIN_PASSPHRASE_LENGTH) {
            found = messages.format("error.encryption.short", DataEncryption.MIN_PASSPHRASE_LENGTH);
        } else if (asksNew() && !next.get().equals(repeat.get())) {
            found = messages.get("error.encryption.mismatch");
        }
        problem.set(found);
        return found.isEmpty();
    }

    /** The current passphrase typed (empty when not asked). */
    public char[] currentPassphrase() {
        return current.get().toCharArray();
    }

    /** The new passphrase typed (empty when not asked). */
    public char[] newPassphrase() {
        return next.get().toCharArray();
    }

    /** The sentence shown once it is done ("Đã mã hoá dữ liệu (…)"), with what the data holds. */
    public String doneKey() {
        return switch (mode) {
            case ENABLE -> "encryption.enabled";
            case CHANGE -> "encryption.changed";
            case DISABLE -> "encryption.disabled";
        };
    }
}

package vn.cchc.dashboard.ui.imports;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.LongWork;
import vn.cchc.dashboard.work.Tracker;

/**
 * What a window of this package tells the user while it works with files: whether it is busy, its one line of
 * feedback, and the long work running now (for the progress strip). The import wizard and the progress exchange
 * say a failure, a cancel and a mistyped day alike, so they say it here.
 */
final class WizardStatus {

    private final Messages messages;
    private final LongWork work;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    WizardStatus(Background background, Messages messages) {
        this.messages = messages;
        this.work = new LongWork(background);
    }

    /** The doorway for work the user may watch and cancel. */
    LongWork work() {
        return work;
    }

    void busy(boolean now) {
        busy.set(now);
    }

    void say(String sentence) {
        message.set(sentence);
    }

    /** Work went wrong: no longer busy, and the user hears why. */
    void fail(Throwable failure) {
        busy.set(false);
        message.set(ErrorText.of(failure, messages));
    }

    /** A failure, or – told as such, not as a failure – a cancel, said by {@code cancelledKey}. */
    void fail(Throwable failure, String cancelledKey) {
        busy.set(false);
        message.set(LongWork.cancelled(failure) ? messages.get(cancelledKey) : ErrorText.of(failure, messages));
    }

    /** A day typed that is no date ("31/02/2023"): said once, the day kept as it was. */
    void dateInvalid(String typed) {
        message.set(messages.format("error.date.invalid", typed));
    }

    ReadOnlyBooleanProperty busy() {
        return busy;
    }

    ReadOnlyStringProperty message() {
        return message;
    }

    /** The work running now; null when none. */
    ReadOnlyObjectProperty<Tracker> running() {
        return work.running();
    }
}

package vn.cchc.dashboard.ui.reports;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.ReportSettings;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;

/**
 * The report settings as a form (province, parent and issuing bodies, signer, recipients), remembered in the
 * user's settings file; saved off the FX thread. Multi-line fields take one line per signer line or recipient.
 */
public final class ReportSettingsForm {

    private final AppSettings settings;
    private final Background background;
    private final Messages messages;
    private final StringProperty province = new SimpleStringProperty(this, "province", "");
    private final StringProperty parentBody = new SimpleStringProperty(this, "parentBody", "");
    private final StringProperty issuingBody = new SimpleStringProperty(this, "issuingBody", "");
    private final StringProperty signer = new SimpleStringProperty(this, "signer", "");
    private final StringProperty recipients = new SimpleStringProperty(this, "recipients", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final List<Runnable> onSaved = new ArrayList<>();

    /** @param current the settings as read from the file (read off the FX thread by whoever builds the form) */
    public ReportSettingsForm(AppSettings settings, ReportSettings current, Background background, Messages messages) {
        this.settings = settings;
        this.background = background;
        this.messages = messages;
        province.set(current.provinceName());
        parentBody.set(current.parentBody());
        issuingBody.set(current.issuingBody());
        signer.set(String.join("\n", current.signerTitle()));
        recipients.set(String.join("\n", current.recipients()));
    }

    void onSaved(Runnable action) {
        onSaved.add(action);
    }

    public ReportSettings value() {
        return new ReportSettings(province.get(), parentBody.get(), issuingBody.get(), lines(signer.get()),
                lines(recipients.get()));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\\R"));
    }

    /** Remembers the form in the settings file, then tells the preview to follow it. */
    public void save() {
        ReportSettings value = value();
        background.run(() -> {
            settings.setReportSettings(value);
            settings.save();
            return value;
        }, saved -> {
            feedback.set(messages.get("reports.settings.saved"));
            onSaved.forEach(Runnable::run);
        }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    public StringProperty province() {
        return province;
    }

    public StringProperty parentBody() {
        return parentBody;
    }

    public StringProperty issuingBody() {
        return issuingBody;
    }

    public StringProperty signer() {
        return signer;
    }

    public StringProperty recipients() {
        return recipients;
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }
}

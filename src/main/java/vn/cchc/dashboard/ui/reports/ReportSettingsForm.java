package vn.cchc.dashboard.ui.reports;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.IssuerWording;
import vn.cchc.dashboard.report.ReportIssuer;
import vn.cchc.dashboard.report.ReportSettings;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;

/**
 * The report settings as a form (issuer, province, parent and issuing bodies, addressee, signer, recipients),
 * remembered in the user's settings file; saved off the FX thread. Multi-line fields take one line per signer line
 * or recipient. The signer and the recipients show the issuer's usual wording, follow the issuer when it changes
 * (unless the office rewrote them), and are saved blank while they are the usual wording, so that the document
 * takes that wording in its own language.
 */
public final class ReportSettingsForm {

    private final AppSettings settings;
    private final Background background;
    private final Messages messages;
    private final ObjectProperty<ReportIssuer> issuer =
            new SimpleObjectProperty<>(this, "issuer", ReportIssuer.PEOPLES_COMMITTEE);
    private final StringProperty province = new SimpleStringProperty(this, "province", "");
    private final StringProperty parentBody = new SimpleStringProperty(this, "parentBody", "");
    private final StringProperty issuingBody = new SimpleStringProperty(this, "issuingBody", "");
    private final StringProperty signer = new SimpleStringProperty(this, "signer", "");
    private final StringProperty recipients = new SimpleStringProperty(this, "recipients", "");
    private final StringProperty addressee = new SimpleStringProperty(this, "addressee", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final List<Runnable> onSaved = new ArrayList<>();

    /** @param current the settings as read from the file (read off the FX thread by whoever builds the form) */
    public ReportSettingsForm(AppSettings settings, ReportSettings current, Background background, Messages messages) {
        this.settings = settings;
        this.background = background;
        this.messages = messages;
        ReportIssuer chosen = current.issuer();
        issuer.set(chosen);
        province.set(current.provinceName());
        parentBody.set(current.parentBody());
        issuingBody.set(usualIssuingBody(chosen).equals(current.issuingBody()) ? "" : current.issuingBody());
        signer.set(String.join("\n", current.signerTitle().isEmpty() ? usualSigner(chosen) : current.signerTitle()));
        recipients.set(String.join("\n", current.recipients().isEmpty() ? usualRecipients(chosen)
                : current.recipients()));
        addressee.set(current.addressee());
        issuer.addListener((obs, old, now) -> follow(old, now));
    }

    /** Wording that was {@code old}'s usual one becomes {@code now}'s; the office's own wording stays. */
    private void follow(ReportIssuer old, ReportIssuer now) {
        if (old == null || now == null) {
            return;
        }
        if (usualIssuingBody(old).equals(issuingBody.get().strip())) {
            issuingBody.set("");
        }
        if (lines(signer.get()).equals(usualSigner(old)) || lines(signer.get()).isEmpty()) {
            signer.set(String.join("\n", usualSigner(now)));
        }
        if (lines(recipients.get()).equals(usualRecipients(old)) || lines(recipients.get()).isEmpty()) {
            recipients.set(String.join("\n", usualRecipients(now)));
        }
    }

    private String usualIssuingBody(ReportIssuer of) {
        return IssuerWording.usualIssuingBody(of, province.get(), messages);
    }

    private List<String> usualSigner(ReportIssuer of) {
        return IssuerWording.usualSigner(of, messages);
    }

    private List<String> usualRecipients(ReportIssuer of) {
        return IssuerWording.usualRecipients(of, messages);
    }

    void onSaved(Runnable action) {
        onSaved.add(action);
    }

    public ReportSettings value() {
        ReportIssuer chosen = issuer.get();
        List<String> signerLines = lines(signer.get());
        List<String> recipientLines = lines(recipients.get());
        return new ReportSettings(chosen, province.get(), parentBody.get(), issuingBody.get(),
                signerLines.equals(usualSigner(chosen)) ? List.of() : signerLines,
                recipientLines.equals(usualRecipients(chosen)) ? List.of() : recipientLines, addressee.get());
    }

    /** The lines as the settings keep them (stripped, without dashes or the final ";" / "."), blank ones dropped. */
    private static List<String> lines(String text) {
        return text == null ? List.of() : new ReportSettings(null, "", "", "", List.of(), List.of(text.split("\\R")), "")
                .recipients();
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

    public ObjectProperty<ReportIssuer> issuer() {
        return issuer;
    }

    public StringProperty addressee() {
        return addressee;
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

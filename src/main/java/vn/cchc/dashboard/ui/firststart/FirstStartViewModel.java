package vn.cchc.dashboard.ui.firststart;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchc.dashboard.app.FirstStart;
import vn.cchc.dashboard.app.FirstStart.Answers;
import vn.cchc.dashboard.app.FirstStart.Beginning;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.ReportSettings;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;

/**
 * The first-start wizard: language, who the user is (for the audit trail), the province and issuing body
 * (for reports), then how to begin. Nothing is written until the user chooses how to begin; then the
 * answers go to the settings in the background and {@code onDone} opens the data accordingly.
 */
public final class FirstStartViewModel {

    /** The wizard's pages, in order. */
    public enum Step {
        LANGUAGE, PROFILE, REPORTS, BEGIN
    }

    private final Path dataFolder;
    private final Background background;
    private final Consumer<Answers> onDone;
    private final ObjectProperty<Language> language;
    private final ReadOnlyObjectWrapper<Messages> messages;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.LANGUAGE);
    private final StringProperty userName = new SimpleStringProperty(this, "userName", "");
    private final StringProperty userUnit = new SimpleStringProperty(this, "userUnit", "");
    private final StringProperty provinceName = new SimpleStringProperty(this, "provinceName", "");
    private final StringProperty issuingBody =
            new SimpleStringProperty(this, "issuingBody", ReportSettings.defaults().issuingBody());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param language the language to start in (the --lang option, or Vietnamese)
     * @param onDone   called on the FX thread once the answers are saved
     */
    public FirstStartViewModel(Path dataFolder, Language language, Background background, Consumer<Answers> onDone) {
        this.dataFolder = dataFolder;
        this.background = background;
        this.onDone = onDone;
        this.language = new SimpleObjectProperty<>(this, "language", language);
        this.messages = new ReadOnlyObjectWrapper<>(this, "messages", Messages.of(language));
        this.language.addListener((obs, old, now) -> {
            if (now == null) {
                this.language.set(old); // one language is always chosen
            } else {
                messages.set(Messages.of(now));
                problem.set("");
            }
        });
    }

    /** The next page, once this page's answers are acceptable; otherwise {@link #problem()} says why. */
    public void next() {
        if (!acceptable(step.get())) {
            return;
        }
        problem.set("");
        Step[] steps = Step.values();
        step.set(steps[Math.min(step.get().ordinal() + 1, steps.length - 1)]);
    }

    public void back() {
        problem.set("");
        step.set(Step.values()[Math.max(step.get().ordinal() - 1, 0)]);
    }

    /** Saves the answers and hands them on; while saving, a second choice is ignored. */
    public void begin(Beginning beginning) {
        if (busy.get()) {
            return;
        }
        for (Step s : Step.values()) {
            if (!acceptable(s)) {
                step.set(s);
                return;
            }
        }
        Answers answers = new Answers(language.get(), userName.get().strip(), userUnit.get().strip(),
                provinceName.get().strip(), issuingBody.get().strip(), beginning);
        busy.set(true);
        problem.set("");
        background.run(() -> {
            FirstStart.apply(dataFolder, answers);
            return answers;
        }, saved -> {
            busy.set(false);
            onDone.accept(saved);
        }, e -> {
            busy.set(false);
            problem.set(ErrorText.of(e, messages.get()));
        });
    }

    private boolean acceptable(Step page) {
        if (page == Step.PROFILE && userName.get().isBlank()) {
            problem.set(messages.get().get("firstStart.userName.missing"));
            return false;
        }
        return true;
    }

    public ObjectProperty<Language> language() {
        return language;
    }

    /** The texts in the chosen language: the wizard speaks it as soon as it is chosen. */
    public ReadOnlyObjectProperty<Messages> messages() {
        return messages.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    public StringProperty userName() {
        return userName;
    }

    public StringProperty userUnit() {
        return userUnit;
    }

    public StringProperty provinceName() {
        return provinceName;
    }

    public StringProperty issuingBody() {
        return issuingBody;
    }

    /** Why the wizard cannot go on (a missing name, a data folder that cannot be written), or empty. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}

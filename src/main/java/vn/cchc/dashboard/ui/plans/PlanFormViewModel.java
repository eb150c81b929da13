package vn.cchc.dashboard.ui.plans;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.PlanDraft;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.FieldProblems;

/** The "Kế hoạch mới" form: next year's plan by default, titled the way plans are titled. */
public final class PlanFormViewModel {

    private final Messages messages;
    private final ObjectProperty<Integer> year;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty documentNumber = new SimpleStringProperty(this, "documentNumber", "");
    private final ObjectProperty<LocalDate> documentDate = new SimpleObjectProperty<>(this, "documentDate");
    private final BooleanProperty carryOver = new SimpleBooleanProperty(this, "carryOver", true);
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();

    public PlanFormViewModel(int proposedYear, Messages messages) {
        this.messages = messages;
        this.year = new SimpleObjectProperty<>(this, "year", proposedYear);
        title.set(messages.format("plan.form.defaultTitle", String.valueOf(proposedYear)));
        year.addListener((obs, old, now) -> {
            // Keep the standard title in step with the year, unless the user wrote their own.
            if (old != null && title.get().equals(messages.format("plan.form.defaultTitle", String.valueOf(old)))) {
                title.set(messages.format("plan.form.defaultTitle", String.valueOf(now)));
            }
        });
    }

    public PlanDraft draft() {
        return new PlanDraft(year.get(), title.get(), documentNumber.get(), documentDate.get(), carryOver.get());
    }

    public void show(List<FieldProblem> found) {
        FieldProblems.show(problems, found, messages);
    }

    public ObjectProperty<Integer> year() {
        return year;
    }

    public StringProperty title() {
        return title;
    }

    public StringProperty documentNumber() {
        return documentNumber;
    }

    public ObjectProperty<LocalDate> documentDate() {
        return documentDate;
    }

    /** Carry last year's unfinished tasks into the new plan. */
    public BooleanProperty carryOver() {
        return carryOver;
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }
}

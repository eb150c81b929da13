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
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PlanWording;
import vn.cchc.dashboard.ui.FieldProblems;

/**
 * The "Kế hoạch mới" form: next year's plan of a province by default, titled the way plans are titled; in a national
 * store the provinces' or the ministries' plan of the year.
 */
public final class PlanFormViewModel {

    private final Messages messages;
    private final ObjectProperty<Integer> year;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty documentNumber = new SimpleStringProperty(this, "documentNumber", "");
    private final ObjectProperty<LocalDate> documentDate = new SimpleObjectProperty<>(this, "documentDate");
    private final BooleanProperty carryOver = new SimpleBooleanProperty(this, "carryOver", true);
    private final ObjectProperty<PlanKind> kind = new SimpleObjectProperty<>(this, "kind", PlanKind.LOCAL);
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();

    public PlanFormViewModel(int proposedYear, Messages messages) {
        this.messages = messages;
        this.year = new SimpleObjectProperty<>(this, "year", proposedYear);
        title.set(PlanWording.defaultTitle(kind.get(), proposedYear, messages));
        // Keep the standard title in step with the year and the kind, unless the user wrote their own.
        year.addListener((obs, old, now) -> keepStandardTitle(kind.get(), old, kind.get(), now));
        kind.addListener((obs, old, now) -> keepStandardTitle(old, year.get(), now, year.get()));
    }

    private void keepStandardTitle(PlanKind oldKind, Integer oldYear, PlanKind newKind, Integer newYear) {
        if (oldKind != null && oldYear != null && newKind != null && newYear != null
                && title.get().equals(PlanWording.defaultTitle(oldKind, oldYear, messages))) {
            title.set(PlanWording.defaultTitle(newKind, newYear, messages));
        }
    }

    public PlanDraft draft() {
        return new PlanDraft(year.get(), title.get(), documentNumber.get(), documentDate.get(), carryOver.get(),
                kind.get());
    }

    /** Whose tasks the plan follows: a province's own (the default), or nationally the provinces' or the ministries'. */
    public ObjectProperty<PlanKind> kind() {
        return kind;
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

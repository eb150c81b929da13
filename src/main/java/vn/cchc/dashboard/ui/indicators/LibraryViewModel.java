package vn.cchc.dashboard.ui.indicators;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.cchc.dashboard.app.InvalidDraftException;
import vn.cchc.dashboard.app.indicators.IndicatorLibrary;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorType;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.indicators.IndicatorSpec;
import vn.cchc.dashboard.i18n.LibraryWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.FieldProblems;

/**
 * Chỉ số → Thư viện chỉ số: the province's indicators on the left, the selected one's definition, its target for a
 * year (with baseline and milestones) and its history on the right. Saving writes the definition and the target in
 * turn, each with its history; a problem is shown at its field and nothing of that part is saved. This class holds
 * the list, the selection and the commands; the form's two parts are {@link DefinitionForm} and {@link TargetForm}.
 */
public final class LibraryViewModel {

    private final IndicatorLibrary library;
    private final Background background;
    private final Messages messages;
    private final ZoneId zone;
    private final Runnable changed;
    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    private final ObservableList<ReformArea> areas = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObjectProperty<Indicator> selected = new SimpleObjectProperty<>(this, "selected");
    private final DefinitionForm definition;
    private final TargetForm target;
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private IndicatorLibrary.Contents contents;

    /**
     * @param year    the year whose target the form shows first (the plan's)
     * @param changed tells the indicators screen that definitions or targets changed
     */
    public LibraryViewModel(IndicatorLibrary library, Background background, Messages messages, ZoneId zone, int year,
                            Runnable changed) {
        this.library = library;
        this.background = background;
        this.messages = messages;
        this.zone = zone;
        this.changed = changed;
        this.definition = new DefinitionForm(messages);
        this.target = new TargetForm(messages, year);
        selected.addListener((obs, old, now) -> show(now));
        target.year().addListener((obs, old, now) -> target.show(selected.get(), contents));
    }

    /** Reads the library (off the FX thread) and keeps the selection. */
    public void load() {
        String keep = selected.get() == null ? null : selected.get().code();
        background.run(library::contents, loaded -> {
            contents = loaded;
            areas.setAll(loaded.areas());
            indicators.setAll(loaded.indicators());
            Indicator again = keep == null ? null : loaded.indicators().stream().filter(i -> i.code().equals(keep))
                    .findFirst().orElse(null);
            if (again != selected.get()) {
                selected.set(again);
            }
            if (problems.isEmpty()) {
                fill(again); // as saved; a refused form stays as typed, with its problems
            }
        }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    /** Clears the form for a new indicator. */
    public void startNew() {
        selected.set(null);
        show(null);
    }

    /** A new selection: its own form, without the problems of the one before. */
    private void show(Indicator indicator) {
        problems.clear();
        fill(indicator);
    }

    private void fill(Indicator indicator) {
        definition.fill(indicator, areas);
        target.show(indicator, contents);
        history.clear();
        if (indicator != null) {
            background.run(() -> library.history(indicator.code()), changes -> {
                if (selected.get() == indicator) {
                    history.setAll(changes.stream().map(c -> LibraryWording.change(c, zone, messages)).toList());
                }
            }, e -> feedback.set(ErrorText.of(e, messages)));
        }
    }

    /** Saves the definition, then the year's target when one is typed (or removes it when cleared). */
    public void save() {
        problems.clear();
        feedback.set("");
        FormReading reading = new FormReading(messages);
        IndicatorSpec spec = definition.read(selected.get(), reading);
        TargetForm.Input typedTarget = target.read(reading);
        if (!reading.problems().isEmpty()) {
            FieldProblems.show(problems, reading.problems(), messages);
            return;
        }
        Indicator before = selected.get();
        background.run(() -> {
            Indicator saved = before == null ? library.create(spec) : library.update(before.code(), spec);
            if (typedTarget.given() || hadTarget(before, typedTarget.year())) {
                typedTarget.saveTo(library, saved.code());
            }
            return saved;
        }, saved -> {
            feedback.set(messages.format("library.saved", saved.code(), saved.name()));
            selected.set(saved);
            load();
            changed.run();
        }, e -> {
            if (e instanceof InvalidDraftException invalid) {
                FieldProblems.show(problems, invalid.problems(), messages);
            } else {
                feedback.set(ErrorText.of(e, messages));
            }
            load();
        });
    }

    private boolean hadTarget(Indicator indicator, int targetYear) {
        return indicator != null && contents != null
                && contents.targetsOf(indicator.code()).stream().anyMatch(t -> t.year() == targetYear);
    }

    /** Retires the selected indicator, or uses it again when it is retired. */
    public void toggleRetired() {
        Indicator indicator = selected.get();
        if (indicator == null) {
            return;
        }
        background.run(() -> indicator.retired() ? library.reinstate(indicator.code()) : library.retire(indicator.code()),
                after -> {
                    feedback.set(messages.format(after.retired() ? "indicators.retired" : "indicators.reinstated",
                            after.code()));
                    selected.set(after);
                    load();
                    changed.run();
                }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    public ObservableList<Indicator> indicators() {
        return indicators;
    }

    public ObservableList<ReformArea> areas() {
        return areas;
    }

    public ObservableList<String> history() {
        return history;
    }

    public ObjectProperty<Indicator> selected() {
        return selected;
    }

    public StringProperty name() {
        return definition.name();
    }

    public ObjectProperty<ReformArea> area() {
        return definition.area();
    }

    public ObjectProperty<IndicatorType> type() {
        return definition.type();
    }

    public StringProperty numerator() {
        return definition.numerator();
    }

    public StringProperty denominator() {
        return definition.denominator();
    }

    public ObjectProperty<Boolean> higherIsBetter() {
        return definition.higherIsBetter();
    }

    public StringProperty measureUnit() {
        return definition.measureUnit();
    }

    public StringProperty source() {
        return definition.source();
    }

    public StringProperty maxValue() {
        return definition.maxValue();
    }

    public IntegerProperty year() {
        return target.year();
    }

    public StringProperty target() {
        return target.target();
    }

    public StringProperty document() {
        return target.document();
    }

    public StringProperty baseline() {
        return target.baseline();
    }

    public StringProperty baselineYear() {
        return target.baselineYear();
    }

    /** The milestone values typed for Q1, H1 and 9M of the year, in {@link TargetForm#MILESTONE_KINDS}' order. */
    public List<StringProperty> milestones() {
        return target.milestones();
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }
}

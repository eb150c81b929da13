package vn.cchc.dashboard.ui.units;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.cchc.dashboard.app.InvalidDraftException;
import vn.cchc.dashboard.app.UnitService;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitDraft;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.FieldProblems;

/**
 * Danh mục đơn vị: every unit, today's and yesterday's, in Vietnamese order, with its validity and successor;
 * adding, editing and merging units.
 */
public final class UnitsViewModel {

    /** One unit as the list shows it. */
    public record Row(Unit unit, String name, String shortName, String kind, String validFrom, String validTo,
                      String successor, String searchKey) {
    }

    /** The unit form's fields (name, short name, kind, validity) and problems, for a new or existing unit. */
    public static final class Form {
        final Unit before;
        final StringProperty name = new SimpleStringProperty(this, "name", "");
        final StringProperty shortName = new SimpleStringProperty(this, "shortName", "");
        final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>(this, "kind", UnitKind.DEPARTMENT);
        final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>(this, "validFrom");
        final ObjectProperty<LocalDate> validTo = new SimpleObjectProperty<>(this, "validTo");
        final ObservableMap<String, String> problems = FXCollections.observableHashMap();

        Form(Unit before) {
            this.before = before;
            if (before != null) {
                name.set(before.name());
                shortName.set(before.shortName() == null ? "" : before.shortName());
                kind.set(before.kind());
                validFrom.set(before.validFrom());
                validTo.set(before.validTo());
            }
        }

        UnitDraft draft() {
            return new UnitDraft(name.get(), shortName.get(), kind.get(), validFrom.get(), validTo.get());
        }
    }

    /** The merger form: into which unit, from which day, and whether open tasks follow. */
    public static final class MergeForm {
        final Unit merged;
        final ObjectProperty<Unit> successor = new SimpleObjectProperty<>(this, "successor");
        final ObjectProperty<LocalDate> date;
        final javafx.beans.property.BooleanProperty reassign = new javafx.beans.property.SimpleBooleanProperty(true);
        final ObservableList<Unit> candidates;

        MergeForm(Unit merged, LocalDate today, List<Unit> all) {
            this.merged = merged;
            this.date = new SimpleObjectProperty<>(this, "date", today);
            this.candidates = FXCollections.observableArrayList(all.stream()
                    .filter(u -> u.id() != merged.id() && u.validTo() == null)
                    .sorted(Comparator.comparing(Unit::name, Text.vietnameseOrder())).toList());
        }
    }

    private final UnitService units;
    private final Background background;
    private final Messages messages;
    private final Runnable changed;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private List<Row> all = List.of();
    private List<Unit> loaded = List.of();

    /**
     * @param changed tells the window that figures may have changed (tasks moved to a successor)
     */
    public UnitsViewModel(UnitService units, Background background, Messages messages, Runnable changed) {
        this.units = units;
        this.background = background;
        this.messages = messages;
        this.changed = changed;
        search.addListener((obs, old, now) -> narrow());
    }

    public void load() {
        background.run(units::units, list -> {
            loaded = list;
            Map<Long, Unit> byId = list.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
            all = list.stream().sorted(Comparator.comparing(Unit::name, Text.vietnameseOrder())).map(u -> row(u, byId)).toList();
            narrow();
        }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    private Row row(Unit u, Map<Long, Unit> byId) {
        String successor = u.successorId() == null || byId.get(u.successorId()) == null ? "" : byId.get(u.successorId()).name();
        String kind = messages.get("unit.kind." + u.kind().name());
        return new Row(u, u.name(), u.shortName() == null ? "" : u.shortName(), kind, messages.formats().date(u.validFrom()),
                messages.formats().date(u.validTo()), successor, Text.fold(u.name() + " " + (u.shortName() == null ? "" : u.shortName())
                + " " + kind + " " + successor));
    }

    private void narrow() {
        Predicate<String> typed = Text.phraseSearch(search.get());
        rows.setAll(all.stream().filter(r -> typed.test(r.searchKey())).toList());
    }

    /** A form for a new unit, or for the selected one. */
    public Form newForm(boolean adding) {
        return adding ? new Form(null) : selected.get() == null ? null : new Form(selected.get().unit());
    }

    public MergeForm newMergeForm(LocalDate today) {
        return selected.get() == null ? null : new MergeForm(selected.get().unit(), today, loaded);
    }

    /** Saves the form; problems go back to it and {@code onProblems} shows it again. */
    public void save(Form form, Runnable onProblems) {
        UnitDraft draft = form.draft();
        background.run(() -> units.save(form.before, draft), saved -> {
            feedback.set(messages.format("unit.saved", saved.name()));
            load();
            changed.run();
        }, e -> {
            if (e instanceof InvalidDraftException invalid) {
                FieldProblems.show(form.problems, invalid.problems(), messages);
                onProblems.run();
            } else {
                feedback.set(ErrorText.of(e, messages));
            }
        });
    }

    /** Deletes the selected unit; one that still has tasks or history is refused with one sentence. */
    public void deleteSelected() {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        background.run(() -> {
            units.delete(row.unit());
            return row.unit();
        }, deleted -> {
            feedback.set(messages.format("unit.deleted", deleted.name()));
            selected.set(null);
            load();
        }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    public void merge(MergeForm form) {
        Unit successor = form.successor.get();
        LocalDate date = form.date.get();
        if (successor == null || date == null) {
            feedback.set(messages.get("unit.merge.incomplete"));
            return;
        }
        boolean reassign = form.reassign.get();
        background.run(() -> units.merge(form.merged, successor, date, reassign), moved -> {
            feedback.set(messages.format("unit.merged", form.merged.name(), successor.name(),
                    messages.formats().date(date), messages.formats().count(moved)));
            load();
            changed.run();
        }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    public StringProperty search() {
        return search;
    }

    public ObjectProperty<Row> selected() {
        return selected;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }
}

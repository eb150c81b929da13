package vn.cchc.dashboard.ui.indicators;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.cchc.dashboard.app.InvalidDraftException;
import vn.cchc.dashboard.app.indicators.IndicatorLibrary;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorTarget;
import vn.cchc.dashboard.domain.IndicatorType;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.indicators.IndicatorChange;
import vn.cchc.dashboard.domain.indicators.IndicatorSpec;
import vn.cchc.dashboard.domain.indicators.Milestone;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.FieldProblems;

/**
 * Chỉ số → Thư viện chỉ số: the province's indicators on the left, the selected one's definition, its target for a
 * year (with baseline and milestones) and its history on the right. Saving writes the definition and the target in
 * turn, each with its history; a problem is shown at its field and nothing of that part is saved.
 */
public final class LibraryViewModel {

    /** The milestones the form offers within a year, in order. */
    static final List<ReportPeriod.Kind> MILESTONE_KINDS = List.of(ReportPeriod.Kind.Q1, ReportPeriod.Kind.H1,
            ReportPeriod.Kind.M9);

    private final IndicatorLibrary library;
    private final Background background;
    private final Messages messages;
    private final ZoneId zone;
    private final Runnable changed;
    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    private final ObservableList<ReformArea> areas = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObjectProperty<Indicator> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<ReformArea> area = new SimpleObjectProperty<>(this, "area");
    private final ObjectProperty<IndicatorType> type = new SimpleObjectProperty<>(this, "type", IndicatorType.PERCENT);
    private final StringProperty numerator = new SimpleStringProperty(this, "numerator", "");
    private final StringProperty denominator = new SimpleStringProperty(this, "denominator", "");
    private final ObjectProperty<Boolean> higherIsBetter = new SimpleObjectProperty<>(this, "higherIsBetter", true);
    private final StringProperty measureUnit = new SimpleStringProperty(this, "measureUnit", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final StringProperty maxValue = new SimpleStringProperty(this, "maxValue", "");
    private final IntegerProperty year = new SimpleIntegerProperty(this, "year");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringProperty document = new SimpleStringProperty(this, "document", "");
    private final StringProperty baseline = new SimpleStringProperty(this, "baseline", "");
    private final StringProperty baselineYear = new SimpleStringProperty(this, "baselineYear", "");
    private final List<StringProperty> milestones = List.of(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""));
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
        this.year.set(year);
        selected.addListener((obs, old, now) -> show(now));
        this.year.addListener((obs, old, now) -> showTarget(selected.get()));
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
        IndicatorSpec spec = indicator == null ? null : IndicatorSpec.of(indicator);
        name.set(spec == null ? "" : spec.name());
        area.set(spec == null ? null : areas.stream().filter(a -> a.code().equals(spec.areaCode())).findFirst().orElse(null));
        type.set(spec == null ? IndicatorType.PERCENT : spec.type());
        numerator.set(spec == null || spec.numeratorLabel() == null ? "" : spec.numeratorLabel());
        denominator.set(spec == null || spec.denominatorLabel() == null ? "" : spec.denominatorLabel());
        higherIsBetter.set(spec == null || spec.higherIsBetter());
        measureUnit.set(spec == null || spec.measureUnit() == null ? "" : spec.measureUnit());
        source.set(spec == null || spec.source() == null ? "" : spec.source());
        maxValue.set(spec == null || spec.maxValue() == null ? "" : messages.formats().compact(spec.maxValue()));
        showTarget(indicator);
        history.clear();
        if (indicator != null) {
            background.run(() -> library.history(indicator.code()), changes -> {
                if (selected.get() == indicator) {
                    history.setAll(changes.stream().map(this::line).toList());
                }
            }, e -> feedback.set(ErrorText.of(e, messages)));
        }
    }

    private void showTarget(Indicator indicator) {
        Optional<IndicatorTarget> t = indicator == null || contents == null ? Optional.empty()
                : contents.targetsOf(indicator.code()).stream().filter(x -> x.year() == year.get()).findFirst();
        target.set(t.map(x -> messages.formats().compact(x.value())).orElse(""));
        document.set(t.map(IndicatorTarget::document).orElse(""));
        baseline.set(t.map(IndicatorTarget::baseline).map(messages.formats()::compact).orElse(""));
        baselineYear.set(t.map(IndicatorTarget::baselineYear).map(String::valueOf).orElse(""));
        List<Milestone> set = indicator == null || contents == null ? List.of()
                : contents.milestonesOf(indicator.code(), year.get());
        for (int i = 0; i < MILESTONE_KINDS.size(); i++) {
            ReportPeriod.Kind kind = MILESTONE_KINDS.get(i);
            milestones.get(i).set(set.stream().filter(m -> m.period().kind() == kind).findFirst()
                    .map(m -> messages.formats().compact(m.value())).orElse(""));
        }
    }

    /** "23/11/2026 10:00 · Nguyễn Thị Hạnh (hanh.snv) · Tên chỉ số: trước → sau". */
    private String line(IndicatorChange change) {
        String who = change.login() == null ? change.user() : change.user() + " (" + change.login() + ")";
        String field = vn.cchc.dashboard.i18n.LibraryWording.field(change.field(), messages);
        String before = vn.cchc.dashboard.i18n.LibraryWording.value(change.before(), messages);
        String after = vn.cchc.dashboard.i18n.LibraryWording.value(change.after(), messages);
        String what = before == null ? field + ": " + after
                : after == null ? field + ": " + before + " → " + messages.get("library.history.removed")
                : field + ": " + before + " → " + after;
        return messages.formats().dateTime(java.time.LocalDateTime.ofInstant(change.at(), zone)) + " · " + who + " · " + what;
    }

    /** Saves the definition, then the year's target when one is typed (or removes it when cleared). */
    public void save() {
        problems.clear();
        feedback.set("");
        List<FieldProblem> found = new ArrayList<>();
        BigDecimal max = number("maxValue", maxValue.get(), found);
        IndicatorSpec spec = new IndicatorSpec(name.get(), area.get() == null ? null : area.get().code(), type.get(),
                type.get() == IndicatorType.PERCENT ? numerator.get() : null,
                type.get() == IndicatorType.PERCENT ? denominator.get() : null, !Boolean.FALSE.equals(higherIsBetter.get()),
                measureUnit.get(),
                source.get(), max, selected.get() != null && selected.get().provinceWide(),
                selected.get() != null && selected.get().yearly());
        TargetInput typedTarget = targetInput(found);
        if (!found.isEmpty()) {
            FieldProblems.show(problems, found, messages);
            return;
        }
        Indicator before = selected.get();
        int targetYear = year.get();
        background.run(() -> {
            Indicator saved = before == null ? library.create(spec) : library.update(before.code(), spec);
            if (typedTarget.given() || hadTarget(before, targetYear)) {
                IndicatorTarget t = typedTarget.given() ? new IndicatorTarget(saved.code(), targetYear, typedTarget.value(),
                        typedTarget.document(), typedTarget.baseline(), typedTarget.baselineYear()) : null;
                library.setTarget(saved.code(), targetYear, t, t == null ? List.of() : typedTarget.milestones(saved.code()));
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

    /** The target part of the form: nothing typed, or a value with its document, baseline and milestones. */
    private record TargetInput(boolean given, BigDecimal value, String document, BigDecimal baseline,
                               Integer baselineYear, List<BigDecimal> milestoneValues, int year) {

        List<Milestone> milestones(String code) {
            List<Milestone> result = new ArrayList<>();
            for (int i = 0; i < MILESTONE_KINDS.size(); i++) {
                if (milestoneValues.get(i) != null) {
                    result.add(new Milestone(code, new ReportPeriod(year, MILESTONE_KINDS.get(i)), milestoneValues.get(i)));
                }
            }
            return result;
        }
    }

    private TargetInput targetInput(List<FieldProblem> found) {
        BigDecimal value = number("target", target.get(), found);
        List<BigDecimal> stages = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            stages.add(number("milestone" + i, milestones.get(i).get(), found));
        }
        BigDecimal base = number("baseline", baseline.get(), found);
        Integer baseYear = null;
        if (!baselineYear.get().isBlank()) {
            try {
                baseYear = Integer.valueOf(baselineYear.get().strip());
            } catch (NumberFormatException e) {
                found.add(FieldProblem.of("baselineYear", "library.problem.baselineYearMissing"));
            }
        }
        boolean given = value != null;
        if (given && document.get().isBlank()) {
            found.add(FieldProblem.of("document", "library.problem.document"));
        }
        if (!given && (stages.stream().anyMatch(s -> s != null) || base != null)) {
            found.add(FieldProblem.of("target", "library.problem.targetMissing"));
        }
        if (base != null && baseYear == null) {
            found.add(FieldProblem.of("baselineYear", "library.problem.baselineYearMissing"));
        } else if (base != null && baseYear >= year.get()) {
            found.add(FieldProblem.of("baselineYear", "library.problem.baselineYear", String.valueOf(year.get())));
        }
        return new TargetInput(given, value, document.get().strip(), base, base == null ? null : baseYear, stages,
                year.get());
    }

    private BigDecimal number(String field, String typed, List<FieldProblem> found) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Optional<BigDecimal> parsed = messages.formats().parseNumber(typed);
        if (parsed.isEmpty()) {
            found.add(FieldProblem.of(field, "indicators.error.number", typed));
        }
        return parsed.orElse(null);
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
        return name;
    }

    public ObjectProperty<ReformArea> area() {
        return area;
    }

    public ObjectProperty<IndicatorType> type() {
        return type;
    }

    public StringProperty numerator() {
        return numerator;
    }

    public StringProperty denominator() {
        return denominator;
    }

    public ObjectProperty<Boolean> higherIsBetter() {
        return higherIsBetter;
    }

    public StringProperty measureUnit() {
        return measureUnit;
    }

    public StringProperty source() {
        return source;
    }

    public StringProperty maxValue() {
        return maxValue;
    }

    public IntegerProperty year() {
        return year;
    }

    public StringProperty target() {
        return target;
    }

    public StringProperty document() {
        return document;
    }

    public StringProperty baseline() {
        return baseline;
    }

    public StringProperty baselineYear() {
        return baselineYear;
    }

    /** The milestone values typed for Q1, H1 and 9M of the year, in {@link #MILESTONE_KINDS}' order. */
    public List<StringProperty> milestones() {
        return milestones;
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }
}

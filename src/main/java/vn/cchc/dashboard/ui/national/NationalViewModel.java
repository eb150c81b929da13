package vn.cchc.dashboard.ui.national;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.national.NationalResultsService;
import vn.cchc.dashboard.domain.national.IndexKind;
import vn.cchc.dashboard.domain.national.NationalResults;
import vn.cchc.dashboard.domain.national.ProvinceNames;
import vn.cchc.dashboard.domain.national.Standing;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.NationalWording;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;

/**
 * Vị trí so với cả nước: one index's results of one year, the province's rank and gaps in a few lines, each component
 * in a row, and the charts' figures; importing a year's results file. Everything is read and written off the FX
 * thread through the {@link Background}.
 */
public final class NationalViewModel {

    /** What the charts draw: the year's results, and the province in them (null when it is not among them). */
    public record Shown(NationalResults results, Standing standing) {
    }

    /** One component in the table, its figures already in the reader's format; "–" where there is none. */
    public record ComponentRow(String name, String score, String average, String best, String gapToAverage,
                               String gapToBest, String change) {
    }

    private static final String NONE = "–";

    private final NationalResultsService service;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final ObservableList<IndexKind> kinds = FXCollections.observableArrayList(IndexKind.values());
    private final ObjectProperty<IndexKind> kind = new SimpleObjectProperty<>(this, "kind", IndexKind.PAR_INDEX);
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final ObservableList<ComponentRow> components = FXCollections.observableArrayList();
    private Map<IndexKind, List<Integer>> imported = Map.of();
    private long latestRequest;

    public NationalViewModel(NationalResultsService service, Background background, Messages messages, Clock clock) {
        this.service = service;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        kind.addListener((obs, old, now) -> chooseYears(null));
        year.addListener((obs, old, now) -> show());
    }

    /** Reads which indices and years were imported, and shows the chosen one. */
    public void load() {
        load(null);
    }

    private void load(Integer wanted) {
        background.run(service::years, years -> {
            imported = years;
            chooseYears(wanted);
        }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    /** The chosen index's years, newest first; {@code wanted} or the newest chosen. */
    private void chooseYears(Integer wanted) {
        List<Integer> available = imported.getOrDefault(kind.get(), List.of()).stream()
                .sorted(Comparator.reverseOrder()).toList();
        years.setAll(available);
        Integer chosen = wanted != null && available.contains(wanted) ? wanted : available.isEmpty() ? null : available.get(0);
        if (Objects.equals(chosen, year.get())) {
            show();
        } else {
            year.set(chosen);
        }
    }

    private void show() {
        long request = ++latestRequest;
        IndexKind index = kind.get();
        Integer chosen = year.get();
        if (index == null || chosen == null) {
            clear(index == null ? "" : messages.format("national.view.none", NationalWording.index(index, messages)));
            return;
        }
        background.run(() -> service.results(index, chosen).map(r -> new Shown(r, service.standing(r).orElse(null)))
                .orElse(null), result -> {
                    if (request == latestRequest) {
                        present(result);
                    }
                }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    private void clear(String why) {
        shown.set(null);
        headline.set(why);
        details.set("");
        source.set("");
        components.clear();
    }

    private void present(Shown result) {
        if (result == null) {
            clear(messages.format("national.view.none", NationalWording.index(kind.get(), messages)));
            return;
        }
        shown.set(result);
        source.set(NationalWording.source(result.results(), clock.getZone(), messages));
        Standing s = result.standing();
        if (s == null) {
            String province = service.province();
            headline.set(province.isEmpty() ? messages.get("national.noProvince")
                    : messages.format("national.provinceMissing", province, NationalWording.title(result.results(), messages)));
            details.set(messages.format("national.view.average", messages.formats().percent(result.results().average()),
                    messages.formats().count(result.results().count())));
            components.clear();
            return;
        }
        headline.set(NationalWording.title(result.results(), messages) + " – "
                + ProvinceNames.withoutPrefix(s.province().province()) + ": "
                + NationalWording.rankInSentence(s, messages));
        details.set(NationalWording.gaps(s, messages) + " " + NationalWording.yearOverYear(s, messages));
        components.setAll(s.components().stream().map(this::row).toList());
    }

    private ComponentRow row(Standing.ComponentStanding c) {
        Formats f = messages.formats();
        return new ComponentRow(c.name(), c.score() == null ? NONE : f.percent(c.score()),
                c.average() == null ? NONE : f.percent(c.average()),
                c.best() == null ? NONE : f.percent(c.best()) + " (" + NationalWording.names(c.leaders()) + ")",
                c.gapToAverage() == null ? NONE : NationalWording.points(c.gapToAverage(), messages),
                c.gapToBest() == null ? NONE : NationalWording.points(c.gapToBest().negate(), messages),
                c.change() == null ? NONE : NationalWording.points(c.change(), messages));
    }

    /** The year a results file usually brings: last year's, published in spring. */
    public int suggestedYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    /** Shows {@code sentence} where the import's result is told (a chart written, a copy made). */
    public void tell(String sentence) {
        feedback.set(sentence);
    }

    /** As {@link #importFile(Path, IndexKind, int)} with the year as typed; a year that is no number is said so. */
    public void importFile(Path file, IndexKind index, String typedYear) {
        String typed = typedYear == null ? "" : typedYear.strip();
        if (!typed.matches("\\d{4}")) {
            feedback.set(messages.format("national.error.yearTyped", typed));
            return;
        }
        importFile(file, index, Integer.parseInt(typed));
    }

    /**
     * Imports {@code file} as {@code index}'s results of {@code resultsYear}, replacing that year's, then shows them;
     * says in one sentence what was imported and replaced, or why the file was refused.
     */
    public void importFile(Path file, IndexKind index, int resultsYear) {
        feedback.set(messages.format("national.view.importing", file.getFileName()));
        background.run(() -> service.importFile(file, index, resultsYear), done -> {
            String what = NationalWording.title(done.results(), messages);
            String sentence = messages.format("national.cli.imported", what, messages.formats().count(done.results().count()),
                    messages.formats().count(done.results().components().size()), done.results().sourceFile());
            feedback.set(done.replaced() == null ? sentence : messages.format("national.view.replaced", sentence,
                    done.replaced().sourceFile()));
            kind.set(index);
            load(resultsYear);
        }, e -> feedback.set(ErrorText.of(e, messages)));
    }

    public ObservableList<IndexKind> kinds() {
        return kinds;
    }

    public ObjectProperty<IndexKind> kind() {
        return kind;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> year() {
        return year;
    }

    public ReadOnlyObjectProperty<Shown> shown() {
        return shown.getReadOnlyProperty();
    }

    /** The rank line, or why there is none (no results, no province named, the province not among them). */
    public ReadOnlyStringProperty headline() {
        return headline.getReadOnlyProperty();
    }

    /** The gaps and the year before, or the national average when the province is not among the results. */
    public ReadOnlyStringProperty details() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty source() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }

    public ObservableList<ComponentRow> components() {
        return components;
    }
}

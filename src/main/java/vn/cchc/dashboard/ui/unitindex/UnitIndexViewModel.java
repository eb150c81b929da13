package vn.cchc.dashboard.ui.unitindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.dashboard.app.unitindex.UnitIndexAnnouncement;
import vn.cchc.dashboard.app.unitindex.UnitIndexService;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.domain.unitindex.ScoringLock;
import vn.cchc.dashboard.domain.unitindex.UnitIndexResult;
import vn.cchc.dashboard.i18n.IndexResultWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.ScoreChangeWording;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;

/**
 * Chỉ số CCHC các đơn vị: which year and group is shown, its ranking as the province announces it, whether its results
 * are locked, and locking or reopening them. Everything is read and written off the FX thread through the
 * {@link Background}; the appraisal of one unit is the {@link AppraisalViewModel}'s.
 */
public final class UnitIndexViewModel {

    /** A year and a group with a criteria set: what the screen shows. */
    public record Edition(int year, IndexGroup group) {
    }

    /** What the charts draw and the appraisal reads: the edition's set, its ranking and its lock. */
    public record Shown(Edition edition, CriteriaSet set, List<IndexRanking.Ranked> ranking, Optional<ScoringLock> lock) {
        public boolean locked() {
            return lock.filter(ScoringLock::locked).isPresent();
        }
    }

    /** One unit in the ranking, its figures in the reader's format. */
    public record RankRow(String place, String unit, String index, String points, String note) {
    }

    private final UnitIndexService service;
    private final UnitIndexAnnouncement announcement;
    private final Background background;
    private final Messages messages;
    private final ZoneId zone;
    private final boolean mayEdit;
    private final ObservableList<Edition> editions = FXCollections.observableArrayList();
    private final ObjectProperty<Edition> edition = new SimpleObjectProperty<>(this, "edition");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ObservableList<RankRow> ranking = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper lockText = new ReadOnlyStringWrapper(this, "lockText", "");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private long latestRequest;

    public UnitIndexViewModel(UnitIndexService service, UnitIndexAnnouncement announcement, Background background,
                              Messages messages, ZoneId zone, boolean mayEdit) {
        this.service = service;
        this.announcement = announcement;
        this.background = background;
        this.messages = messages;
        this.zone = zone;
        this.mayEdit = mayEdit;
        edition.addListener((obs, old, now) -> show());
    }

    /** Reads which years and groups have a criteria set and shows the chosen one (the newest at first). */
    public void load() {
        background.run(() -> Map.entry(service.editions(), service.scoredYears()), found -> {
            List<Edition> all = new ArrayList<>();
            found.getKey().forEach((year, groups) -> groups.forEach(g -> all.add(new Edition(year, g))));
            Edition wanted = edition.get();
            editions.setAll(all);
            // At first the newest results with scores: a deputy chair opens it for the results, not an empty new year.
            Edition newestScored = all.stream().filter(e -> found.getValue().contains(e.year())).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0));
            Edition chosen = all.contains(wanted) ? wanted : newestScored;
            if (Objects.equals(chosen, edition.get())) {
                show();
            } else {
                edition.set(chosen);
            }
        }, this::failed);
    }

    private void show() {
        long request = ++latestRequest;
        Edition chosen = edition.get();
        if (chosen == null) {
            shown.set(null);
            ranking.clear();
            locked.set(false);
            lockText.set("");
            headline.set(messages.get("unitIndex.view.none"));
            return;
        }
        background.run(() -> new Shown(chosen, service.criteria(chosen.year(), chosen.group()),
                service.ranking(chosen.year(), chosen.group()), service.lockState(chosen.year(), chosen.group())),
                result -> {
                    if (request == latestRequest) {
                        present(result);
                    }
                }, this::failed);
    }

    private void present(Shown result) {
        shown.set(result);
        ranking.setAll(result.ranking().stream().map(r -> row(r, result.set())).toList());
        locked.set(result.locked());
        lockText.set(result.lock().map(this::lockSentence).orElse(messages.get("unitIndex.view.open")));
        headline.set(headline(result));
    }

    private RankRow row(IndexRanking.Ranked ranked, CriteriaSet set) {
        UnitIndexResult r = ranked.result();
        if (r.index() == null) {
            return new RankRow("–", r.unitName(), "", "", messages.get("unitIndex.rank.notAssessed"));
        }
        String note = r.complete() ? IndexResultWording.mostLost(r, set, messages)
                : IndexResultWording.missing(r.missing(), 3, messages);
        return new RankRow(ranked.rank() + (ranked.tied() ? "=" : ""), r.unitName(), messages.formats().decimal(r.index()),
                messages.formats().compact(r.points()) + "/" + messages.formats().compact(r.applicableMax()), note);
    }

    /** "21 đơn vị; chỉ số bình quân 84,12; cao nhất Sở Tư pháp 93,50; thấp nhất …" — over the units with an index. */
    private String headline(Shown result) {
        List<UnitIndexResult> scored = result.ranking().stream().map(IndexRanking.Ranked::result)
                .filter(r -> r.index() != null).toList();
        String title = messages.format("unitIndex.view.headline." + result.edition().group().name(),
                String.valueOf(result.edition().year()));
        if (scored.isEmpty()) {
            return title + " " + messages.format("unitIndex.view.notScored", messages.formats().count(result.ranking().size()));
        }
        BigDecimal sum = scored.stream().map(UnitIndexResult::index).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal average = sum.divide(BigDecimal.valueOf(scored.size()), 2, RoundingMode.HALF_UP);
        UnitIndexResult best = scored.get(0);
        UnitIndexResult last = scored.get(scored.size() - 1);
        return title + " " + messages.format("unitIndex.view.summary", messages.formats().count(scored.size()),
                messages.formats().count(result.ranking().size()), messages.formats().decimal(average), best.unitName(),
                messages.formats().decimal(best.index()), last.unitName(), messages.formats().decimal(last.index()));
    }

    private String lockSentence(ScoringLock lock) {
        String day = messages.formats().date(lock.changedAt().atZone(zone).toLocalDate());
        String who = ScoreChangeWording.who(lock.userName(), lock.loginName());
        return lock.locked() ? messages.format("unitIndex.view.locked", day, who)
                : messages.format("unitIndex.view.reopened", day, who, lock.reason());
    }

    /** Makes the shown results final; refused in one sentence while a unit still lacks a score. */
    public void lock() {
        Edition chosen = edition.get();
        if (chosen != null) {
            background.run(() -> service.lock(chosen.year(), chosen.group()), done -> {
                feedback.set(messages.format("unitIndex.lock.done", String.valueOf(chosen.year()),
                        messages.get("unitIndex.group." + chosen.group().name())));
                show();
            }, this::failed);
        }
    }

    /**
     * Makes the criteria set in {@code file} (the appendix of the province's decision) the set of {@code typedYear} and
     * {@code group}, then shows it; refused in one sentence naming the row, nothing changed.
     */
    public void importCriteria(Path file, String typedYear, IndexGroup group) {
        String typed = typedYear == null ? "" : typedYear.strip();
        if (!typed.matches("\\d{4}") || group == null) {
            feedback.set(messages.format("unitIndex.view.import.badYear", typed));
            return;
        }
        int year = Integer.parseInt(typed);
        background.run(() -> service.importCriteria(file, year, group), set -> {
            feedback.set(messages.format("unitIndex.view.import.done", file.getFileName(),
                    messages.formats().count(set.leaves().size()), messages.formats().compact(set.maxPoints()),
                    label(new Edition(year, group))));
            edition.set(new Edition(year, group));
            load();
        }, this::failed);
    }

    /** The year a new criteria set is most likely for: the one after the newest, or this year. */
    public int suggestedYear(int thisYear) {
        return editions.stream().mapToInt(Edition::year).max().stream().map(y -> Math.max(y, thisYear)).findFirst()
                .orElse(thisYear);
    }

    /** Reopens the shown results to correct them, saying why. */
    public void unlock(String reason) {
        Edition chosen = edition.get();
        if (chosen != null) {
            background.run(() -> service.unlock(chosen.year(), chosen.group(), reason), done -> {
                feedback.set(messages.format("unitIndex.unlock.done", String.valueOf(chosen.year()),
                        messages.get("unitIndex.group." + chosen.group().name())));
                show();
            }, this::failed);
        }
    }

    /**
     * Writes the shown year's announcement decision (with its ranking annex) and results report into {@code folder},
     * each file whole or not at all.
     */
    public void announce(Path folder) {
        Edition chosen = edition.get();
        if (chosen == null) {
            return;
        }
        feedback.set(messages.get("unitIndex.view.announcing"));
        background.run(() -> announcement.write(chosen.year(), folder, messages.language()), written ->
                feedback.set(messages.format("unitIndex.announce.done", String.valueOf(chosen.year()),
                        written.decision().getFileName(), written.report().getFileName(), folder)), this::failed);
    }

    /** Shows the edition again after a change elsewhere (an appraisal saved). */
    public void reload() {
        show();
    }

    /** A sentence under the bar from a helper of the screen (a chart saved, a file written). */
    public void tell(String sentence) {
        feedback.set(sentence);
    }

    private void failed(Throwable e) {
        feedback.set(ErrorText.of(e, messages));
    }

    /** "Năm 2025 – các sở, ban, ngành" in the choice box. */
    public String label(Edition e) {
        return e == null ? "" : messages.format("unitIndex.view.edition", String.valueOf(e.year()),
                messages.get("unitIndex.group." + e.group().name()));
    }

    public boolean mayEdit() {
        return mayEdit;
    }

    public ObservableList<Edition> editions() {
        return editions;
    }

    public ObjectProperty<Edition> edition() {
        return edition;
    }

    public ReadOnlyObjectProperty<Shown> shown() {
        return shown.getReadOnlyProperty();
    }

    public ObservableList<RankRow> ranking() {
        return ranking;
    }

    public ReadOnlyStringProperty headline() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lockText() {
        return lockText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty locked() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }
}

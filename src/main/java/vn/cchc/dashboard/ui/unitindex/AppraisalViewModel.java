package vn.cchc.dashboard.ui.unitindex;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.cchc.dashboard.app.unitindex.UnitIndexService;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.domain.unitindex.Score;
import vn.cchc.dashboard.domain.unitindex.ScoreChange;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.ScoreChangeWording;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;

/**
 * Thẩm định: one unit of the shown edition, every line of the criteria set with the unit's own score and evidence
 * beside the council's score and comment and the unit's explanation; appraising a line or recording an explanation
 * under the service's rules; the unit's history of changes. Read and written off the FX thread.
 */
public final class AppraisalViewModel {

    /** One line of the set for the unit, in the reader's format; {@code scored} when the council may score it. */
    public record LineRow(String code, int level, String title, String max, String self, String evidence,
                          String appraised, String comment, String reply, boolean scored, boolean exempt,
                          boolean differs) {
    }

    private final UnitIndexService service;
    private final Background background;
    private final Messages messages;
    private final ZoneId zone;
    private final ReadOnlyObjectProperty<UnitIndexViewModel.Shown> shown;
    private final Runnable changed;
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(this, "unit");
    private final ObservableList<LineRow> allLines = FXCollections.observableArrayList();
    private final BooleanProperty onlyDifferences = new SimpleBooleanProperty(this, "onlyDifferences");
    private final FilteredList<LineRow> lines = new FilteredList<>(allLines);
    private final ObjectProperty<LineRow> line = new SimpleObjectProperty<>(this, "line");
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final StringProperty appraisedInput = new SimpleStringProperty(this, "appraisedInput", "");
    private final StringProperty commentInput = new SimpleStringProperty(this, "commentInput", "");
    private final StringProperty replyInput = new SimpleStringProperty(this, "replyInput", "");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private long latestRequest;

    /**
     * @param shown   the edition the screen shows; its units are the ones appraised
     * @param changed told after a change is saved, so the ranking is read again
     */
    public AppraisalViewModel(UnitIndexService service, Background background, Messages messages, ZoneId zone,
                              ReadOnlyObjectProperty<UnitIndexViewModel.Shown> shown, Runnable changed) {
        this.service = service;
        this.background = background;
        this.messages = messages;
        this.zone = zone;
        this.shown = shown;
        this.changed = changed;
        unit.addListener((obs, old, now) -> readUnit());
        // The council's and the units' round goes line by line through the differences.
        onlyDifferences.addListener((obs, old, now) -> lines.setPredicate(now ? LineRow::differs : null));
        line.addListener((obs, old, now) -> fillInputs(now));
    }

    /** The units of the shown edition, in the ranking's order; the one chosen stays chosen when it is still there. */
    public void follow(UnitIndexViewModel.Shown now) {
        Unit wanted = unit.get();
        if (now == null) {
            units.clear();
            unit.set(null);
            return;
        }
        Set<Long> ids = now.ranking().stream().map(r -> r.result().unitId()).collect(Collectors.toSet());
        background.run(() -> service.members(now.edition().year(), now.edition().group()), members -> {
            List<Unit> ordered = members.stream().filter(u -> ids.contains(u.id())).toList();
            units.setAll(ordered);
            Unit keep = wanted == null ? null : ordered.stream().filter(u -> u.id() == wanted.id()).findFirst().orElse(null);
            if (keep != null && Objects.equals(keep, unit.get())) {
                readUnit();
            } else {
                unit.set(keep != null ? keep : ordered.isEmpty() ? null : ordered.get(0));
            }
        }, this::failed);
    }

    private record UnitScoring(Map<String, Score> scores, Set<String> exempt, List<ScoreChange> changes) {
    }

    private void readUnit() {
        long request = ++latestRequest;
        Unit chosen = unit.get();
        UnitIndexViewModel.Shown edition = shown.get();
        if (chosen == null || edition == null) {
            allLines.clear();
            history.clear();
            summary.set("");
            return;
        }
        int year = edition.edition().year();
        background.run(() -> new UnitScoring(service.scores(year, chosen), service.exemptions(year, chosen),
                service.history(year, chosen)), scoring -> {
                    if (request == latestRequest) {
                        present(edition, chosen, scoring);
                    }
                }, this::failed);
    }

    private void present(UnitIndexViewModel.Shown edition, Unit chosen, UnitScoring scoring) {
        String selected = line.get() == null ? null : line.get().code();
        CriteriaSet set = edition.set();
        List<LineRow> rows = set.criteria().stream().map(c -> row(set, c, scoring)).toList();
        allLines.setAll(rows);
        line.set(rows.stream().filter(r -> r.code().equals(selected)).findFirst().orElse(null));
        editable.set(!edition.locked());
        List<String> newestFirst = new ArrayList<>(scoring.changes().stream().map(ch -> String.join("  ·  ",
                ScoreChangeWording.when(ch, zone, messages), ScoreChangeWording.who(ch), ch.code(),
                ScoreChangeWording.change(ch, messages))).toList());
        Collections.reverse(newestFirst);
        history.setAll(newestFirst);
        long differ = scoring.scores().values().stream().filter(Score::differs).count();
        long replied = scoring.scores().values().stream().filter(s -> s.differs() && s.unitReply() != null).count();
        String index = edition.ranking().stream().map(IndexRanking.Ranked::result).filter(r -> r.unitId() == chosen.id())
                .findFirst().map(r -> r.index() == null ? messages.get("unitIndex.rank.notAssessed")
                        : messages.format("unitIndex.appraisal.index", messages.formats().compact(r.points()),
                        messages.formats().compact(r.applicableMax()), messages.formats().decimal(r.index())))
                .orElse("");
        summary.set(chosen.name() + ": " + index + " " + messages.format("unitIndex.appraisal.differences",
                messages.formats().count(differ), messages.formats().count(replied)));
    }

    private LineRow row(CriteriaSet set, Criterion c, UnitScoring scoring) {
        boolean leaf = set.children(c.code()).isEmpty();
        boolean applies = set.applies(c, scoring.exempt());
        Score s = scoring.scores().get(c.code());
        String max = messages.formats().compact(c.maxPoints());
        if (!applies) {
            return new LineRow(c.code(), c.level(), c.title(), max, "", messages.get("unitIndex.appraisal.exempt"), "",
                    "", "", false, true, false);
        }
        if (!leaf || s == null) {
            return new LineRow(c.code(), c.level(), c.title(), max, "", "", "", "", "", leaf, false, false);
        }
        String evidence = s.evidence() != null ? s.evidence() : s.explanation() == null ? ""
                : messages.format("unitIndex.appraisal.noEvidence", s.explanation());
        return new LineRow(c.code(), c.level(), c.title(), max, points(s.selfScore()), evidence, points(s.appraisedScore()),
                Objects.toString(s.appraisalComment(), ""), Objects.toString(s.unitReply(), ""), true, false, s.differs());
    }

    private String points(BigDecimal value) {
        return value == null ? "" : messages.formats().compact(value);
    }

    private void fillInputs(LineRow row) {
        appraisedInput.set(row == null ? "" : row.appraised().isEmpty() ? row.self() : row.appraised());
        commentInput.set(row == null ? "" : row.comment());
        replyInput.set(row == null ? "" : row.reply());
    }

    /** The council's score and comment on the chosen line, under the service's rules. */
    public void appraise() {
        LineRow row = line.get();
        Unit chosen = unit.get();
        UnitIndexViewModel.Shown edition = shown.get();
        if (row == null || chosen == null || edition == null) {
            return;
        }
        String typed = appraisedInput.get() == null ? "" : appraisedInput.get().strip();
        BigDecimal score = messages.formats().parseNumber(typed).orElse(null);
        if (score == null) {
            feedback.set(messages.format("unitIndex.points.notANumber", typed));
            return;
        }
        String comment = commentInput.get();
        save(() -> service.appraise(edition.edition().year(), edition.edition().group(), chosen, row.code(), score,
                comment), messages.format("unitIndex.appraise.done", row.code(), chosen.name(),
                messages.formats().compact(score)));
    }

    /** The unit's explanation of the council's score on the chosen line. */
    public void reply() {
        LineRow row = line.get();
        Unit chosen = unit.get();
        UnitIndexViewModel.Shown edition = shown.get();
        if (row == null || chosen == null || edition == null) {
            return;
        }
        String text = replyInput.get();
        save(() -> service.reply(edition.edition().year(), edition.edition().group(), chosen, row.code(), text),
                messages.format("unitIndex.reply.done", row.code(), chosen.name()));
    }

    /**
     * Records the survey's points per unit from {@code file} (a row per unit, a column per survey line), all or
     * nothing, as the final scores of those lines.
     */
    public void importSurvey(Path file) {
        UnitIndexViewModel.Shown edition = shown.get();
        if (edition == null) {
            return;
        }
        background.run(() -> service.importSurvey(file, edition.edition().year(), edition.edition().group()), recorded -> {
            feedback.set(messages.format("unitIndex.survey.done", messages.formats().count(recorded), file.getFileName()));
            readUnit();
            changed.run();
        }, this::failed);
    }

    private void save(Runnable change, String done) {
        background.run(() -> {
            change.run();
            return done;
        }, sentence -> {
            feedback.set(sentence);
            // An explanation leaves the ranking as it was, so the unit's lines are read here, not on its change.
            readUnit();
            changed.run();
        }, this::failed);
    }

    private void failed(Throwable e) {
        feedback.set(ErrorText.of(e, messages));
    }

    public ObservableList<Unit> units() {
        return units;
    }

    public ObjectProperty<Unit> unit() {
        return unit;
    }

    public ObservableList<LineRow> lines() {
        return lines;
    }

    /** True to list only the lines whose appraised score differs from the unit's own. */
    public BooleanProperty onlyDifferences() {
        return onlyDifferences;
    }

    public ObjectProperty<LineRow> line() {
        return line;
    }

    public ObservableList<String> history() {
        return history;
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedback() {
        return feedback.getReadOnlyProperty();
    }

    public StringProperty appraisedInput() {
        return appraisedInput;
    }

    public StringProperty commentInput() {
        return commentInput;
    }

    public StringProperty replyInput() {
        return replyInput;
    }

    /** False once the edition's results are locked. */
    public ReadOnlyBooleanProperty editable() {
        return editable.getReadOnlyProperty();
    }
}

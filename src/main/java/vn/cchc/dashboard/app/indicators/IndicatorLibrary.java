package vn.cchc.dashboard.app.indicators;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.app.InvalidDraftException;
import vn.cchc.dashboard.domain.FieldChange;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorTarget;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.indicators.IndicatorChange;
import vn.cchc.dashboard.domain.indicators.IndicatorSpec;
import vn.cchc.dashboard.domain.indicators.LibraryEdits;
import vn.cchc.dashboard.domain.indicators.Milestone;
import vn.cchc.dashboard.store.Store;

/**
 * The province's indicator library: indicators created, edited and retired, and their yearly targets with a
 * baseline and milestones. Each change is one transaction together with its history rows (who, when, which field,
 * before and after). Nothing is deleted: a retired indicator keeps its figures and its history. Blocking: call it
 * off the FX thread.
 */
public final class IndicatorLibrary {

    /** The library serves the current master programme (Nghị quyết 76/NQ-CP, 2021–2030) and its areas. */
    private static final String PROGRAMME = "NQ76";

    private final Store store;
    private final Clock clock;
    private final AppSettings settings;

    public IndicatorLibrary(Store store, Clock clock, AppSettings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    /** What the library holds: every indicator (retired ones too), the targets and the milestones. */
    public record Contents(List<Indicator> indicators, List<IndicatorTarget> targets, List<Milestone> milestones,
                           List<ReformArea> areas) {

        /** The targets of {@code code}, by year. */
        public List<IndicatorTarget> targetsOf(String code) {
            return targets.stream().filter(t -> t.indicatorCode().equals(code))
                    .sorted(Comparator.comparingInt(IndicatorTarget::year)).toList();
        }

        /** The milestones of {@code code} within {@code year}. */
        public List<Milestone> milestonesOf(String code, int year) {
            return milestones.stream().filter(m -> m.indicatorCode().equals(code) && m.period().year() == year)
                    .sorted(Comparator.comparing(Milestone::period)).toList();
        }
    }

    public Contents contents() {
        return store.database().inTransaction(c -> new Contents(store.indicators().indicators(c),
                store.indicators().targets(c), store.indicators().milestones(c),
                store.referenceData().areas(c, PROGRAMME)));
    }

    /** The changes to {@code code}, newest first. */
    public List<IndicatorChange> history(String code) {
        return store.database().inTransaction(c -> store.indicators().changes(c, code));
    }

    /**
     * Adds an indicator defined by {@code spec}, with a code made from its name.
     *
     * @throws InvalidDraftException with the problem at each field
     */
    public Indicator create(IndicatorSpec spec) {
        return store.database().inTransaction(c -> {
            check(c, spec);
            List<Indicator> existing = store.indicators().indicators(c);
            String code = IndicatorSpec.codeFor(spec.name(),
                    existing.stream().map(Indicator::code).collect(Collectors.toSet()));
            Indicator created = spec.toIndicator(code, null, store.indicators().nextOrder(c));
            store.indicators().insertIndicator(c, created);
            record(c, code, List.of(new FieldChange("created", null, created.name())));
            return created;
        });
    }

    /** Changes the definition of {@code code} to {@code spec}; the history keeps each field changed. */
    public Indicator update(String code, IndicatorSpec spec) {
        return store.database().inTransaction(c -> {
            check(c, spec);
            Indicator before = find(c, code);
            Indicator after = spec.toIndicator(code, before, before.order());
            List<FieldChange> changes = LibraryEdits.between(before, after);
            if (!changes.isEmpty()) {
                store.indicators().updateIndicator(c, after);
                record(c, code, changes);
            }
            return after;
        });
    }

    /** Stops using {@code code} for new figures from today; its figures and history stay. */
    public Indicator retire(String code) {
        return setRetired(code, LocalDate.now(clock));
    }

    /** Uses a retired indicator again. */
    public Indicator reinstate(String code) {
        return setRetired(code, null);
    }

    private Indicator setRetired(String code, LocalDate day) {
        return store.database().inTransaction(c -> {
            Indicator before = find(c, code);
            Indicator after = before.retire(day);
            List<FieldChange> changes = LibraryEdits.between(before, after);
            if (!changes.isEmpty()) {
                store.indicators().updateIndicator(c, after);
                record(c, code, changes);
            }
            return after;
        });
    }

    /**
     * Sets the target of {@code target.indicatorCode()} for its year, with its milestones within that year (replacing
     * those there were), or removes the year's target when {@code target} is null for {@code code} and {@code year}.
     *
     * @throws InvalidDraftException when a milestone lies outside the year or is worse than the year's target
     */
    public void setTarget(String code, int year, IndicatorTarget target, List<Milestone> milestones) {
        List<FieldProblem> problems = targetProblems(year, target, milestones);
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        store.database().inTransaction(c -> {
            Indicator indicator = find(c, code);
            IndicatorTarget before = store.indicators().targets(c).stream()
                    .filter(t -> t.indicatorCode().equals(code) && t.year() == year).findFirst().orElse(null);
            List<Milestone> milestonesBefore = store.indicators().milestones(c).stream()
                    .filter(m -> m.indicatorCode().equals(code) && m.period().year() == year).toList();
            List<FieldChange> changes = new ArrayList<>(LibraryEdits.between(before, target));
            changes.addAll(LibraryEdits.between(year, milestonesBefore, target == null ? List.of() : milestones));
            if (target == null) {
                store.indicators().deleteTarget(c, indicator.code(), year);
            } else {
                store.indicators().saveTarget(c, target, false);
                store.indicators().saveMilestones(c, indicator.code(), year, milestones);
            }
            record(c, code, changes);
            return null;
        });
    }

    /** A milestone belongs to the target's year; a year's target needs its document. */
    static List<FieldProblem> targetProblems(int year, IndicatorTarget target, List<Milestone> milestones) {
        List<FieldProblem> problems = new ArrayList<>();
        if (target == null) {
            return problems;
        }
        if (target.year() != year) {
            throw new IllegalArgumentException("a target of " + target.year() + " given for " + year);
        }
        if (target.baselineYear() != null && target.baselineYear() >= year) {
            problems.add(FieldProblem.of("baselineYear", "library.problem.baselineYear", String.valueOf(year)));
        }
        for (Milestone m : milestones) {
            if (m.period().year() != year) {
                problems.add(FieldProblem.of("milestones", "library.problem.milestoneYear", m.period().code(),
                        String.valueOf(year)));
            }
        }
        return problems;
    }

    private void check(Connection c, IndicatorSpec spec) throws SQLException {
        Set<String> areas = store.referenceData().areas(c, PROGRAMME).stream().map(ReformArea::code)
                .collect(Collectors.toSet());
        List<FieldProblem> problems = spec.problems(areas);
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
    }

    private Indicator find(Connection c, String code) throws SQLException {
        return store.indicators().indicators(c).stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> AppException.invalidInput("library.error.unknown", code));
    }

    private void record(Connection c, String code, List<FieldChange> changes) throws SQLException {
        Instant now = clock.instant();
        String login = store.database().login();
        store.indicators().insertChanges(c, changes.stream().map(ch -> new IndicatorChange(code, now,
                settings.userLabel(), login, ch.field(), ch.before(), ch.after())).toList());
    }
}

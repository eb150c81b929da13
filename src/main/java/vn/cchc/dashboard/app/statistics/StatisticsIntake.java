package vn.cchc.dashboard.app.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.statistics.StatisticProblem;
import vn.cchc.dashboard.domain.statistics.StatisticsCheck;
import vn.cchc.dashboard.domain.statistics.StatisticsReturn;
import vn.cchc.dashboard.domain.statistics.StatisticsTable;
import vn.cchc.dashboard.store.Store;

/**
 * Takes in units' figures, from forms or a bulk file, within the caller's transaction: every submission is checked
 * before any is recorded, and the first problem refuses them all with one sentence (an {@link AppException}, so the
 * caller's transaction rolls back whatever else it wrote). Figures identical to the unit's current ones for the period
 * record nothing; changed ones become the current return and the earlier stays as history, marked superseded.
 */
final class StatisticsIntake {

    private final Store store;
    private final Clock clock;

    StatisticsIntake(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    List<StatisticsOutcome> take(Connection c, List<StatisticsSubmission> submissions, String by) throws SQLException {
        return intake(c, submissions, by, true);
    }

    /** What {@link #take} would do with each submission, recording nothing; the first problem throws as there. */
    List<StatisticsOutcome> preview(Connection c, List<StatisticsSubmission> submissions) throws SQLException {
        return intake(c, submissions, null, false);
    }

    private List<StatisticsOutcome> intake(Connection c, List<StatisticsSubmission> submissions, String by,
                                           boolean recording) throws SQLException {
        Map<Long, Unit> units = units(c);
        List<StatisticsCheck.Result> results = verify(c, submissions, units);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<StatisticsOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            StatisticsSubmission s = submissions.get(i);
            StatisticsCheck.Result result = results.get(i);
            ReportPeriod period = ReportPeriod.parse(s.period()).orElseThrow();
            boolean late = today.isAfter(period.reportDue());
            // Read again for each: the same form twice in one batch finds the first one's figures already current.
            Optional<StatisticsReturn> current = store.statistics().returns(c, period.code()).stream()
                    .filter(r -> r.unitId() == s.unitId() && r.current()).findFirst();
            String unit = unitName(units, s.unitId());
            Map<String, java.math.BigDecimal> values = new java.util.LinkedHashMap<>();
            Map<String, String> notes = new java.util.LinkedHashMap<>();
            if (s.partial() && current.isPresent()) {
                values.putAll(current.get().values());
                notes.putAll(current.get().notes());
            }
            values.putAll(result.values());
            notes.putAll(result.notes());
            if (current.isPresent() && current.get().sameAs(values, notes)) {
                outcomes.add(new StatisticsOutcome(s.file(), unit, period.code(), StatisticsOutcome.Kind.UNCHANGED,
                        current.get().late()));
                continue;
            }
            if (recording) {
                store.statistics().record(c, s.unitId(), period.code(), s.file(), now, by, late, values, notes);
            }
            outcomes.add(new StatisticsOutcome(s.file(), unit, period.code(),
                    current.isPresent() ? StatisticsOutcome.Kind.REPLACED : StatisticsOutcome.Kind.RECORDED, late));
        }
        return outcomes;
    }

    private Map<Long, Unit> units(Connection c) throws SQLException {
        return store.units().findAll(c).stream().collect(Collectors.toMap(Unit::id, u -> u));
    }

    /** Checks every submission; the first problem throws, naming it. */
    private List<StatisticsCheck.Result> verify(Connection c, List<StatisticsSubmission> submissions, Map<Long, Unit> units)
            throws SQLException {
        List<StatisticsCheck.Result> results = new ArrayList<>();
        for (StatisticsSubmission s : submissions) {
            ReportPeriod period = ReportPeriod.parse(s.period())
                    .orElseThrow(() -> AppException.invalidInput("statistics.error.period", String.valueOf(s.period())));
            StatisticsTable table = store.statistics().table(c, period.year());
            StatisticsCheck.Result result = StatisticsCheck.check(table, s.cells(), s.partial());
            if (!result.accepted()) {
                throw refusal(s, unitName(units, s.unitId()), result.problems().get(0), period.year());
            }
            results.add(result);
        }
        return results;
    }

    private static String unitName(Map<Long, Unit> units, long id) {
        Unit unit = units.get(id);
        if (unit == null) {
            throw AppException.invalidInput("statistics.error.unitGone", String.valueOf(id));
        }
        return unit.name();
    }

    /** One sentence naming the file (and row), the unit, the item and what is wrong with its figure. */
    private static AppException refusal(StatisticsSubmission s, String unit, StatisticProblem p, int year) {
        String where = s.row() > 0 ? "row" : "form";
        return AppException.invalidInput("statistics.refused." + where + "." + p.kind().name(), s.file(), unit,
                p.itemLabel(), p.value() != null ? p.value() : p.written(), p.otherLabel(), p.otherValue(),
                String.valueOf(s.row()), String.valueOf(year));
    }
}

package vn.cchc.dashboard.app.statistics;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.UnitMatcher;
import vn.cchc.dashboard.domain.statistics.StatisticItem;
import vn.cchc.dashboard.domain.statistics.StatisticsCheck;
import vn.cchc.dashboard.domain.statistics.StatisticsDigest;
import vn.cchc.dashboard.domain.statistics.StatisticsPeriod;
import vn.cchc.dashboard.domain.statistics.StatisticsReturn;
import vn.cchc.dashboard.domain.statistics.StatisticsRollup;
import vn.cchc.dashboard.domain.statistics.StatisticsStatus;
import vn.cchc.dashboard.domain.statistics.StatisticsTable;
import vn.cchc.dashboard.domain.statistics.StatisticsTableRules;
import vn.cchc.dashboard.domain.statistics.StatisticsTotal;
import vn.cchc.dashboard.excel.ImportFileException;
import vn.cchc.dashboard.excel.StatisticsBulkReader;
import vn.cchc.dashboard.excel.StatisticsFormSheet;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PeriodWording;
import vn.cchc.dashboard.store.Store;

/**
 * The statistics units send each period: the year's table, the sheet a unit's form carries, intake of returned
 * figures (all or nothing), who has sent what, and the province's totals. Blocking: call it off the FX thread.
 */
public final class StatisticsService {

    /** The areas a statistics item belongs to: those of the current master programme (Nghị quyết 76/NQ-CP). */
    private static final String PROGRAMME = "NQ76";

    private final Store store;
    private final Clock clock;
    private final AppSettings settings;
    private final StatisticsIntake intake;

    public StatisticsService(Store store, Clock clock, AppSettings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.intake = new StatisticsIntake(store, clock);
    }

    /** The period asked for when none is given: the one of {@code plan}'s year whose window holds today. */
    public ReportPeriod defaultPeriod(Plan plan) {
        return StatisticsPeriod.containing(plan.year(), LocalDate.now(clock));
    }

    public StatisticsTable table(int year) {
        return store.database().inTransaction(c -> store.statistics().table(c, year));
    }

    /** Copies the table of the latest earlier year to {@code year}, which must have none; returns the items copied. */
    public int copyTableTo(int year) {
        return store.database().inTransaction(c -> {
            if (!store.statistics().table(c, year).isEmpty()) {
                throw AppException.invalidInput("statistics.error.tableExists", String.valueOf(year));
            }
            for (int from = year - 1; from >= year - 10; from--) {
                if (!store.statistics().table(c, from).isEmpty()) {
                    return store.statistics().copyTable(c, from, year);
                }
            }
            throw AppException.invalidInput("statistics.error.noTable", String.valueOf(year));
        });
    }

    /** What an item of the table may name: the reform areas and the library's indicators in use. */
    public record TableChoices(List<ReformArea> areas, List<Indicator> indicators) {
    }

    public TableChoices tableChoices() {
        return store.database().inTransaction(c -> new TableChoices(store.referenceData().areas(c, PROGRAMME),
                store.indicators().indicators(c).stream().filter(i -> !i.retired() && !i.provinceWide()).toList()));
    }

    /**
     * Adds {@code item} to its year's table ({@code adding}) or replaces the item with its code, after the table's
     * rules ({@link StatisticsTableRules}); a refusal is one sentence and changes nothing.
     */
    public void saveItem(StatisticItem typed, boolean adding) {
        StatisticItem item = typed.normalised();
        store.database().inTransaction(c -> {
            StatisticsTable table = store.statistics().table(c, item.year());
            Set<String> areas = store.referenceData().areas(c, PROGRAMME).stream().map(ReformArea::code)
                    .collect(Collectors.toSet());
            Set<String> indicators = store.indicators().indicators(c).stream().map(Indicator::code)
                    .collect(Collectors.toSet());
            refuseIf(StatisticsTableRules.checkSave(table, item, adding, areas, indicators,
                    store.statistics().hasFigures(c, item.year(), item.code())), item.year());
            store.statistics().saveItem(c, item);
            return null;
        });
    }

    /** Removes the item {@code code} from {@code year}'s table, unless figures were sent for it or a rate needs it. */
    public void removeItem(int year, String code) {
        store.database().inTransaction(c -> {
            refuseIf(StatisticsTableRules.checkRemove(store.statistics().table(c, year), code,
                    store.statistics().hasFigures(c, year, code)), year);
            store.statistics().removeItem(c, year, code);
            return null;
        });
    }

    private static void refuseIf(Optional<StatisticsTableRules.Refusal> refusal, int year) {
        if (refusal.isPresent()) {
            throw AppException.invalidInput("statistics.table.refused." + refusal.get().problem().name(),
                    refusal.get().detail(), String.valueOf(year));
        }
    }

    /**
     * The statistics sheet of {@code unit}'s form for {@code period}: the year's items under their areas, pre-filled
     * with what the unit already sent (so a form handed back untouched records nothing); null without a table.
     */
    public StatisticsFormSheet.Content formContent(Connection c, Plan plan, Unit unit, ReportPeriod period,
                                                   Messages messages) throws SQLException {
        StatisticsTable table = store.statistics().table(c, period.year());
        if (table.isEmpty()) {
            return null;
        }
        Optional<StatisticsReturn> sent = store.statistics().returns(c, period.code()).stream()
                .filter(r -> r.unitId() == unit.id() && r.current()).findFirst();
        Map<String, String> areas = store.referenceData().areas(c, plan.programmeCode()).stream()
                .collect(Collectors.toMap(ReformArea::code, ReformArea::name, (a, b) -> a));
        List<StatisticsFormSheet.Line> lines = new ArrayList<>();
        String area = null;
        for (StatisticItem item : table.items()) {
            if (!item.areaCode().equals(area)) {
                area = item.areaCode();
                lines.add(StatisticsFormSheet.Line.heading(areas.getOrDefault(area, area)));
            }
            String value = sent.map(r -> r.values().get(item.code())).map(v -> v.toPlainString()).orElse(null);
            String note = sent.map(r -> r.notes().get(item.code())).orElse(null);
            lines.add(new StatisticsFormSheet.Line(item.code(), item.label(), item.measureUnit(), item.required(), value, note));
        }
        String title = messages.format("statistics.form.title", PeriodWording.name(period, messages), unit.name());
        return new StatisticsFormSheet.Content(period.code(), title, lines);
    }

    public static StatisticsFormSheet.Words words(Messages messages) {
        List<String> headings = new ArrayList<>();
        for (String key : List.of("code", "label", "measure", "required", "value", "note")) {
            headings.add(messages.get("statistics.form.column." + key));
        }
        return new StatisticsFormSheet.Words(headings, messages.get("statistics.form.required"));
    }

    /** Checks and records {@code submissions} within the caller's transaction; see {@link StatisticsIntake}. */
    public List<StatisticsOutcome> take(Connection c, List<StatisticsSubmission> submissions) throws SQLException {
        String by = settings.userLabel();
        if (by == null || by.isBlank()) {
            by = Objects.requireNonNullElse(store.database().login(), "—");
        }
        return intake.take(c, submissions, by);
    }

    /**
     * What {@link #take(Connection, List)} would do with {@code submissions}, recording nothing: the first problem
     * throws its sentence.
     */
    public List<StatisticsOutcome> preview(Connection c, List<StatisticsSubmission> submissions) throws SQLException {
        return intake.preview(c, submissions);
    }

    /** As {@link #take(Connection, List)} in a transaction of its own. */
    public List<StatisticsOutcome> take(List<StatisticsSubmission> submissions) {
        return store.database().inTransaction(c -> take(c, submissions));
    }

    /**
     * Records a bulk file's figures for {@code period} (layout in {@link StatisticsBulkReader}): every row checked
     * first, the first problem refusing the whole file with its sentence; nothing recorded then.
     */
    public List<StatisticsOutcome> importFile(Path file, ReportPeriod period) {
        StatisticsBulkReader.Bulk bulk;
        try {
            bulk = StatisticsBulkReader.read(file);
        } catch (ImportFileException e) {
            throw AppException.invalidInput("import.file." + e.reason().name(), String.valueOf(file.getFileName()), file.toString());
        }
        if (!Text.fold(bulk.firstHeader()).contains("don vi")) {
            throw AppException.invalidInput("statistics.bulk.noUnitColumn", bulk.file());
        }
        if (bulk.rows().isEmpty()) {
            throw AppException.invalidInput("statistics.bulk.empty", bulk.file());
        }
        return store.database().inTransaction(c -> {
            StatisticsTable table = store.statistics().table(c, period.year());
            List<String> codes = new ArrayList<>();
            for (String header : bulk.headers()) {
                codes.add(table.items().stream().filter(i -> i.code().equalsIgnoreCase(header)
                        || Text.fold(i.label()).equals(Text.fold(header))).map(StatisticItem::code).findFirst()
                        .orElseThrow(() -> AppException.invalidInput("statistics.bulk.unknownColumn", bulk.file(), header,
                                String.valueOf(period.year()))));
            }
            UnitMatcher units = new UnitMatcher(store.units().findAll(c), period.year());
            List<StatisticsSubmission> submissions = new ArrayList<>();
            for (StatisticsBulkReader.Row row : bulk.rows()) {
                Unit unit = units.match(row.unitName()).orElseThrow(() -> AppException.invalidInput(
                        "statistics.bulk.unknownUnit", bulk.file(), String.valueOf(row.number()), row.unitName()));
                List<StatisticsCheck.Cell> cells = new ArrayList<>();
                for (int i = 0; i < codes.size(); i++) {
                    cells.add(new StatisticsCheck.Cell(codes.get(i), row.cells().get(i), null));
                }
                submissions.add(new StatisticsSubmission(bulk.file(), row.number(), unit.id(), period.code(), cells));
            }
            return take(c, submissions);
        });
    }

    /** Who of the units leading tasks of {@code plan} has sent {@code period}'s figures, and what is missing. */
    public StatisticsStatus status(Plan plan, ReportPeriod period) {
        return store.database().inTransaction(c -> status(c, plan, period, store.statistics().table(c, period.year())));
    }

    /**
     * The units expected are those leading a task of the plan and any other unit that sent figures all the same (a
     * unit that reports only indicators): the province's totals count every return, so the count of units must too.
     */
    private StatisticsStatus status(Connection c, Plan plan, ReportPeriod period, StatisticsTable table) throws SQLException {
        List<StatisticsReturn> returns = store.statistics().returns(c, period.code());
        Set<Long> expected = store.tasks().findByPlan(c, plan.id()).stream().map(Task::leadUnitId)
                .collect(Collectors.toCollection(HashSet::new));
        returns.stream().filter(StatisticsReturn::current).forEach(r -> expected.add(r.unitId()));
        List<Unit> units = store.units().findAll(c).stream().filter(u -> expected.contains(u.id()))
                .sorted(Comparator.comparing(Unit::name, Text.vietnameseOrder())).toList();
        return StatisticsStatus.of(period.code(), table, units, returns);
    }

    /**
     * What a report on {@code period} states from the statistics: the province's figures, the same period's of the
     * year before, and who of {@code plan}'s units has sent them; empty when the year has no statistics table.
     */
    public Optional<StatisticsDigest> digest(Plan plan, ReportPeriod period) {
        return store.database().inTransaction(c -> {
            StatisticsTable table = store.statistics().table(c, period.year());
            if (table.isEmpty()) {
                return Optional.empty();
            }
            ReportPeriod earlier = new ReportPeriod(period.year() - 1, period.kind());
            return Optional.of(new StatisticsDigest(period, table, status(c, plan, period, table),
                    StatisticsRollup.totals(table, store.statistics().returns(c, period.code())),
                    StatisticsRollup.totals(store.statistics().table(c, earlier.year()),
                            store.statistics().returns(c, earlier.code()))));
        });
    }

    /** The province's figures for {@code period}: sums, and ratios from the sums. */
    public List<StatisticsTotal> totals(ReportPeriod period) {
        return store.database().inTransaction(c -> StatisticsRollup.totals(store.statistics().table(c, period.year()),
                store.statistics().returns(c, period.code())));
    }
}

package vn.cchc.dashboard.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.cchc.dashboard.domain.Cooperation;
import vn.cchc.dashboard.domain.DeadlineText;
import vn.cchc.dashboard.domain.DueDate;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskCodes;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitGroup;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.store.Store;

/**
 * The embedded sample ("Dữ liệu mẫu"): the fictional tỉnh Minh Giang with this year's plan on today's
 * structure and last year's plan on the structure of its day, so that history and the 2025 mergers show.
 * Generated from {@link SampleCatalog} with a fixed seed: the same day gives the same data.
 */
public final class SampleProvince {

    public static final String PROVINCE = "tỉnh Minh Giang";
    private static final long SEED = 76_2021L;
    private static final double SHARE_OF_CATALOG = 0.8;

    private final SampleCatalog catalog;
    private final Clock clock;
    private final LocalDate today;

    private SampleProvince(SampleCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        this.today = LocalDate.now(clock);
    }

    /** Writes the sample into an empty {@code store} in one transaction: all of it or nothing. */
    public static void install(Store store, Clock clock) {
        write(store, clock, false);
    }

    /** Replaces everything in {@code store} by a fresh sample, in one transaction. */
    public static void replaceAll(Store store, Clock clock) {
        write(store, clock, true);
    }

    private static void write(Store store, Clock clock, boolean replacing) {
        SampleProvince sample = new SampleProvince(SampleCatalog.load(), clock);
        store.database().inTransaction(c -> {
            if (replacing) {
                store.deleteAllPlanData(c);
            }
            sample.write(store, c);
            return null;
        });
    }

    private void write(Store store, Connection c) throws SQLException {
        Map<String, Unit> units = writeUnits(store, c);
        int year = today.getYear();
        writePlan(store, c, units, year - 1, earlier(today, LocalDate.of(year - 1, 12, 31).plusDays(90)));
        writePlan(store, c, units, year, today);
        SampleIndicators.write(store, c, catalog.units().stream().map(SampleCatalog.UnitRow::key).toList(), units,
                clock.instant(), today);
        SampleUnitIndex.write(store, c, catalog.departmentCriteria(), catalog.communeCriteria(), year);
    }

    private Map<String, Unit> writeUnits(Store store, Connection c) throws SQLException {
        Map<String, Unit> byKey = new HashMap<>();
        for (SampleCatalog.UnitRow row : catalog.units()) {
            Unit unit = new Unit(0, row.name(), row.shortName(), row.kind(), row.validFrom(), row.validTo(), null);
            long id = store.units().insert(c, unit);
            byKey.put(row.key(), new Unit(id, unit.name(), unit.shortName(), unit.kind(), unit.validFrom(),
                    unit.validTo(), null));
        }
        for (SampleCatalog.UnitRow row : catalog.units()) {
            if (row.successorKey() != null) {
                store.units().setSuccessor(c, byKey.get(row.key()).id(), require(byKey, row.successorKey()).id());
            }
        }
        return byKey;
    }

    private void writePlan(Store store, Connection c, Map<String, Unit> units, int year, LocalDate horizon)
            throws SQLException {
        Random random = new Random(SEED * 31 + year);
        String title = "Kế hoạch cải cách hành chính năm " + year + " của " + PROVINCE + " " + Plan.SAMPLE_LABEL;
        long planId = store.plans().insert(c, new Plan(0, year, title, (120 + random.nextInt(60)) + "/KH-UBND",
                LocalDate.of(year - 1, 12, 15 + random.nextInt(10)), PlanScope.PROVINCE, "NQ76", false, true));
        LocalDate planStart = LocalDate.of(year, 1, 1);
        List<Unit> locals = units.values().stream()
                .filter(u -> (u.kind() == UnitKind.DISTRICT || u.kind() == UnitKind.COMMUNE) && u.existsOn(planStart))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
        SampleHistory history = new SampleHistory(random, clock.instant());
        int sortOrder = 0;
        for (ReformArea area : store.referenceData().areas(c, "NQ76")) {
            List<SampleCatalog.TaskRow> rows = catalog.tasks().stream().filter(r -> r.area().equals(area.code())).toList();
            int number = 0;
            for (SampleCatalog.TaskRow row : rows) {
                if (random.nextDouble() >= SHARE_OF_CATALOG) {
                    continue;
                }
                number++;
                Task task = task(row, planId, year, TaskCodes.roman(area.order()) + "." + number, ++sortOrder,
                        lead(row, units, locals, planStart, random), units, planStart);
                long taskId = store.tasks().insert(c, task);
                Task stored = withId(task, taskId);
                for (ProgressUpdate update : history.invent(stored, planStart.plusDays(10), horizon)) {
                    store.progress().insert(c, update);
                }
            }
        }
    }

    private static Task task(SampleCatalog.TaskRow row, long planId, int year, String code, int sortOrder,
                             Unit lead, Map<String, Unit> units, LocalDate planStart) {
        String deadline = years(row.deadline(), year);
        DueDate due = DeadlineText.parse(deadline, year);
        List<Long> cooperating = Cooperation.unitsNamedIn(row.cooperation(), units.values(), planStart, lead.id());
        return new Task(0, planId, code, row.area(), years(row.title(), year), lead.id(), cooperating,
                row.cooperation(), row.output(), deadline, due.date(), due.recurring(), sortOrder);
    }

    private static Unit lead(SampleCatalog.TaskRow row, Map<String, Unit> units, List<Unit> locals,
                             LocalDate planStart, Random random) {
        for (String key : List.of(row.leadBefore(), row.leadAfter())) {
            if (key.equals(SampleCatalog.LOCAL)) {
                if (locals.isEmpty()) {
                    continue;
                }
                return locals.get(random.nextInt(locals.size()));
            }
            Unit unit = require(units, key);
            if (unit.existsOn(planStart)) {
                return unit;
            }
        }
        throw new IllegalStateException("no lead unit exists on " + planStart + " for: " + row.title());
    }

    private static Task withId(Task t, long id) {
        return new Task(id, t.planId(), t.code(), t.areaCode(), t.title(), t.leadUnitId(), t.cooperatingUnitIds(),
                t.cooperationText(), t.expectedOutput(), t.deadlineText(), t.dueDate(), t.recurring(), t.sortOrder());
    }

    /** The template's {Y}, {Y-1} and {LOCAL}: the local committees the plan's year had (no districts from 2026). */
    private static String years(String text, int year) {
        return text == null ? null : text.replace("{Y-1}", String.valueOf(year - 1)).replace("{Y}", String.valueOf(year))
                .replace("{LOCAL}", localCommittees(year));
    }

    /**
     * "UBND cấp huyện, cấp xã" while the plan's year began with districts (the 2025 plan's tasks fall due in its
     * first half, before 1/7/2025), "UBND cấp xã" after.
     */
    static String localCommittees(int year) {
        return UnitGroup.districtsExistOn(LocalDate.of(year, 1, 1)) ? "UBND cấp huyện, cấp xã" : "UBND cấp xã";
    }

    private static Unit require(Map<String, Unit> units, String key) {
        Unit unit = units.get(key);
        if (unit == null) {
            throw new IllegalStateException("sample catalog names an unknown unit: " + key);
        }
        return unit;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package vn.cchc.dashboard.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.ProgressUpdate;

/**
 * The repositories over one {@link Database}, and the reads that several callers need. Each read runs in
 * its own short transaction, so a snapshot is consistent even while another window saves.
 */
public final class Store {

    private final Database database;
    private final ReferenceDataRepository referenceData = new ReferenceDataRepository();
    private final UnitRepository units = new UnitRepository();
    private final PlanRepository plans = new PlanRepository();
    private final TaskRepository tasks = new TaskRepository();
    private final ProgressRepository progress = new ProgressRepository();
    private final AuditRepository audit;
    private final AccountRepository accounts = new AccountRepository();
    private final IndicatorRepository indicators = new IndicatorRepository();
    private final NationalResultsRepository nationalResults = new NationalResultsRepository();
    private final StatisticsRepository statistics = new StatisticsRepository();
    private final UnitIndexRepository unitIndex = new UnitIndexRepository();
    private final SnapshotCache snapshots = new SnapshotCache();

    public Store(Database database) {
        this.database = database;
        this.audit = new AuditRepository(database::login);
    }

    public Database database() {
        return database;
    }

    public ReferenceDataRepository referenceData() {
        return referenceData;
    }

    public UnitRepository units() {
        return units;
    }

    public PlanRepository plans() {
        return plans;
    }

    public TaskRepository tasks() {
        return tasks;
    }

    public ProgressRepository progress() {
        return progress;
    }

    public AuditRepository audit() {
        return audit;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public IndicatorRepository indicators() {
        return indicators;
    }

    /** The PAR Index and SIPAS results of every province, by index and year. */
    public NationalResultsRepository nationalResults() {
        return nationalResults;
    }

    /** The statistics tables, the units' returns and their figures. */
    public UnitIndexRepository unitIndex() {
        return unitIndex;
    }

    public StatisticsRepository statistics() {
        return statistics;
    }

    /** Every indicator with its targets and figures, read in one transaction. */
    public IndicatorBook indicatorBook() {
        return database.inTransaction(indicators::book);
    }

    public List<Plan> allPlans() {
        return database.inTransaction(plans::findAll);
    }

    /**
     * Everything the calculations need about one plan, read in one transaction: its updates without their texts
     * (see {@link PlanSnapshot#updates()}).
     */
    public Optional<PlanSnapshot> snapshot(long planId) {
        return database.inTransaction(c -> snapshot(c, planId));
    }

    /** As {@link #snapshot(long)}, within the caller's transaction; the same snapshot while the plan is unchanged. */
    public Optional<PlanSnapshot> snapshot(Connection c, long planId) throws SQLException {
        return snapshots.snapshot(c, planId, database.localChanges(), () -> read(c, planId));
    }

    /**
     * The plan's updates with their texts, by id, which a snapshot's updates lack: for what shows the notes. Updates
     * are never changed, so each of a snapshot's updates is found here as it was read, texts added.
     */
    public Map<Long, ProgressUpdate> updatesWithTexts(long planId) {
        return database.inTransaction(c -> progress.findByPlan(c, planId)).stream()
                .collect(Collectors.toMap(ProgressUpdate::id, Function.identity()));
    }

    private Optional<PlanSnapshot> read(Connection c, long planId) throws SQLException {
        Optional<Plan> plan = plans.findById(c, planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlanSnapshot(plan.get(), referenceData.areas(c, plan.get().programmeCode()),
                units.findByPlan(c, planId), tasks.findByPlan(c, planId), progress.findByPlanWithoutTexts(c, planId)));
    }

    /** Deletes every plan, task, update, unit, unit's statistics, indicator figure and sample target within the caller's transaction (to replace the sample data). */
    public void deleteAllPlanData(Connection c) throws SQLException {
        Jdbc.update(c, "DELETE FROM indicator_target WHERE sample = TRUE");
        for (String table : List.of("unit_index_lock_event", "unit_index_change", "unit_index_score", "unit_index_exemption", "unit_index_criterion", "statistic_value", "statistic_return", "indicator_value", "audit_entry", "progress_update", "task_cooperator", "task", "plan")) {
            Jdbc.update(c, "DELETE FROM " + table);
        }
        Jdbc.update(c, "UPDATE org_unit SET successor_id = NULL");
        Jdbc.update(c, "DELETE FROM org_unit");
    }
}

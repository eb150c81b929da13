package vn.cchc.dashboard.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.Unit;

/**
 * The last snapshot read of each plan, handed out again while nothing in the database changed it. Reading a
 * national plan's tens of thousands of updates takes hundreds of milliseconds; the overview asks for the same plan
 * on every change of the as-of date, and the units screen, the reports and the lagging ranking ask again.
 *
 * <p>Whether the plan may have changed is decided before it is read, in the caller's transaction:
 * <ul>
 * <li>on the embedded file, by {@link Database#localChanges()}: only this JVM writes the file, and any committed
 *     change anywhere counts (a change elsewhere costs one read again; nothing is missed);</li>
 * <li>on a shared server, where other clients write, by the data itself: the plan row and its units, read again
 *     (small), and counts over its tasks and updates. Tasks are never removed (a deletion is a flag and a new
 *     version) and every edit raises the task's version; updates are only ever added. So the tasks' count,
 *     version sum and highest id, and the updates' count and highest id, change whenever anything the snapshot
 *     holds does — an update another client commits late with a lower id included, since it raises the count.</li>
 * </ul>
 * The stamp is taken before the data is read, so the data is never older than its stamp; at worst a change
 * committed in between is read early and read once more next time.
 */
final class SnapshotCache {

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final PlanRepository plans = new PlanRepository();
    private final UnitRepository units = new UnitRepository();

    /** The plan's snapshot: the cached one when nothing changed since it was read, else read with {@code reader}. */
    Optional<PlanSnapshot> snapshot(Connection c, long planId, OptionalLong localChanges, Reader reader)
            throws SQLException {
        Object stamp = localChanges.isPresent() ? (Object) localChanges.getAsLong() : ServerStamp.of(c, planId, plans,
                units);
        Entry cached = entries.get(planId);
        if (cached != null && cached.stamp().equals(stamp)) {
            return Optional.of(cached.snapshot());
        }
        Optional<PlanSnapshot> read = reader.read();
        if (read.isPresent()) {
            entries.put(planId, new Entry(stamp, read.get()));
        } else {
            entries.remove(planId);
        }
        return read;
    }

    /** Reads the plan afresh. */
    @FunctionalInterface
    interface Reader {
        Optional<PlanSnapshot> read() throws SQLException;
    }

    private record Entry(Object stamp, PlanSnapshot snapshot) {
    }

    private record ServerStamp(Optional<Plan> plan, List<Unit> units, long tasks, long versions, long lastTask,
                               long updates, long lastUpdate) {

        static ServerStamp of(Connection c, long planId, PlanRepository plans, UnitRepository units)
                throws SQLException {
            long[] tasks = Jdbc.query(c, "SELECT COUNT(*), COALESCE(SUM(version), 0), COALESCE(MAX(id), 0)"
                    + " FROM task WHERE plan_id = ?", r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3)},
                    planId).get(0);
            long[] updates = Jdbc.query(c, "SELECT COUNT(*), COALESCE(MAX(u.id), 0) FROM progress_update u"
                    + " JOIN task t ON t.id = u.task_id WHERE t.plan_id = ?",
                    r -> new long[] {r.getLong(1), r.getLong(2)}, planId).get(0);
            return new ServerStamp(plans.findById(c, planId), units.findByPlan(c, planId), tasks[0], tasks[1], tasks[2],
                    updates[0], updates[1]);
        }
    }
}

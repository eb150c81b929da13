package vn.cchc.dashboard.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;

/**
 * Run in a child JVM by {@link KillDurabilityTest}: saves progress updates through the real store, one
 * transaction each, and prints "ACK id" only after the commit returned – until it is killed.
 */
public final class DurabilityChild {

    public static void main(String[] args) {
        Database database = Database.openEmbedded(Path.of(args[0]));
        Store store = new Store(database);
        long taskId = database.inTransaction(c -> {
            List<Plan> plans = store.plans().findAll(c);
            if (!plans.isEmpty()) {
                return store.tasks().findByPlan(c, plans.get(0).id()).get(0).id();
            }
            long unit = store.units().insert(c, new Unit(0, "Sở Nội vụ", null, UnitKind.DEPARTMENT, null, null, null));
            long plan = store.plans().insert(c, new Plan(0, 2026, "Kế hoạch thử độ bền", null, null,
                    PlanScope.PROVINCE, "NQ76", false, false));
            return store.tasks().insert(c, new Task(0, plan, "I.1", "CDDH", "Nhiệm vụ thử", unit, List.of(), null, null,
                    "Quý IV", LocalDate.of(2026, 12, 31), false, 1));
        });
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            ProgressUpdate update = new ProgressUpdate(0, taskId, LocalDate.of(2026, 1, 1).plusDays(i % 300),
                    TaskStatus.IN_PROGRESS, i % 100, "Cập nhật số " + i, null, "Tiến trình con", Instant.now(), null);
            long id = database.inTransaction(c -> store.progress().insert(c, update));
            System.out.println("ACK " + id);
            System.out.flush();
        }
    }
}

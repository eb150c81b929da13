package vn.cchc.dashboard.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanDraft;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.TaskDraft;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;

/**
 * Run in a child JVM by {@link KillDurabilityTest}: records progress updates the way the window does
 * (TaskService, one transaction with its audit entry each) and prints "ACK id" only after the save returned –
 * until it is killed.
 */
public final class DurabilityChild {

    public static void main(String[] args) {
        AppContext context = AppContext.open(Path.of(args[0]), Clock.systemDefaultZone(), false);
        long taskId = firstTask(context);
        System.out.println("READY");
        System.out.flush();
        LocalDate day = LocalDate.now().minusDays(300);
        for (int i = 0; ; i++) {
            ProgressDraft draft = new ProgressDraft(day.plusDays(i % 290), TaskStatus.IN_PROGRESS, i % 100,
                    "Cập nhật số " + i, null);
            long id = context.tasks().recordProgress(taskId, draft).id();
            System.out.println("ACK " + id);
            System.out.flush();
        }
    }

    private static long firstTask(AppContext context) {
        List<Plan> plans = context.plans().plans();
        if (!plans.isEmpty()) {
            return context.plans().snapshot(plans.get(0)).tasks().get(0).id();
        }
        long unit = context.store().database().inTransaction(c -> context.store().units().insert(c,
                new Unit(0, "Sở Nội vụ", null, UnitKind.DEPARTMENT, null, null, null)));
        int year = LocalDate.now().getYear();
        Plan plan = context.planEditor().create(new PlanDraft(year, "Kế hoạch thử độ bền", null, null, false));
        return context.tasks().addTask(plan, new TaskDraft("I.1", "CDDH", "Nhiệm vụ thử", unit, null, null,
                "Thường xuyên")).id();
    }
}

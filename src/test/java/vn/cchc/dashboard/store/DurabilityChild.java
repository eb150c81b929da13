package vn.cchc.dashboard.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.ImportRequest;
import vn.cchc.dashboard.app.PlanImport;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanDraft;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskDraft;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;

/**
 * Run in a child JVM by {@link KillDurabilityTest}: records progress updates the way the window does
 * (TaskService, one transaction with its audit entry each; every third save a bulk update of three tasks in
 * one transaction), every 40th save imports a plan file for a new year (one transaction of many tasks), and
 * prints "ACK id…" or "PLAN year tasks" only after the save returned – until it is killed.
 */
public final class DurabilityChild {

    /**
     * Imported plans take the years from here on (the 2011–2020 programme), one each, so that every import
     * creates its own plan; the test removes them between kills.
     */
    static final int FIRST_IMPORT_YEAR = 2011;
    static final int LAST_IMPORT_YEAR = 2020;

    public static void main(String[] args) {
        AppContext context = AppContext.open(Path.of(args[0]), Clock.systemDefaultZone(), false);
        List<Long> taskIds = tasks(context);
        Path planFile = Path.of(args[1]);
        int nextYear = FIRST_IMPORT_YEAR + (int) context.plans().plans().stream()
                .filter(p -> p.year() <= LAST_IMPORT_YEAR).count();
        System.out.println("READY");
        System.out.flush();
        LocalDate day = LocalDate.now().minusDays(300);
        for (int i = 0; ; i++) {
            if (i % 40 == 39 && nextYear <= LAST_IMPORT_YEAR) {
                int year = nextYear++;
                PlanImport imported = context.planImport().commit(planFile, new ImportRequest(null, year, null,
                        y -> "Kế hoạch nhập thử năm " + y));
                System.out.println("PLAN " + year + " " + context.plans().snapshot(imported.plan()).tasks().size());
                System.out.flush();
                continue;
            }
            ProgressDraft draft = new ProgressDraft(day.plusDays(i % 290), TaskStatus.IN_PROGRESS, i % 100,
                    "Cập nhật số " + i, null);
            List<ProgressUpdate> saved = i % 3 == 2 ? context.tasks().recordProgress(taskIds, draft)
                    : List.of(context.tasks().recordProgress(taskIds.get(0), draft));
            System.out.println("ACK " + saved.stream().map(u -> String.valueOf(u.id())).collect(Collectors.joining(" ")));
            System.out.flush();
        }
    }

    /** The three tasks it updates, created on the first run. */
    private static List<Long> tasks(AppContext context) {
        List<Plan> plans = context.plans().plans();
        if (!plans.isEmpty()) {
            return context.plans().snapshot(plans.get(0)).tasks().stream().map(Task::id).toList();
        }
        long unit = context.store().database().inTransaction(c -> context.store().units().insert(c,
                new Unit(0, "Sở Nội vụ", null, UnitKind.DEPARTMENT, null, null, null)));
        int year = LocalDate.now().getYear();
        Plan plan = context.planEditor().create(new PlanDraft(year, "Kế hoạch thử độ bền", null, null, false));
        return List.of(1, 2, 3).stream().map(n -> context.tasks().addTask(plan, new TaskDraft("I." + n, "CDDH",
                "Nhiệm vụ thử " + n, unit, null, null, "Thường xuyên")).id()).toList();
    }
}

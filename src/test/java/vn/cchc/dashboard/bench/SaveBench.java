package vn.cchc.dashboard.bench;

import java.util.List;
import java.util.Random;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskStatus;

/**
 * One progress update saved the way the dialog's Lưu does it (checked, written with its audit line, committed
 * to disk), many times on random tasks of this year's plan: the latency a user feels, as percentiles.
 * Runs on a copy of the store, so the cached store stays as generated.
 */
final class SaveBench {

    private final AppContext context;
    private final String store;

    SaveBench(AppContext context, String store) {
        this.context = context;
        this.store = store;
    }

    Sample run(Effort effort) {
        Plan plan = context.plans().planFor(null);
        List<Task> tasks = context.plans().snapshot(plan).tasks();
        Random random = new Random(42);
        return Timer.time("save", "progress-update save (one update, audit line, commit with WRITE_DELAY=0)", store,
                effort.saves() / 10, effort.saves(), run -> {
                    long taskId = tasks.get(random.nextInt(tasks.size())).id();
                    ProgressDraft draft = new ProgressDraft(StoreGenerator.DATA_DATE, TaskStatus.IN_PROGRESS,
                            1 + random.nextInt(99), "Đang triển khai (đo hiệu năng)", null);
                    return () -> context.tasks().recordProgress(taskId, draft).id();
                });
    }
}

package vn.cchc.dashboard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import vn.cchc.dashboard.domain.DeadlineText;
import vn.cchc.dashboard.domain.DueDate;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskCodes;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.Store;

/**
 * Writes a large store deterministically from a seed, through the app's own repositories, in transactions of
 * a few thousand tasks. A finished store is marked, kept under the cache folder keyed by size and seed, and
 * reused; an unfinished one (an interrupted run) is thrown away and written again.
 */
final class StoreGenerator {

    /** The data date of every generated store: fixed, so that the same seed gives the same store on any day. */
    static final LocalDate DATA_DATE = LocalDate.of(2026, 11, 20);
    private static final int TASKS_PER_TRANSACTION = 2_000;
    private static final String DONE_MARKER = "generated.properties";
    private static final String[] DEADLINES = {"Quý I/{Y}", "Quý II/{Y}", "30/6/{Y}", "Tháng 9/{Y}", "Quý III/{Y}",
            "Trước 30/11/{Y}", "Quý IV/{Y}", "Thường xuyên", "15/3/{Y}", "Tháng 10/{Y}"};
    private static final String[] VERBS = {"Rà soát, đơn giản hóa", "Xây dựng và ban hành", "Triển khai thực hiện",
            "Kiểm tra, đánh giá", "Tổng kết, báo cáo", "Số hóa hồ sơ, kết quả giải quyết", "Tuyên truyền, phổ biến"};
    private static final String[] OBJECTS = {"thủ tục hành chính lĩnh vực đất đai", "quy chế làm việc",
            "Đề án vị trí việc làm", "cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập",
            "dịch vụ công trực tuyến toàn trình", "Chỉ số cải cách hành chính", "kho dữ liệu dùng chung"};

    private final StoreSize size;
    private final long seed;

    StoreGenerator(StoreSize size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    /** The store's data folder, written first if the cache does not hold a finished one. */
    Path prepare(Path cache, Log log) {
        Path folder = cache.resolve(size.id + "-seed" + seed);
        if (Files.exists(folder.resolve(DONE_MARKER))) {
            log.line("store " + size.id + ": reusing " + folder);
            return folder;
        }
        deleteTree(folder);
        long started = System.nanoTime();
        Counts counts;
        try (Database database = Database.openEmbedded(folder)) {
            counts = write(new Store(database), log);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try {
            Files.writeString(folder.resolve(DONE_MARKER), "size=" + size.id + "\nseed=" + seed + "\ntasks=" + counts.tasks
                    + "\nupdates=" + counts.updates + "\nunits=" + counts.units + "\nplans=" + counts.plans
                    + "\nseconds=" + String.format(java.util.Locale.ROOT, "%.1f", seconds) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.line(String.format(java.util.Locale.ROOT, "store %s: %,d tasks, %,d updates written in %.1f s",
                size.id, counts.tasks, counts.updates, seconds));
        return folder;
    }

    /** What a finished store in {@code folder} holds, as written by {@link #prepare}. */
    static java.util.Properties description(Path folder) {
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newInputStream(folder.resolve(DONE_MARKER))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private record Counts(long units, long plans, long tasks, long updates) {
    }

    private Counts write(Store store, Log log) {
        Random random = new Random(seed * 1_000_003L + size.ordinal());
        List<Unit> units = store.database().inTransaction(c -> BenchUnits.write(store, c, size.scope));
        long tasks = 0;
        long updates = 0;
        for (int year = size.firstYear; year <= size.lastYear; year++) {
            long[] written = writePlan(store, units, year, random);
            tasks += written[0];
            updates += written[1];
            log.line(String.format(java.util.Locale.ROOT, "  %s %d: %,d tasks, %,d updates", size.id, year, written[0], written[1]));
        }
        return new Counts(units.size(), size.lastYear - size.firstYear + 1L, tasks, updates);
    }

    private long[] writePlan(Store store, List<Unit> units, int year, Random random) {
        String whose = size.scope == PlanScope.PROVINCE ? "của tỉnh Minh Giang" : "của các bộ, ngành, địa phương";
        Plan plan = new Plan(0, year, "Kế hoạch cải cách hành chính năm " + year + " " + whose + " (dữ liệu đo hiệu năng)",
                (100 + random.nextInt(80)) + "/KH-BENCH", LocalDate.of(year - 1, 12, 20), size.scope,
                year <= 2020 ? "NQ30C" : "NQ76", year < size.lastYear, false);
        long planId = store.database().inTransaction(c -> store.plans().insert(c, plan));
        LocalDate start = LocalDate.of(year, 1, 1);
        List<Unit> leads = units.stream().filter(u -> u.existsOn(start)).toList();
        List<ReformArea> areas = store.database().inTransaction(c -> store.referenceData().areas(c, plan.programmeCode()));
        int count = size == StoreSize.STRESS ? StoreSize.STRESS_TASKS_PER_PLAN
                : size.scope == PlanScope.PROVINCE ? size.tasksPerYearOrLead : size.tasksPerYearOrLead * leads.size();
        LocalDate horizon = year == DATA_DATE.getYear() ? DATA_DATE : LocalDate.of(year + 1, 1, 31);
        BenchHistory history = new BenchHistory(random, horizon, size.updatesPerTask);
        long updates = 0;
        int[] perArea = new int[areas.size()];
        for (int from = 0; from < count; from += TASKS_PER_TRANSACTION) {
            int to = Math.min(count, from + TASKS_PER_TRANSACTION);
            int first = from;
            updates += store.database().inTransaction(c -> {
                // Each task's history is invented right after the task, as the seed has always been drawn, under
                // the task's place in the batch; the ids the batched insert gives are put in afterwards.
                List<Task> tasks = new ArrayList<>();
                List<List<ProgressUpdate>> histories = new ArrayList<>();
                for (int i = first; i < to; i++) {
                    int area = random.nextInt(areas.size());
                    Task task = task(planId, year, areas.get(area), area, ++perArea[area], i + 1,
                            leads.get(random.nextInt(leads.size())), random);
                    tasks.add(task);
                    histories.add(history.invent(tasks.size() - 1, task.dueDate(), task.recurring()));
                }
                List<Long> ids = store.tasks().insertAll(c, tasks);
                List<ProgressUpdate> batch = new ArrayList<>();
                for (int t = 0; t < ids.size(); t++) {
                    for (ProgressUpdate u : histories.get(t)) {
                        batch.add(new ProgressUpdate(0, ids.get(t), u.asOf(), u.status(), u.percent(), u.note(),
                                u.evidence(), u.enteredBy(), u.enteredAt(), u.supersedesId(), u.withdrawal()));
                    }
                }
                store.progress().insertAll(c, batch);
                return (long) batch.size();
            });
        }
        return new long[] {count, updates};
    }

    private static Task task(long planId, int year, ReformArea area, int areaIndex, int number, int sortOrder, Unit lead,
                             Random random) {
        String deadline = DEADLINES[random.nextInt(DEADLINES.length)].replace("{Y}", String.valueOf(year));
        DueDate due = DeadlineText.parse(deadline, year);
        String title = VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)]
                + " năm " + year + " (nhiệm vụ " + sortOrder + ")";
        return new Task(0, planId, TaskCodes.roman(areaIndex + 1) + "." + number, area.code(), title, lead.id(),
                List.of(), "Các sở, ban, ngành liên quan", "Báo cáo", deadline, due.date(), due.recurring(), sortOrder);
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Progress lines, so that a long generation shows it is alive. */
    interface Log {
        void line(String text);
    }
}

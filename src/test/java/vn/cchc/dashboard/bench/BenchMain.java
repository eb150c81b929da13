package vn.cchc.dashboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.report.ReportFormat;
import vn.cchc.dashboard.store.Database;

/**
 * The benchmark suite: {@code mvn -B -Pbench verify -Dbench.mode=quick|full}. Generates (or reuses) the stores,
 * measures every figure of the issue on them, judges the targets, profiles what misses, and writes
 * docs/benchmarks.md and the README's table. Quick mode: the province store and a national store of three
 * years, imports of 1.000 and 10.000 rows; full mode adds the ten-year national store, the stress store and the
 * 100.000-row import, with more runs.
 *
 * <p>To iterate on one query without the hour of a full run: {@code -Dbench.only=queries} measures the store
 * queries only, on the stores named by {@code -Dbench.stores=national,stress} (ids of {@link StoreSize}; the mode's
 * stores without it), logs their figures, profiles what misses, and writes neither docs/benchmarks.md nor the README.
 * {@code -Dbench.only=startup} does the same for the start-up pairs on the province store.
 * {@code -Dbench.only=import} (with {@code -Dbench.rows=1000,10000,100000}) does the same for the plan import.
 */
public final class BenchMain {

    private static final long SEED = 2021L;

    private final Effort effort;
    private final Path cache = Path.of("target", "bench-stores").toAbsolutePath();
    private final Path work = Path.of("target", "bench-work").toAbsolutePath();
    private final Results results;
    private final Profiles profiles;

    private BenchMain(boolean quick) {
        this.effort = quick ? Effort.QUICK : Effort.FULL;
        this.results = new Results(quick ? "quick" : "full");
        this.profiles = new Profiles(Path.of("docs", "benchmarks").toAbsolutePath(), work.resolve("jfr"));
    }

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("bench.mode", args.length > 0 ? args[0] : "quick").toLowerCase(Locale.ROOT);
        if (!mode.equals("quick") && !mode.equals("full")) {
            System.err.println("bench.mode must be quick or full, not: " + mode);
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        new BenchMain(mode.equals("quick")).run();
        System.exit(0);
    }

    private void run() throws Exception {
        if ("queries".equals(System.getProperty("bench.only"))) {
            queriesOnly();
            return;
        }
        if ("startup".equals(System.getProperty("bench.only"))) {
            startupOnly();
            return;
        }
        if ("import".equals(System.getProperty("bench.only"))) {
            importsOnly();
            return;
        }
        long started = System.nanoTime();
        results.notes.add("Load average at the start (1, 5, 15 min): " + Report.Machine.loadAverage()
                + " — on a machine shared with other builds every absolute figure stretches; the ratios less so.");
        List<StoreSize> sizes = modeStores();
        List<Path> folders = new ArrayList<>();
        for (StoreSize size : sizes) {
            Path folder = new StoreGenerator(size, SEED).prepare(cache, BenchMain::log);
            folders.add(folder);
            results.stores.put(size, StoreGenerator.description(folder));
        }
        for (int i = 0; i < sizes.size(); i++) {
            queries(sizes.get(i), folders.get(i));
        }
        serverQueries(effort.quick() ? sizes.subList(0, 1) : sizes.subList(0, 2), folders);
        provinceWork(folders.get(0));
        List<Integer> importRows = modeImportRows();
        for (int rows : importRows) {
            imports(rows);
        }
        startup(sizes, folders);
        String stress = sizes.contains(StoreSize.STRESS) ? StoreSize.STRESS.id : null;
        Targets.judge(results, StoreSize.PROVINCE.id, sizes.get(1).id, stress, importRows);
        results.profiles = profiles.written();
        results.notes.add(String.format(Locale.ROOT, "The whole run took %.0f s.", (System.nanoTime() - started) / 1e9));
        String command = "mvn -B -Pbench verify -Dbench.mode=" + results.mode;
        Report.write(results, Path.of("docs", "benchmarks.md"), Path.of("README.md"), command);
        log("wrote docs/benchmarks.md");
    }

    /** {@code -Dbench.only=queries}: the store queries alone, on the stores {@code bench.stores} names. */
    private void queriesOnly() throws Exception {
        String named = System.getProperty("bench.stores", "");
        List<StoreSize> sizes = named.isBlank() ? modeStores() : Arrays.stream(named.split(",")).map(String::trim)
                .map(id -> Arrays.stream(StoreSize.values()).filter(s -> s.id.equals(id)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("bench.stores: no store " + id)))
                .toList();
        for (StoreSize size : sizes) {
            queries(size, new StoreGenerator(size, SEED).prepare(cache, BenchMain::log));
        }
        log("profiles written: " + profiles.written());
    }

    /**
     * {@code -Dbench.only=startup}: the start-up pairs alone on the province store (the mode's number of runs, both
     * with and without the archives), logged with their ratios, and a profile of one more start of the app.
     */
    private void startupOnly() throws Exception {
        Path folder = new StoreGenerator(StoreSize.PROVINCE, SEED).prepare(cache, BenchMain::log);
        try (Display display = Display.choose()) {
            StartupBench bench = new StartupBench(display, work.resolve("startup-logs"));
            List<Sample> samples = bench.run(StoreSize.PROVINCE.id, copyOf(folder, "startup-province"),
                    effort.processRuns(), true);
            for (Sample s : samples) {
                log(String.format(Locale.ROOT, "%s: median %s %s (min %s, max %s)", s.id(), Report.num(s.median()),
                        s.unit(), Report.num(s.min()), Report.num(s.max())));
            }
            for (String suffix : List.of("", "-cds")) {
                log("start-up ratio" + suffix + ": " + StartupBench.ratio(samples, "startup-app" + suffix,
                        "startup-minimal" + suffix) + ", memory ratio" + suffix + ": "
                        + StartupBench.ratio(samples, "memory-app" + suffix, "memory-minimal" + suffix));
            }
            StartupProfile.write(profiles, StoreSize.PROVINCE.id,
                    bench.profilePair(StoreSize.PROVINCE.id, copyOf(folder, "startup-province"), work.resolve("jfr")));
            log("profiles written: " + profiles.written());
        }
    }

    /**
     * {@code -Dbench.only=import}: the plan imports alone, of the row counts {@code bench.rows} names (the mode's
     * without it), each logged with every sample and profiled whatever its figure, so that a change to the import is
     * measured and explained in a minute or two.
     */
    private void importsOnly() throws Exception {
        String named = System.getProperty("bench.rows", "");
        List<Integer> rows = named.isBlank() ? modeImportRows()
                : Arrays.stream(named.split(",")).map(String::trim).map(Integer::valueOf).toList();
        for (int count : rows) {
            ImportBench bench = new ImportBench(work.resolve("import"));
            List<Sample> samples = bench.run(count, effort, results.notes);
            for (Sample s : samples) {
                log(String.format(Locale.ROOT, "%s: median %s ms, runs %s", s.id(), Report.num(s.median()), ImportBench.rounded(s.values())));
            }
            List<List<Double>> cpu = bench.cpuTimes(count, count >= 100_000 ? 3 : 5);
            log(String.format(Locale.ROOT, "import-%d CPU time: import %s ms, bare read %s ms (medians; runs %s and %s)",
                    count, Report.num(new Sample("cpu", "", "", "ms", cpu.get(0)).median()),
                    Report.num(new Sample("cpu", "", "", "ms", cpu.get(1)).median()), ImportBench.rounded(cpu.get(0)), ImportBench.rounded(cpu.get(1))));
            profiles.profile("import-" + count, "plan import of the " + samples.get(0).store(), bench.profileWork(count),
                    count >= 100_000 ? 20 : 10, ImportBench.TIMED);
        }
        results.notes.forEach(BenchMain::log);
        log("profiles written: " + profiles.written());
    }

    private List<Integer> modeImportRows() {
        return effort.quick() ? List.of(1_000, 10_000) : List.of(1_000, 10_000, 100_000);
    }

    private List<StoreSize> modeStores() {
        return effort.quick() ? List.of(StoreSize.PROVINCE, StoreSize.NATIONAL_QUICK)
                : List.of(StoreSize.PROVINCE, StoreSize.NATIONAL, StoreSize.STRESS);
    }

    private void queries(StoreSize size, Path folder) throws Exception {
        AppSettings settings = AppSettings.load(folder);
        Effort e = size == StoreSize.STRESS ? effort.slow() : effort;
        try (Database database = Database.openEmbedded(folder)) {
            QueryBench bench = new QueryBench(database, size.id, settings.laggingPolicy(), settings.staleDays());
            List<Sample> samples = bench.run(e);
            results.add(samples);
            log(size.id + ": " + summary(samples));
            double limit = size == StoreSize.PROVINCE ? Targets.RECOMPUTE_MS
                    : size == StoreSize.STRESS ? Targets.STRESS_QUERY_MS : Targets.NATIONAL_QUERY_MS;
            for (Sample s : samples) {
                // The province store judges the recompute alone, the national one the queries, the stress one both.
                boolean judged = size == StoreSize.PROVINCE ? s.id().equals("recompute")
                        : size == StoreSize.STRESS || !s.id().equals("recompute");
                if (judged && s.median() > limit) {
                    profiles.profile(s.id() + "-" + size.id, s.what() + " on the " + size.id + " store", bench.work(s.id()), 5);
                }
            }
        }
    }

    /**
     * The same queries on the PostgreSQL server named for the tests, on copies of the stores made with the app's
     * migrate-to; quick mode copies only the province store (the national one takes minutes to copy).
     */
    private void serverQueries(List<StoreSize> sizes, List<Path> folders) throws Exception {
        Optional<String> server = ServerStore.server();
        if (server.isEmpty()) {
            results.notes.add("PostgreSQL: not measured — no server named (set CCHC_TEST_PG or -Dcchc.test.pg to a"
                    + " jdbc:postgresql://… URL; .ci/postgres.sh starts a throw-away one).");
            return;
        }
        for (int i = 0; i < sizes.size(); i++) {
            StoreSize size = sizes.get(i);
            AppSettings settings = AppSettings.load(folders.get(i));
            long copying = System.nanoTime();
            try (Database database = ServerStore.copyOf(server.get(), folders.get(i), size.id)) {
                results.notes.add(String.format(Locale.ROOT, "PostgreSQL: the %s store was copied to the server with"
                        + " migrate-to's copy in %.0f s.", size.id, (System.nanoTime() - copying) / 1e9));
                List<Sample> samples = new QueryBench(database, size.id + "-pg", settings.laggingPolicy(),
                        settings.staleDays()).run(effort);
                results.add(samples);
                log(size.id + " on PostgreSQL: " + summary(samples));
            }
        }
    }

    /** Saves, reports and charts on a copy of the province store, so that the cached store stays as generated. */
    private void provinceWork(Path province) throws Exception {
        Path copy = copyOf(province, "province-copy");
        Clock clock = Clock.fixed(StoreGenerator.DATA_DATE.atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        try (AppContext context = AppContext.open(copy, clock, false)) {
            OutputBench bench = new OutputBench(context, StoreSize.PROVINCE.id, work.resolve("outputs"));
            List<Sample> outputs = bench.run(effort);
            results.add(outputs);
            log("outputs: " + summary(outputs));
            for (ReportFormat format : ReportFormat.values()) {
                Sample report = outputs.get(format.ordinal());
                if (report.median() > Targets.REPORT_MS) {
                    profiles.profile(report.id() + "-province", report.what() + " on the province store",
                            bench.report(format), 8);
                }
            }
            Sample save = new SaveBench(context, StoreSize.PROVINCE.id).run(effort);
            results.add(List.of(save));
            log(String.format(Locale.ROOT, "save: p50 %.1f p99 %.1f ms", save.percentile(50), save.percentile(99)));
        }
    }

    private void imports(int rows) throws Exception {
        ImportBench bench = new ImportBench(work.resolve("import"));
        List<Sample> samples = bench.run(rows, effort, results.notes);
        results.add(samples);
        log("import " + rows + ": " + summary(samples));
        Sample imported = samples.get(0);
        Sample read = samples.get(1);
        if (rows == 10_000 && imported.median() > Targets.IMPORT_RATIO * read.median()) {
            profiles.profile("import-" + rows, "plan import of the " + imported.store(), bench.profileWork(rows), 10,
                    ImportBench.TIMED);
        }
    }

    private void startup(List<StoreSize> sizes, List<Path> folders) throws Exception {
        try (Display display = Display.choose()) {
            results.display = display.description();
            StartupBench bench = new StartupBench(display, work.resolve("startup-logs"));
            // Quick mode starts the app on the province store only: each store costs a dozen process starts.
            int stores = effort.quick() ? 1 : sizes.size();
            for (int i = 0; i < stores; i++) {
                Path copy = copyOf(folders.get(i), "startup-" + sizes.get(i).id);
                // Quick mode starts only as installed (with the archives): the plain pair is full mode's.
                List<Sample> samples = bench.run(sizes.get(i).id, copy, effort.processRuns(), !effort.quick());
                results.add(samples);
                log("startup " + sizes.get(i).id + ": " + summary(samples));
                Sample app = samples.stream().filter(x -> x.id().startsWith("startup-app")).findFirst().orElseThrow();
                Sample minimal = samples.stream().filter(x -> x.id().startsWith("startup-minimal")).findFirst()
                        .orElseThrow();
                if (i == 0 && app.median() > Targets.STARTUP_RATIO * minimal.median()) {
                    StartupProfile.write(profiles, sizes.get(i).id, bench.profilePair(sizes.get(i).id, copy,
                            work.resolve("jfr")));
                }
            }
        }
    }

    private Path copyOf(Path store, String name) throws Exception {
        Path copy = work.resolve(name);
        StoreGenerator.deleteTree(copy);
        Files.createDirectories(copy);
        Files.copy(store.resolve(Database.EMBEDDED_NAME + ".mv.db"), copy.resolve(Database.EMBEDDED_NAME + ".mv.db"));
        return copy;
    }

    private static String summary(List<Sample> samples) {
        StringBuilder text = new StringBuilder();
        for (Sample s : samples) {
            text.append(String.format(Locale.ROOT, "%s %s %s; ", s.id(), Report.num(s.median()), s.unit()));
        }
        return text.toString();
    }

    static void log(String line) {
        System.out.println("[bench] " + line);
        System.out.flush();
    }
}

package vn.cchc.dashboard.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import vn.cchc.dashboard.Main;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.ui.StartupProbe;

/**
 * Start-up as a whole process: the app on a store, and the minimal JavaFX window, each started as
 * {@code java <same flags> -cp <same class path> <launcher>} and timed from the moment the process is started
 * to the probe's line (the overview's headline on screen; the window's label). Runs alternate between the
 * two, so that drift on a shared machine falls on both. CPU time is the process's, all threads, when the line
 * arrives. Peak memory is the process's high-water resident set (VmHWM) two seconds after it is ready (the
 * overview's charts, below the fold, wait for a scroll that these starts never make).
 */
final class StartupBench {

    private static final long SETTLE_MS = 2_000;
    static final String LAUNCHER_OPTIONS = "installer/jvm-options.txt";

    private final Display display;
    private final Path logs;
    private String classPath;
    /** One unmeasured pair first (the disk cache, fontconfig's cache), not one per store. */
    private boolean warmedUp;

    StartupBench(Display display, Path logs) {
        this.display = display;
        this.logs = logs;
    }

    /**
     * Start-up samples of the app on {@code dataFolder} and of the minimal window: time and peak memory of each,
     * started plainly and then each with its own class-data sharing archive, as the installed app starts (the
     * installer builds one the same way: one start that exits when shown, recording the classes it loaded).
     * Without {@code plainToo}, only with the archives.
     */
    List<Sample> run(String store, Path dataFolder, int runs, boolean plainToo) throws Exception {
        List<String> app = List.of(Main.class.getName(), "--data-dir", dataFolder.toString());
        List<String> minimal = List.of(MinimalWindow.Launcher.class.getName());
        if (!warmedUp) {
            start(app, "warmup-app", List.of());
            start(minimal, "warmup-minimal", List.of());
            warmedUp = true;
        }
        List<Sample> samples = new ArrayList<>(plainToo ? pair(store, "", app, List.of(), minimal, List.of(), runs)
                : List.of());
        Path appArchive = logs.resolve(store + "-app.jsa");
        Path minimalArchive = logs.resolve(store + "-minimal.jsa");
        archive(app, appArchive, dataFolder);
        archive(minimal, minimalArchive, null);
        samples.addAll(pair(store, "-cds", app, List.of("-XX:SharedArchiveFile=" + appArchive), minimal,
                List.of("-XX:SharedArchiveFile=" + minimalArchive), runs));
        return samples;
    }

    /** Runs alternating between the two, so that drift on a shared machine falls on both. */
    private List<Sample> pair(String store, String suffix, List<String> app, List<String> appFlags, List<String> minimal,
                              List<String> minimalFlags, int runs) throws Exception {
        List<Double> appMs = new ArrayList<>();
        List<Double> appMb = new ArrayList<>();
        List<Double> minMs = new ArrayList<>();
        List<Double> minMb = new ArrayList<>();
        List<Double> appCpu = new ArrayList<>();
        List<Double> minCpu = new ArrayList<>();
        String how = suffix.isEmpty() ? "" : ", with its class-data sharing archive";
        for (int i = 0; i < runs; i++) {
            Run a = start(app, store + "-app" + suffix + "-" + i, appFlags);
            Run m = start(minimal, store + "-minimal" + suffix + "-" + i, minimalFlags);
            appMs.add(a.millis);
            appMb.add(a.peakMb);
            minMs.add(m.millis);
            minMb.add(m.peakMb);
            appCpu.add(a.cpuMs);
            minCpu.add(m.cpuMs);
        }
        return List.of(
                new Sample("startup-app" + suffix, "app start-up to the overview's headline on screen" + how, store, "ms",
                        appMs),
                new Sample("startup-minimal" + suffix, "minimal JavaFX window start-up to its label on screen" + how, store,
                        "ms", minMs),
                new Sample("cpu-app" + suffix, "app CPU time (all threads) to the overview's headline" + how, store, "ms",
                        appCpu),
                new Sample("cpu-minimal" + suffix, "minimal window CPU time (all threads) to its label" + how, store, "ms",
                        minCpu),
                new Sample("memory-app" + suffix, "app peak resident memory (VmHWM), ready + 2 s" + how, store, "MB", appMb),
                new Sample("memory-minimal" + suffix, "minimal window peak resident memory (VmHWM), ready + 2 s" + how,
                        store, "MB", minMb));
    }

    /**
     * One start that closes itself once shown, dumping the classes it loaded into {@code archive}; the app's on a
     * scratch copy of its data (closing writes the day's backup).
     */
    private void archive(List<String> mainAndArgs, Path archive, Path dataFolder) throws Exception {
        Files.deleteIfExists(archive);
        List<String> command = new ArrayList<>(mainAndArgs);
        if (dataFolder != null) {
            Path scratch = logs.resolve("training-" + dataFolder.getFileName());
            StoreGenerator.deleteTree(scratch);
            Files.createDirectories(scratch);
            Files.copy(dataFolder.resolve(Database.EMBEDDED_NAME + ".mv.db"),
                    scratch.resolve(Database.EMBEDDED_NAME + ".mv.db"));
            command.set(command.indexOf(dataFolder.toString()), scratch.toString());
        }
        Process process = builder(command, archive.getFileName() + "-training",
                List.of("-XX:ArchiveClassesAtExit=" + archive, "-D" + MinimalWindow.EXIT_WHEN_SHOWN + "=true"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // Closing writes the day's backup first: of the 4 GB stress store, minutes with the client compiler.
        if (!process.waitFor(20, TimeUnit.MINUTES) || !Files.exists(archive)) {
            process.destroyForcibly();
            throw new IllegalStateException("no class-data sharing archive " + archive + "; see " + logs);
        }
    }

    /**
     * One more start of the app and of the minimal window, each with its archive from {@link #run} (as installed),
     * under JFR sampling every millisecond: the profiles kept with the results when start-up misses its target, so
     * that the difference between the two can be read thread by thread.
     */
    List<Profiled> profilePair(String store, Path dataFolder, Path jfrFolder) throws Exception {
        Files.createDirectories(jfrFolder);
        List<Profiled> profiled = new ArrayList<>();
        for (String who : List.of("app", "minimal")) {
            Path jfr = jfrFolder.resolve("startup-" + who + ".jfr");
            List<String> mainAndArgs = who.equals("app")
                    ? List.of(Main.class.getName(), "--data-dir", dataFolder.toString())
                    : List.of(MinimalWindow.Launcher.class.getName());
            Run run = start(mainAndArgs, "profile-" + who, List.of(
                    "-XX:SharedArchiveFile=" + logs.resolve(store + "-" + who + ".jsa"),
                    "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,method-profiling=max",
                    "-XX:NativeMemoryTracking=summary"), true);
            profiled.add(new Profiled(who, jfr, run.readyAt, run.millis, run.cpuMs, run.threadCpuMs, run.peakMb,
                    run.memory));
        }
        return profiled;
    }

    /**
     * A profiled start: its recording, when it was ready (epoch ms), how long that took, and its CPU time then, in
     * all and by thread (named as the system knows them, in 15 characters; threads of one name summed); its peak
     * resident memory and what jcmd said of its memory two seconds after ready.
     */
    record Profiled(String who, Path jfr, long readyAt, double millis, double cpuMs, Map<String, Double> threadCpuMs,
                    double peakMb, JvmMemory memory) {
    }

    /**
     * What jcmd says of a process's memory: {@code VM.native_memory summary} (the JVM's memory by what it is for,
     * committed and reserved; the process must run with native memory tracking) and {@code GC.class_histogram} (what
     * the heap holds live, largest first).
     */
    record JvmMemory(String nativeSummary, String heapHistogram) {
    }

    private record Run(long readyAt, double millis, double peakMb, double cpuMs, Map<String, Double> threadCpuMs,
                       JvmMemory memory) {
    }

    private Run start(List<String> mainAndArgs, String name, List<String> extraFlags) throws Exception {
        return start(mainAndArgs, name, extraFlags, false);
    }

    /** @param askJcmd whether to ask jcmd about the process's memory before it is stopped (a profiled start) */
    private Run start(List<String> mainAndArgs, String name, List<String> extraFlags, boolean askJcmd) throws Exception {
        ProcessBuilder builder = builder(mainAndArgs, name, extraFlags);
        long startedAt = System.currentTimeMillis();
        Process process = builder.start();
        try {
            CompletableFuture<Optional<Long>> ready = CompletableFuture.supplyAsync(() -> readyLine(process));
            Optional<Long> readyAt = ready.get(5, TimeUnit.MINUTES);
            if (readyAt.isEmpty()) {
                throw new IllegalStateException("no " + "CCHC-READY line from " + name + "; see " + logs.resolve(name + ".err"));
            }
            Path proc = Path.of("/proc", String.valueOf(process.pid()));
            double cpuMs = cpuMs(proc.resolve("stat"));
            Map<String, Double> threadCpuMs = threadCpuMs(proc.resolve("task"));
            Thread.sleep(SETTLE_MS);
            JvmMemory memory = askJcmd ? new JvmMemory(jcmd(process.pid(), "VM.native_memory", "summary", "scale=MB"),
                    jcmd(process.pid(), "GC.class_histogram")) : null;
            return new Run(readyAt.get(), readyAt.get() - startedAt, peakMb(process.pid()), cpuMs, threadCpuMs, memory);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private ProcessBuilder builder(List<String> mainAndArgs, String name, List<String> extraFlags) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(extraFlags);
        command.addAll(flags());
        command.add("-cp");
        command.add(classPath());
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(logs.resolve(name + ".err").toFile())
                .redirectOutput(ProcessBuilder.Redirect.PIPE);
        display.environment().forEach((k, v) -> builder.environment().put(k, v));
        Files.createDirectories(logs);
        return builder;
    }

    /**
     * The class path both programs start with, its folders (target/classes, target/test-classes) packed into jars
     * once: as installed, and class-data sharing archives only classes that come from jars.
     */
    private String classPath() throws IOException {
        if (classPath == null) {
            List<String> entries = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path path = Path.of(entry);
                entries.add(Files.isDirectory(path) ? jar(path, logs.resolve("jars").resolve(entries.size() + ".jar"))
                        .toString() : entry);
            }
            classPath = String.join(java.io.File.pathSeparator, entries);
        }
        return classPath;
    }

    private static Path jar(Path folder, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /**
     * The same flags for both processes: the installed launchers' JVM options, the probe, and the display the runs
     * use. The minimal window gets the launchers' options too: the reference is the same JVM, set up the same way.
     */
    private List<String> flags() {
        List<String> flags = new ArrayList<>(launcherOptions());
        flags.addAll(List.of("-D" + StartupProbe.PROPERTY + "=true", "-Dfile.encoding=UTF-8"));
        flags.addAll(display.jvmFlags());
        return flags;
    }

    /** The ratio of two samples' medians, for the log: {@code id}'s over {@code reference}'s. */
    static String ratio(List<Sample> samples, String id, String reference) {
        double a = samples.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().median();
        double b = samples.stream().filter(s -> s.id().equals(reference)).findFirst().orElseThrow().median();
        return String.format(java.util.Locale.ROOT, "%.2f", a / b);
    }

    /** The JVM options the installer gives the launchers ({@value #LAUNCHER_OPTIONS}): one per line, # comments. */
    static List<String> launcherOptions() {
        try {
            return Files.readAllLines(Path.of(LAUNCHER_OPTIONS)).stream().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the launchers' options " + LAUNCHER_OPTIONS, e);
        }
    }

    private static Optional<Long> readyLine(Process process) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("CCHC-READY ")) {
                    return Optional.of(Long.parseLong(line.substring("CCHC-READY ".length()).trim()));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * CPU time so far, user and system, from a /proc stat file (Linux: fields 14 and 15, in clock ticks of 10 ms):
     * the process's, all threads, or one thread's; NaN where there is no /proc.
     */
    private static double cpuMs(Path stat) {
        try {
            String line = Files.readString(stat);
            // The command name (field 2) may hold spaces; the fields after it start past its closing parenthesis.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Each thread's CPU time so far by its system name (/proc/pid/task/tid/comm); empty where there is no /proc. */
    private static Map<String, Double> threadCpuMs(Path tasks) {
        Map<String, Double> byName = new TreeMap<>();
        try (java.util.stream.Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                try {
                    String name = Files.readString(thread.resolve("comm")).trim();
                    double ms = cpuMs(thread.resolve("stat"));
                    if (ms > 0) {
                        byName.merge(name, ms, Double::sum);
                    }
                } catch (IOException ended) {
                    // The thread ended between the listing and the read: its time is no longer the process's to show.
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return byName;
    }

    private static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(1, TimeUnit.MINUTES);
        return text;
    }

    /** The high-water resident set from /proc (Linux); NaN where there is no /proc. */
    private static double peakMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}

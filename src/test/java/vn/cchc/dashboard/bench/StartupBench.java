package vn.cchc.dashboard.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import vn.cchc.dashboard.Main;
import vn.cchc.dashboard.ui.StartupProbe;

/**
 * Start-up as a whole process: the app on a store, and the minimal JavaFX window, each started as
 * {@code java <same flags> -cp <same class path> <launcher>} and timed from the moment the process is started
 * to the probe's line (the overview's headline on screen; the window's label). Runs alternate between the
 * two, so that drift on a shared machine falls on both. Peak memory is the process's high-water resident set
 * (VmHWM) two seconds after it is ready, when the overview's charts have been drawn too.
 */
final class StartupBench {

    private static final long SETTLE_MS = 2_000;

    private final Display display;
    private final Path logs;
    /** One unmeasured pair first (the disk cache, fontconfig's cache), not one per store. */
    private boolean warmedUp;

    StartupBench(Display display, Path logs) {
        this.display = display;
        this.logs = logs;
    }

    /** Start-up samples of the app on {@code dataFolder} and of the minimal window: time and peak memory of each. */
    List<Sample> run(String store, Path dataFolder, int runs) throws Exception {
        List<Double> appMs = new ArrayList<>();
        List<Double> appMb = new ArrayList<>();
        List<Double> minMs = new ArrayList<>();
        List<Double> minMb = new ArrayList<>();
        List<String> app = List.of(Main.class.getName(), "--data-dir", dataFolder.toString());
        List<String> minimal = List.of(MinimalWindow.Launcher.class.getName());
        if (!warmedUp) {
            start(app, "warmup-app", null);
            start(minimal, "warmup-minimal", null);
            warmedUp = true;
        }
        for (int i = 0; i < runs; i++) {
            Run a = start(app, store + "-app-" + i, null);
            Run m = start(minimal, store + "-minimal-" + i, null);
            appMs.add(a.millis);
            appMb.add(a.peakMb);
            minMs.add(m.millis);
            minMb.add(m.peakMb);
        }
        return List.of(
                new Sample("startup-app", "app start-up to the overview's headline on screen", store, "ms", appMs),
                new Sample("startup-minimal", "minimal JavaFX window start-up to its label on screen", store, "ms", minMs),
                new Sample("memory-app", "app peak resident memory (VmHWM), ready + 2 s", store, "MB", appMb),
                new Sample("memory-minimal", "minimal window peak resident memory (VmHWM), ready + 2 s", store, "MB", minMb));
    }

    /** One more app start under JFR, for the profile kept with the results when start-up misses its target. */
    Path profileApp(Path dataFolder, Path jfr) throws Exception {
        start(List.of(Main.class.getName(), "--data-dir", dataFolder.toString()), "profile-app",
                "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        return jfr;
    }

    private record Run(double millis, double peakMb) {
    }

    private Run start(List<String> mainAndArgs, String name, String extraFlag) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (extraFlag != null) {
            command.add(extraFlag);
        }
        command.addAll(flags());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(logs.resolve(name + ".err").toFile());
        display.environment().forEach((k, v) -> builder.environment().put(k, v));
        Files.createDirectories(logs);
        long startedAt = System.currentTimeMillis();
        Process process = builder.start();
        try {
            CompletableFuture<Optional<Long>> ready = CompletableFuture.supplyAsync(() -> readyLine(process));
            Optional<Long> readyAt = ready.get(5, TimeUnit.MINUTES);
            if (readyAt.isEmpty()) {
                throw new IllegalStateException("no " + "CCHC-READY line from " + name + "; see " + logs.resolve(name + ".err"));
            }
            Thread.sleep(SETTLE_MS);
            return new Run(readyAt.get() - startedAt, peakMb(process.pid()));
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** The same flags for both processes: the probe, and the display the runs use. */
    private List<String> flags() {
        List<String> flags = new ArrayList<>(List.of("-D" + StartupProbe.PROPERTY + "=true", "-Dfile.encoding=UTF-8"));
        flags.addAll(display.jvmFlags());
        return flags;
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

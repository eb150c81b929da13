package vn.cchc.dashboard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where start-up goes, the app beside the minimal window: the Java samples of each start up to its ready line,
 * by what the sampled thread was doing and by thread, and each one's CPU time (profile-startup.txt); and where
 * their memory is two seconds later (profile-memory.txt). The difference between the two columns is what the app
 * adds to a bare JavaFX window; the per-thread tables and the app's steps show which of it lies on the way to the
 * figures.
 */
final class StartupProfile {

    /** What a sample was doing, named by the packages of the topmost frame outside the JDK; the first that matches wins. */
    private record Activity(String name, List<String> packages) {
    }

    private static final String APP = "vn.cchc.dashboard.";
    private static final String LOADING_CLASSES = "loading and linking classes";
    private static final List<Activity> ACTIVITIES = List.of(
            new Activity("CSS (selectors, styles)", List.of("javafx.css.", "com.sun.javafx.css.")),
            new Activity("text and fonts", List.of("com.sun.javafx.text.", "com.sun.javafx.font.", "javafx.scene.text.")),
            new Activity("controls and skins", List.of("javafx.scene.control.", "com.sun.javafx.scene.control.")),
            new Activity("scene graph, layout, bindings", List.of("javafx.scene.", "com.sun.javafx.scene.",
                    "javafx.geometry.", "javafx.beans.", "com.sun.javafx.binding.", "javafx.collections.",
                    "com.sun.javafx.collections.", "javafx.event.", "com.sun.javafx.event.")),
            new Activity("rendering and images", List.of("com.sun.prism.", "com.sun.javafx.sg.", "com.sun.scenario.",
                    "com.sun.javafx.image.", "javafx.scene.image.", "com.sun.javafx.iio.", "com.sun.marlin.")),
            new Activity("toolkit and windows", List.of("com.sun.glass.", "com.sun.javafx.tk.",
                    "com.sun.javafx.application.", "javafx.application.", "javafx.stage.", "com.sun.javafx.")),
            new Activity("H2 database", List.of("org.h2.")),
            new Activity("charts (JFreeChart)", List.of("org.jfree.")),
            new Activity("AtlantaFX, Ikonli, ControlsFX, picocli", List.of("atlantafx.", "org.kordamp.",
                    "org.controlsfx.", "picocli.")),
            new Activity("the app's own code", List.of(APP)));
    private static final String JDK_ONLY = "JDK alone (nothing else on the stack)";

    private StartupProfile() {
    }

    /** Writes both profiles from the two profiled starts of {@link StartupBench#profilePair}. */
    static void write(Profiles profiles, String store, List<StartupBench.Profiled> starts) throws IOException {
        List<Counts> counts = starts.stream().map(StartupProfile::count).toList();
        StringBuilder text = new StringBuilder();
        text.append("Start-up on the ").append(store).append(" store: the app beside the minimal JavaFX window, both with ")
                .append("their class-data archives (as installed),\nunder JFR sampling Java code every millisecond; ")
                .append("only samples taken before each start's ready line.\nRecordings: startup-app.jfr and ")
                .append("startup-minimal.jfr under target/bench-work/jfr. The profiler itself slows both starts.\n\n");
        row(text, "", starts.stream().map(StartupBench.Profiled::who).toList());
        row(text, "ready after (ms)", starts.stream().map(s -> Report.num(s.millis())).toList());
        row(text, "CPU time then, all threads (ms)", starts.stream().map(s -> Report.num(s.cpuMs())).toList());
        row(text, "Java samples before ready", counts.stream().map(c -> String.valueOf(c.samples)).toList());
        text.append("\nJava samples before ready, by activity (all threads)\n");
        table(text, counts, c -> c.byActivity);
        text.append("\nCPU time to ready by thread (ms, from /proc; system thread names, cut to 15 characters; java is the "
                + "main thread)\n");
        table(text, starts.stream().map(StartupProfile::threadCpuWithEnded).toList());
        threads(text, starts, counts);
        steps(text, counts.get(0));
        profiles.write("startup", text);
        profiles.write("memory", memory(store, starts));
    }

    /** Each thread's samples, when it ran, and what the busy ones were doing. */
    private static void threads(StringBuilder text, List<StartupBench.Profiled> starts, List<Counts> counts) {
        text.append("\nJava samples before ready, by thread\n");
        table(text, counts, c -> c.byThread);
        text.append("\nWhen each thread ran Java code: first and last sample, ms after the JVM started\n");
        for (int i = 0; i < starts.size(); i++) {
            for (Map.Entry<String, long[]> span : counts.get(i).spans.entrySet()) {
                if (counts.get(i).byThread.get(span.getKey()) >= 3) {
                    row(text, starts.get(i).who() + ": " + span.getKey(), List.of(String.valueOf(span.getValue()[0]),
                            String.valueOf(span.getValue()[1])));
                }
            }
        }
        for (int i = 0; i < starts.size(); i++) {
            for (Map.Entry<String, Map<String, Integer>> thread : counts.get(i).activityByThread.entrySet()) {
                int total = thread.getValue().values().stream().mapToInt(Integer::intValue).sum();
                if (total * 10 < counts.get(i).samples) {
                    continue;
                }
                Profiles.table(text, "\n" + starts.get(i).who() + ", thread \"" + thread.getKey() + "\", by activity",
                        thread.getValue(), total);
            }
        }
    }

    /** The app's own steps in the order they began, and the innermost app methods: the path to the figures. */
    private static void steps(StringBuilder text, Counts app) {
        text.append("\napp: its own steps as the samples saw them, in the order they began: thread, first and last sample")
                .append(" with the step on the stack\n(ms after the JVM started), samples; the four outermost app frames of")
                .append(" each sample, steps seen at least three times\n");
        app.steps.entrySet().stream().filter(e -> e.getValue().samples >= 3)
                .sorted(Comparator.comparingLong(e -> e.getValue().first))
                .forEach(e -> text.append(String.format(Locale.ROOT, "  %-52s %-16s %6d %6d %5d%n", e.getKey(),
                        e.getValue().thread, e.getValue().first, e.getValue().last, e.getValue().samples)));
        Profiles.table(text, "\napp: innermost app method on the stack, before ready", app.appMethods, app.samples);
    }

    private static final int HISTOGRAM_LINES = 25;

    /** One line of a native memory summary: "-  Java Heap (reserved=256MB, committed=64MB)". */
    private static final Pattern NMT_LINE = Pattern.compile(
            "^-\\s+(.+?) \\(reserved=(\\d+)MB, committed=(\\d+)MB\\)");
    private static final Pattern NMT_TOTAL = Pattern.compile(
            "Total: reserved=(\\d+)MB, committed=(\\d+)MB");

    /**
     * The peak resident memory of the two starts beside the JVM's own account of what it committed, by purpose; what
     * the JVM does not account for is the native libraries' (GTK, fonts, the software renderer's buffers).
     */
    private static String memory(String store, List<StartupBench.Profiled> starts) {
        List<Map<String, Double>> columns = new ArrayList<>();
        for (StartupBench.Profiled start : starts) {
            Map<String, Double> committed = new HashMap<>();
            for (String line : start.memory().nativeSummary().split("\\R")) {
                Matcher category = NMT_LINE.matcher(line.trim());
                if (category.find()) {
                    committed.put(category.group(1), Double.parseDouble(category.group(3)));
                }
                Matcher total = NMT_TOTAL.matcher(line);
                if (total.find()) {
                    committed.put("(all the JVM committed)", Double.parseDouble(total.group(2)));
                }
            }
            committed.put("(peak resident, VmHWM)", start.peakMb());
            columns.add(committed);
        }
        StringBuilder text = new StringBuilder();
        text.append("Memory on the ").append(store).append(" store, two seconds after ready: the app beside the minimal ")
                .append("JavaFX window, both with their class-data archives and\nthe launchers' JVM options, in MB, under ")
                .append("the same JFR recording as profile-startup.txt and native memory tracking (jcmd VM.native_memory\n")
                .append("summary; \"Tracing\" is JFR's own), so both are higher than in the timed runs. Committed is not all ")
                .append("resident: untouched heap and code\ncache pages are not. What the peak resident set holds beyond what ")
                .append("the JVM committed is the native libraries' (GTK, fontconfig, FreeType)\nand malloc's. Under Xvfb ")
                .append("JavaFX renders in software (Prism's sw pipeline): the window's and each chart canvas's pixels are\n")
                .append("int arrays on the Java heap (the histogram's [I), which a graphics card would hold in its own ")
                .append("memory.\n\n");
        row(text, "", starts.stream().map(StartupBench.Profiled::who).toList());
        table(text, columns);
        text.append("\nWhat the heap holds live (jcmd GC.class_histogram, the first ").append(HISTOGRAM_LINES)
                .append(" classes)\n");
        for (StartupBench.Profiled start : starts) {
            // jcmd prints the process id first, then the header, a rule, and the classes.
            List<String> lines = start.memory().heapHistogram().strip().lines().skip(1)
                    .limit(2 + HISTOGRAM_LINES).toList();
            text.append("\n--- ").append(start.who()).append(" ---\n").append(String.join("\n", lines)).append('\n');
        }
        return text.toString();
    }

    /** Each live thread's CPU time, and what threads that had already ended (the data opening's) took. */
    private static Map<String, Double> threadCpuWithEnded(StartupBench.Profiled start) {
        Map<String, Double> threads = new HashMap<>(start.threadCpuMs());
        double live = threads.values().stream().mapToDouble(Double::doubleValue).sum();
        threads.put("(threads ended before ready)", Math.max(0, start.cpuMs() - live));
        return threads;
    }

    private static final class Counts {
        int samples;
        final Map<String, Integer> byActivity = new HashMap<>();
        final Map<String, Integer> byThread = new HashMap<>();
        final Map<String, Map<String, Integer>> activityByThread = new LinkedHashMap<>();
        final Map<String, Integer> appMethods = new HashMap<>();
        /** The app's steps (its outermost frames): when and where the samples saw them. */
        final Map<String, Step> steps = new HashMap<>();
        /** Per thread, its first and last sample in ms after the JVM started. */
        final Map<String, long[]> spans = new TreeMap<>();
    }

    private static final class Step {
        final String thread;
        long first = Long.MAX_VALUE;
        long last;
        int samples;

        Step(String thread) {
            this.thread = thread.length() > 16 ? thread.substring(0, 16) : thread;
        }
    }

    private static final int STEP_DEPTH = 4;

    private static Counts count(StartupBench.Profiled start) {
        Counts counts = new Counts();
        try {
            List<RecordedEvent> events = RecordingFile.readAllEvents(start.jfr());
            long jvmStarted = events.stream().filter(e -> e.getEventType().getName().equals("jdk.JVMInformation"))
                    .map(e -> e.getInstant("jvmStartTime").toEpochMilli()).findFirst().orElse(start.readyAt());
            for (RecordedEvent event : events) {
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                        || event.getStartTime().toEpochMilli() > start.readyAt()) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                String activity = activity(frames);
                String thread = event.getThread("sampledThread").getJavaName();
                counts.samples++;
                counts.byActivity.merge(activity, 1, Integer::sum);
                counts.byThread.merge(thread, 1, Integer::sum);
                counts.activityByThread.computeIfAbsent(thread, t -> new HashMap<>()).merge(activity, 1, Integer::sum);
                long at = event.getStartTime().toEpochMilli() - jvmStarted;
                counts.spans.merge(thread, new long[] {at, at},
                        (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                List<String> app = frames.stream().map(Profiles::method).filter(m -> m.startsWith(APP)).toList();
                if (!app.isEmpty()) {
                    counts.appMethods.merge(app.get(0), 1, Integer::sum);
                }
                List<String> outermost = app.stream().filter(m -> !m.contains("lambda$") && !m.contains("$$"))
                        .map(m -> m.substring(APP.length())).distinct().toList();
                for (String step : outermost.subList(Math.max(0, outermost.size() - STEP_DEPTH), outermost.size())) {
                    Step seen = counts.steps.computeIfAbsent(step, k -> new Step(thread));
                    seen.first = Math.min(seen.first, at);
                    seen.last = Math.max(seen.last, at);
                    seen.samples++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the start-up recording " + start.jfr(), e);
        }
        return counts;
    }

    /**
     * Class loading wherever it is on the stack (it runs under whatever first used the class); else the topmost
     * frame that is not the JDK's own: a JDK collection or string working for CSS counts as CSS.
     */
    private static String activity(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String method = Profiles.method(frame);
            if (method.startsWith("jdk.internal.loader.") || method.startsWith("java.lang.ClassLoader.")
                    || method.startsWith("java.lang.Class.forName")) {
                return LOADING_CLASSES;
            }
        }
        for (RecordedFrame frame : frames) {
            String method = Profiles.method(frame);
            for (Activity activity : ACTIVITIES) {
                if (activity.packages.stream().anyMatch(method::startsWith)) {
                    return activity.name;
                }
            }
        }
        return JDK_ONLY;
    }

    private static void table(StringBuilder text, List<Counts> counts,
                              Function<Counts, Map<String, Integer>> column) {
        table(text, counts.stream().map(c -> column.apply(c).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (double) e.getValue()))).toList());
    }

    /** One row per key of any column, the app's largest first; a missing value is 0. */
    private static void table(StringBuilder text, List<Map<String, Double>> columns) {
        TreeSet<String> keys = new TreeSet<>((a, b) -> {
            int byApp = Double.compare(columns.get(0).getOrDefault(b, 0.0), columns.get(0).getOrDefault(a, 0.0));
            return byApp != 0 ? byApp : a.compareTo(b);
        });
        columns.forEach(c -> keys.addAll(c.keySet()));
        for (String key : keys) {
            row(text, key, columns.stream().map(c -> String.format(Report.VI, "%,.0f", c.getOrDefault(key, 0.0)))
                    .toList());
        }
    }

    private static void row(StringBuilder text, String label, List<String> cells) {
        text.append(String.format(Locale.ROOT, "  %-44s", label));
        cells.forEach(cell -> text.append(String.format(Locale.ROOT, "%10s", cell)));
        text.append('\n');
    }
}

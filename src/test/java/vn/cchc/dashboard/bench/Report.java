package vn.cchc.dashboard.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Writes the results as docs/benchmarks.md and the short table between the README's benchmark markers. */
final class Report {

    static final String README_START = "<!-- bench:start -->";
    static final String README_END = "<!-- bench:end -->";

    private Report() {
    }

    /** The hand-written reading of the profiles, beside them in docs/benchmarks/; linked when present. */
    static final String ANALYSIS = "what-is-left.md";

    /** Figures are written the Vietnamese way, as everywhere in the app: 1.252 ms, 4,00×. */
    static final Locale VI = Locale.forLanguageTag("vi-VN");

    static String num(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        return value >= 100 ? String.format(VI, "%,.0f", value) : String.format(VI, "%.1f", value);
    }

    static void write(Results r, Path markdown, Path readme, String command) throws IOException {
        StringBuilder md = new StringBuilder();
        String date = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm z"));
        md.append("# Benchmarks\n\n")
                .append("Written by the benchmark suite itself (`").append(command).append("`), ").append(date)
                .append(", **").append(r.mode).append(" mode**. Absolute times drift on shared machines; the ratios")
                .append(" compare figures measured side by side in this one run. See [How the figures are taken](#how-the-figures-are-taken).\n\n");
        md.append("## Machine\n\n");
        for (Map.Entry<String, String> e : Machine.describe().entrySet()) {
            md.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        md.append("- start-up display: ").append(r.display).append('\n');
        md.append("- start-up JVM options, the app's and the minimal window's alike (the installed launchers', ")
                .append(StartupBench.LAUNCHER_OPTIONS).append("): `").append(String.join(" ", StartupBench.launcherOptions()))
                .append("`; every other figure is measured inside the benchmark's own JVM, with its flags above\n\n");
        md.append("## Targets\n\n").append(targetTable(r)).append('\n');
        md.append("## Figures\n\nEvery figure over its runs (after unmeasured warm-up runs).\n\n")
                .append("| figure | store or input | runs | min | median | max | unit |\n|---|---|---:|---:|---:|---:|---|\n");
        for (Sample s : r.samples) {
            md.append("| ").append(s.what()).append(" | ").append(s.store()).append(" | ").append(s.runs()).append(" | ")
                    .append(num(s.min())).append(" | ").append(num(s.median())).append(" | ").append(num(s.max()))
                    .append(" | ").append(s.unit()).append(" |\n");
        }
        md.append("\n## Stores\n\nGenerated deterministically from the seed through the app's own repositories, cached")
                .append(" under `target/bench-stores/` and reused.\n\n")
                .append("| store | what | units | plans | tasks | updates | generated in |\n|---|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<StoreSize, Properties> e : r.stores.entrySet()) {
            Properties p = e.getValue();
            md.append("| ").append(e.getKey().id).append(" (seed ").append(p.getProperty("seed")).append(") | ")
                    .append(e.getKey().description).append(" | ").append(p.getProperty("units")).append(" | ")
                    .append(p.getProperty("plans")).append(" | ").append(thousands(p.getProperty("tasks"))).append(" | ")
                    .append(thousands(p.getProperty("updates"))).append(" | ").append(p.getProperty("seconds")).append(" s |\n");
        }
        md.append("\n## Notes\n\n");
        for (String note : r.notes) {
            md.append("- ").append(note).append('\n');
        }
        if (!r.profiles.isEmpty()) {
            md.append("\n## Profiles of the missed targets\n\n");
            if (Files.exists(markdown.resolveSibling("benchmarks").resolve(ANALYSIS))) {
                md.append("What they show, why the rest is hard to remove on this stack, and what was tried: [")
                        .append(ANALYSIS).append("](benchmarks/").append(ANALYSIS).append(") (written by hand, dated).\n\n");
            }
            for (String p : r.profiles) {
                md.append("- [").append(p).append("](benchmarks/").append(p).append(")\n");
            }
        }
        md.append("\n").append(Files.readString(Path.of("src/test/resources/bench/method.md")));
        Files.createDirectories(markdown.getParent());
        Files.writeString(markdown, md);
        updateReadme(r, readme, date);
    }

    private static String targetTable(Results r) {
        StringBuilder t = new StringBuilder("| target | measured on | measured | verdict |\n|---|---|---|---|\n");
        for (Results.Verdict v : r.verdicts) {
            t.append("| ").append(v.target()).append(" | ").append(v.measuredOn()).append(" | ").append(v.measured())
                    .append(" | ").append(switch (v.outcome()) {
                        case MET -> "met";
                        case MISSED -> "**missed**";
                        case NOT_MEASURED -> "not measured";
                    }).append(" |\n");
        }
        return t.toString();
    }

    private static void updateReadme(Results r, Path readme, String date) throws IOException {
        if (!Files.exists(readme)) {
            return;
        }
        String text = Files.readString(readme);
        int start = text.indexOf(README_START);
        int end = text.indexOf(README_END);
        if (start < 0 || end < start) {
            return;
        }
        String table = "Latest run (" + r.mode + " mode, " + date + "; details in [docs/benchmarks.md](docs/benchmarks.md)):\n\n"
                + targetTable(r);
        Files.writeString(readme, text.substring(0, start + README_START.length()) + "\n" + table
                + text.substring(end));
    }

    private static String thousands(String number) {
        return number == null ? "" : String.format(VI, "%,d", Long.parseLong(number));
    }

    /** What the figures were measured on. */
    static final class Machine {

        private Machine() {
        }

        static Map<String, String> describe() {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            m.put("CPU", firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"))
                    + ", " + Runtime.getRuntime().availableProcessors() + " cores visible to the JVM");
            firstValue(Path.of("/proc/meminfo"), "MemTotal").ifPresent(v -> m.put("memory", String.format(Locale.ROOT,
                    "%.1f GB", Long.parseLong(v.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)));
            m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
            m.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                    + " (default flags: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()) + ")");
            m.put("load average at the end (1, 5, 15 min)", loadAverage());
            return m;
        }

        static String loadAverage() {
            try {
                return String.join(", ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
            } catch (IOException | RuntimeException e) {
                return "unknown";
            }
        }

        private static java.util.Optional<String> firstValue(Path file, String key) {
            try {
                return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).trim());
            } catch (IOException e) {
                return java.util.Optional.empty();
            }
        }
    }
}

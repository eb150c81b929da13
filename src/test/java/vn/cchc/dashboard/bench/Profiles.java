package vn.cchc.dashboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes when a figure misses its target: the work re-run under Java Flight Recorder's execution
 * sampler, and the samples summed up as text kept with the results (the recording itself stays under target/).
 */
final class Profiles {

    private static final int TOP = 20;
    private static final String APP_PACKAGE = "vn.cchc.dashboard.";

    private final Path summaries;
    private final Path recordings;
    private final List<String> written = new ArrayList<>();

    Profiles(Path summaries, Path recordings) {
        this.summaries = summaries;
        this.recordings = recordings;
    }

    /** Re-runs {@code work} under JFR for about {@code seconds} (at least once) and keeps its summary. */
    void profile(String name, String title, Timer.Work work, double seconds) throws Exception {
        profile(name, title, work, seconds, null);
    }

    /**
     * As {@link #profile(String, String, Timer.Work, double)}, counting only the samples with {@code within} (a
     * method, "package.Class.method") on the stack: the part of {@code work} that the figure times, when the work
     * also sets up and tears down around it.
     */
    void profile(String name, String title, Timer.Work work, double seconds, String within) throws Exception {
        Files.createDirectories(recordings);
        Path jfr = recordings.resolve(name + ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(5));
            // Kept in the recording for `jfr print --events jdk.ObjectAllocationSample`: what the work allocates.
            recording.enable("jdk.ObjectAllocationSample");
            recording.start();
            long until = System.nanoTime() + (long) (seconds * 1e9);
            do {
                work.run();
            } while (System.nanoTime() < until);
            recording.stop();
            recording.dump(jfr);
        }
        summarise(name, within == null ? title : title + ", samples within " + within + " only", jfr, within);
    }

    /** Writes the summary of a recording, of the samples with {@code within} on their stack (null: all of them). */
    private void summarise(String name, String title, Path jfr, String within) throws IOException {
        Map<String, Integer> topFrames = new HashMap<>();
        Map<String, Integer> appFrames = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty() || within != null && frames.stream().map(Profiles::method).noneMatch(within::equals)) {
                continue;
            }
            samples++;
            topFrames.merge(method(frames.get(0)), 1, Integer::sum);
            frames.stream().map(Profiles::method).filter(m -> m.startsWith(APP_PACKAGE)).findFirst()
                    .ifPresent(m -> appFrames.merge(m, 1, Integer::sum));
        }
        StringBuilder text = new StringBuilder();
        text.append(title).append('\n').append("JFR jdk.ExecutionSample, ").append(samples).append(" samples; the recording: ")
                .append(jfr.getFileName()).append(" under target/bench-work/jfr\n\n");
        table(text, "Hottest methods (top frame)", topFrames, samples);
        table(text, "Innermost app method on the stack (where in our code the time is spent)", appFrames, samples);
        write(name, text);
    }

    /** Keeps {@code text} as docs/benchmarks/profile-{@code name}.txt. */
    void write(String name, CharSequence text) throws IOException {
        Files.createDirectories(summaries);
        Path file = summaries.resolve("profile-" + name + ".txt");
        Files.writeString(file, text);
        written.add(file.getFileName().toString());
    }

    List<String> written() {
        return List.copyOf(written);
    }

    static void table(StringBuilder text, String heading, Map<String, Integer> counts, int samples) {
        text.append(heading).append('\n');
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> text.append(String.format(Locale.ROOT, "%6d  %5.1f%%  %s%n", e.getValue(),
                        100.0 * e.getValue() / Math.max(1, samples), e.getKey())));
        text.append('\n');
    }

    static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}

package vn.cchc.dashboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where the start-up runs draw: the user's X display, else a private Xvfb the suite starts (and stops), else
 * JavaFX's headless Monocle platform, which renders in software without a window.
 */
final class Display implements AutoCloseable {

    private final String description;
    private final Map<String, String> environment;
    private final List<String> jvmFlags;
    private final Process xvfb;

    private Display(String description, Map<String, String> environment, List<String> jvmFlags, Process xvfb) {
        this.description = description;
        this.environment = environment;
        this.jvmFlags = jvmFlags;
        this.xvfb = xvfb;
    }

    static Display choose() throws Exception {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            return new Display("real window on X display " + existing, Map.of("DISPLAY", existing), List.of(), null);
        }
        Path xvfbProgram = Path.of("/usr/bin/Xvfb");
        if (Files.isExecutable(xvfbProgram)) {
            for (int n = 90; n < 200; n++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                    continue;
                }
                Process xvfb = new ProcessBuilder(xvfbProgram.toString(), ":" + n, "-screen", "0", "1600x1000x24")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                for (int wait = 0; wait < 50 && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); wait++) {
                    Thread.sleep(100);
                }
                if (xvfb.isAlive()) {
                    return new Display("real window under Xvfb :" + n + " (1600×1000×24, software rendering)",
                            Map.of("DISPLAY", ":" + n), List.of(), xvfb);
                }
            }
        }
        return new Display("headless (JavaFX Monocle, software rendering; no X server available)", Map.of(),
                List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                        "-Dheadless.geometry=1600x1000-32"), null);
    }

    String description() {
        return description;
    }

    Map<String, String> environment() {
        return environment;
    }

    List<String> jvmFlags() {
        return jvmFlags;
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }
}

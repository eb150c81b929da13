package vn.cchc.dashboard.testing.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the application's real launcher ({@code vn.cchc.dashboard.Main}, its own stderr and exit code included) in a
 * child JVM whose file system has the faults asked for: what a user of the command line sees when the disk is full or
 * the folder is read-only.
 */
public final class FaultyJvm {

    /** What the child printed and how it ended. */
    public record Run(int exitCode, String out, String err) {
    }

    private final Map<String, String> faults = new LinkedHashMap<>();

    private FaultyJvm() {
    }

    /** Writing under {@code folder} finds only {@code freeBytes} bytes of space left on its disk. */
    public static FaultyJvm fullDisk(Path folder, long freeBytes) {
        FaultyJvm jvm = new FaultyJvm();
        jvm.faults.put(FaultyFileSystemProvider.FULL_DISK, folder.toAbsolutePath().toString());
        jvm.faults.put(FaultyFileSystemProvider.FREE_BYTES, Long.toString(freeBytes));
        return jvm;
    }

    /** {@code path} (a folder and everything in it, or one file) cannot be written. */
    public static FaultyJvm readOnly(Path path) {
        FaultyJvm jvm = new FaultyJvm();
        jvm.faults.put(FaultyFileSystemProvider.READ_ONLY, path.toAbsolutePath().toString());
        return jvm;
    }

    /** Runs {@code cchc-dashboard args…} and waits for it (a minute at most). */
    public Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Xmx256m");
        command.add("-Djava.awt.headless=true");
        command.add("-Djava.nio.file.spi.DefaultFileSystemProvider=" + FaultyFileSystemProvider.class.getName());
        faults.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("vn.cchc.dashboard.Main");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        // stderr is read beside stdout while the child runs: a full pipe would stall it.
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
        String out = text(process.getInputStream());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end within a minute: " + String.join(" ", args));
        }
        return new Run(process.exitValue(), out, err.join());
    }

    private static String text(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

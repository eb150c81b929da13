package vn.cchc.dashboard.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several files that appear together or not at all – forms for forty units, say: each is written whole beside its
 * target under a hidden name, and all are moved into place only by {@link #moveAllIntoPlace()}, once every one is
 * written. Closed before that (a failure, a cancel), the batch removes what it staged, and files of the same names
 * already in the folder stay as they were.
 */
public final class FileBatch implements AutoCloseable {

    private final Map<Path, Path> staged = new LinkedHashMap<>();

    /**
     * Where to write {@code target}'s content for now (write it there whole, e.g. through {@link AtomicFile}); it
     * moves to {@code target} with the rest of the batch.
     */
    public Path stage(Path target) {
        Path file = target.toAbsolutePath();
        Path stage = file.resolveSibling("." + file.getFileName() + ".staged");
        staged.put(file, stage);
        return stage;
    }

    /** Moves every staged file to its target; the batch is then empty. */
    public List<Path> moveAllIntoPlace() throws IOException {
        List<Path> placed = new ArrayList<>();
        for (var it = staged.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, Path> file = it.next();
            AtomicFile.moveIntoPlace(file.getValue(), file.getKey());
            placed.add(file.getKey());
            it.remove();
        }
        return placed;
    }

    /** Removes whatever is still staged: nothing of an unfinished batch stays behind. */
    @Override
    public void close() {
        for (Path stage : staged.values()) {
            try {
                Files.deleteIfExists(stage);
            } catch (IOException ignored) {
                // A hidden leftover beside the target; the next batch of the same name writes over it.
            }
        }
        staged.clear();
    }
}

package vn.cchc.dashboard.files;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule that tells a full disk from other failures, for the database, backups and every file the application
 * writes alike. Java has no error code for it: an {@link IOException} (or a {@link java.nio.file.FileSystemException},
 * whose message carries the reason) only carries the operating system's text, and H2 wraps that exception in its own
 * ({@code MVStoreException}, {@code SQLException}) without a code of its own – so the whole cause chain is searched.
 */
public final class DiskFull {

    /**
     * What the systems say, in lower case: Linux and macOS for ENOSPC and EDQUOT (a user's quota is as full as a disk
     * for them, and the cure is the same), Windows for ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL. A Windows in
     * another language words them in that language and is not recognised: it gets the sentence for a write that failed.
     */
    private static final List<String> SAYINGS = List.of("no space left on device", "disk quota exceeded",
            "not enough space on the disk", "the disk is full");

    private DiskFull() {
    }

    /** True when {@code failure} or anything it was caused by is the operating system saying the disk is full. */
    public static boolean causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            // Only what the file system or a database driver said: a message of ours might quote a user's text.
            if ((t instanceof IOException || t instanceof SQLException) && says(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    static boolean says(String message) {
        if (message == null) {
            return false;
        }
        String text = message.toLowerCase(Locale.ROOT);
        return SAYINGS.stream().anyMatch(text::contains);
    }
}

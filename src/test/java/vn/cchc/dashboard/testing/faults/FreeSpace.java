package vn.cchc.dashboard.testing.faults;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/** The space left on the simulated full disk, shared by every file written there. */
final class FreeSpace {

    /** What Linux says for ENOSPC, the text the application has to recognise. */
    static final String NO_SPACE = "No space left on device";

    private final AtomicLong left;

    FreeSpace(long bytes) {
        this.left = new AtomicLong(bytes);
    }

    /** Takes {@code bytes}, or fails without taking any when fewer are left. */
    void take(long bytes) throws IOException {
        if (bytes <= 0) {
            return;
        }
        long before;
        do {
            before = left.get();
            if (before < bytes) {
                throw new IOException(NO_SPACE);
            }
        } while (!left.compareAndSet(before, before - bytes));
    }
}

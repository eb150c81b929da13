package vn.cchc.dashboard.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cchc.dashboard.files.DiskFull;

/**
 * One running copy per data folder. The operating system releases the lock when the process ends,
 * however it ends, so a crash never leaves the folder locked. Who holds it (a window or a command-line run) is noted
 * beside it, so that the one refused is told whom to wait for.
 */
public final class InstanceLock implements AutoCloseable {

    /** Who takes the lock: a window stays open until closed, a command ends by itself. */
    public enum Holder { WINDOW, COMMAND }

    private static final Logger LOG = Logger.getLogger(InstanceLock.class.getName());
    static final String FILE_NAME = "cchc.lock";
    /**
     * The holder's note, in a file of its own: Windows does not let another process read a file it has locked. It
     * is only read while the lock is held, and every holder writes it anew, so an old note never misleads.
     */
    static final String HOLDER_FILE_NAME = "cchc.lock.holder";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** As {@link #acquire(Path, Holder)} for a window. */
    public static InstanceLock acquire(Path folder) {
        return acquire(folder, Holder.WINDOW);
    }

    /** Takes the lock at once or fails with "already open" – it never waits for the other copy. */
    public static InstanceLock acquire(Path folder, Holder holder) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyOpen(channel, folder, null);
            }
            noteHolder(folder, holder);
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw alreadyOpen(channel, folder, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw AppException.failure(DiskFull.causes(e) ? "error.store.DISK_FULL" : "error.dataFolder.notWritable", e,
                    folder);
        }
    }

    private static void noteHolder(Path folder, Holder holder) {
        try {
            Files.writeString(folder.resolve(HOLDER_FILE_NAME), holder.name() + " " + ProcessHandle.current().pid());
        } catch (IOException e) {
            // Only the wording of another copy's refusal depends on it: the lock itself is held.
            LOG.log(Level.FINE, "the lock holder could not be noted", e);
        }
    }

    private static AppException alreadyOpen(FileChannel channel, Path folder, Exception cause) {
        closeQuietly(channel);
        return AppException.failure(holder(folder) == Holder.COMMAND ? "error.instance.runningCommand"
                : "error.instance.running", cause, folder);
    }

    /** Who holds the lock, as noted; a window when the note is missing or unreadable (what older versions left). */
    static Holder holder(Path folder) {
        try {
            String note = Files.readString(folder.resolve(HOLDER_FILE_NAME)).strip();
            return note.startsWith(Holder.COMMAND.name()) ? Holder.COMMAND : Holder.WINDOW;
        } catch (IOException | RuntimeException e) {
            return Holder.WINDOW;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // The lock is released by closing; nothing more can be done about a failed close.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases the lock as well.
        }
        closeQuietly(channel);
    }
}

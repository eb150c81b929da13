package vn.cchc.dashboard.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One running copy per data folder. The operating system releases the lock when the process ends,
 * however it ends, so a crash never leaves the folder locked.
 */
public final class InstanceLock implements AutoCloseable {

    static final String FILE_NAME = "cchc.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock at once or fails with "already open" – it never waits for the other copy. */
    public static InstanceLock acquire(Path folder) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyOpen(channel, folder, null);
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            throw alreadyOpen(channel, folder, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw AppException.failure("error.dataFolder.notWritable", e, folder);
        }
    }

    private static AppException alreadyOpen(FileChannel channel, Path folder, Exception cause) {
        closeQuietly(channel);
        return AppException.failure("error.instance.running", cause, folder);
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

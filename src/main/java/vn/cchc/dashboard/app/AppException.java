package vn.cchc.dashboard.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import vn.cchc.dashboard.files.DiskFull;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.StoreException;
import vn.cchc.dashboard.work.CancelledException;

/**
 * A failure the user is told about in one sentence of their language: a message key with its arguments.
 * Whatever raised it has changed nothing.
 */
public final class AppException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;
    private final boolean invalidInput;

    private AppException(String messageKey, boolean invalidInput, Throwable cause, Object... args) {
        super(messageKey + " " + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
        this.invalidInput = invalidInput;
    }

    /** The environment or the software failed (folder, lock, database). */
    public static AppException failure(String messageKey, Throwable cause, Object... args) {
        return new AppException(messageKey, false, cause, args);
    }

    /** The data the user gave cannot be used (a bad date, a missing plan). */
    public static AppException invalidInput(String messageKey, Object... args) {
        return new AppException(messageKey, true, null, args);
    }

    /** Writing one file, which may fail on the disk or in the format's library. */
    @FunctionalInterface
    public interface FileWrite {
        void run() throws IOException;
    }

    /**
     * Runs {@code write}; any failure becomes one sentence naming {@code file}: its disk is full
     * ("error.file.diskFull") or it could not be written ("error.file.write").
     */
    public static void writing(Path file, FileWrite write) {
        try {
            write.run();
        } catch (CancelledException cancelled) {
            throw cancelled; // not a failure to write: the file was left out on purpose, and as a whole
        } catch (IOException | RuntimeException e) {
            throw failure(DiskFull.causes(e) ? "error.file.diskFull" : "error.file.write", e, file.toAbsolutePath());
        }
    }

    /** Database problems that can happen mid-session and have a sentence of their own ("error.session.…"). */
    private static final Set<StoreException.Reason> SESSION_REASONS = Set.of(StoreException.Reason.UNREACHABLE,
            StoreException.Reason.ACCESS_DENIED, StoreException.Reason.PERMISSION_DENIED, StoreException.Reason.CONFLICT,
            StoreException.Reason.NOT_WRITABLE, StoreException.Reason.DISK_FULL);

    /** Database problems whose sentence names the data folder they happened in ("error.store.…"). */
    private static final Set<StoreException.Reason> FOLDER_REASONS = Set.of(StoreException.Reason.DISK_FULL,
            StoreException.Reason.NOT_WRITABLE);

    /**
     * The one sentence for a failure from anywhere below: an AppException as it is, a database problem that can
     * happen mid-session (a full disk, a read-only folder, a shared server gone away, a write conflict) by its reason,
     * and a full disk anywhere ("error.diskFull"); null for anything else.
     */
    public static AppException explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AppException app) {
                return app;
            }
            if (t instanceof DamagedDataException damaged) {
                // Where no one offers the restore (a failure dialog), at least the sentence that names the backup.
                return damaged.backup().map(b -> failure("error.data." + damaged.wording(), damaged, damaged.databaseFile(),
                        b.file().getFileName())).orElseGet(() -> failure("error.data.damaged.noBackup", damaged,
                        damaged.databaseFile(), Database.backupsFolder(damaged.dataFolder())));
            }
            if (t instanceof StoreException store && FOLDER_REASONS.contains(store.reason())
                    && store.location().isPresent()) {
                return failure("error.store." + store.reason().name(), store, store.location().get());
            }
            if (t instanceof StoreException store && SESSION_REASONS.contains(store.reason())) {
                return failure("error.session." + store.reason().name(), store);
            }
        }
        // A full disk met where no sentence of its own was foreseen (a library writing a file, a temporary folder).
        return DiskFull.causes(failure) ? failure("error.diskFull", failure) : null;
    }

    public String messageKey() {
        return messageKey;
    }

    /** This failure's sentence as a part of a longer one ("Tệp {0} không được ghi nhận: {1}"). */
    public Phrase asPhrase() {
        return new Phrase(messageKey, args.clone());
    }

    /** True when a full disk is behind {@code failure}, in a file written or in the database. */
    public static boolean diskFull(Throwable failure) {
        return DiskFull.causes(failure) || StoreException.Reason.DISK_FULL.causes(failure);
    }

    /** True when the system refused the data folder's files to this user (a read-only folder). */
    public static boolean permissionDenied(Throwable failure) {
        return StoreException.Reason.PERMISSION_DENIED.causes(failure);
    }

    public boolean isInvalidInput() {
        return invalidInput;
    }

    public String localized(Messages messages) {
        return messages.format(messageKey, worded(args, messages));
    }

    /**
     * A part of the sentence worded in the reader's language when the failure is told, as the sentence itself is: a
     * reason that has its own message ("Tệp {0} không đọc được bộ tiêu chí: {1}", {1} being one of several reasons).
     */
    public record Phrase(String key, Object... args) {
    }

    private static Object[] worded(Object[] args, Messages messages) {
        Object[] worded = args.clone();
        for (int i = 0; i < worded.length; i++) {
            if (worded[i] instanceof Phrase phrase) {
                worded[i] = messages.format(phrase.key(), worded(phrase.args(), messages));
            }
        }
        return worded;
    }
}

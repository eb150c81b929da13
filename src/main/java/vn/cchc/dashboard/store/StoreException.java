package vn.cchc.dashboard.store;

import java.nio.file.Path;
import java.util.Optional;
import vn.cchc.dashboard.files.DiskFull;

/**
 * A database problem the user can be told about in one sentence; {@link #reason()} picks the sentence.
 * Nothing has been changed when one of these is thrown: the transaction that raised it was rolled back.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, from the user's point of view. */
    public enum Reason {
        /** Another copy of the application has the database open. */
        IN_USE,
        /** The database was written by a newer version of the application. */
        NEWER_VERSION,
        /** The database file is damaged or is not a database of this application. */
        CORRUPT,
        /** A file given as a backup is not a backup of this application. */
        NOT_OURS,
        /** An upgrade of the schema failed; the database was put back as it was before. */
        UPGRADE_FAILED,
        /** The data folder or database file cannot be written. */
        NOT_WRITABLE,
        /**
         * The disk the database (or a backup) is written to is full: the change in hand was not written, what was
         * committed before stays, and H2 closes the database until it is opened again.
         */
        DISK_FULL,
        /**
         * The shared server cannot be reached, or the connection broke mid-way: the change in hand was not
         * committed, and what was saved before stays on the server.
         */
        UNREACHABLE,
        /** The shared server refused the user name or password. */
        ACCESS_DENIED,
        /**
         * The shared server refused a change this login's role may not make (SQLSTATE 42501: a grant or a row-level
         * security policy); nothing was saved.
         */
        PERMISSION_DENIED,
        /** Someone else changed the same thing since it was read: nothing was saved, reload and try again. */
        CONFLICT,
        /** The embedded database is encrypted and no passphrase was given. */
        KEY_NEEDED,
        /** The passphrase given does not open the encrypted database (or backup). */
        WRONG_KEY,
        /** The database is encrypted but the marker with its salt ({@link EncryptionMarker}) is missing or damaged. */
        KEY_MARKER_MISSING,
        /** Anything else: the details are in the cause. */
        FAILED;

        /** True when {@code failure}, or any of its causes, is a {@link StoreException} for this reason. */
        public boolean causes(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof StoreException store && store.reason() == this) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Reason reason;
    private final String location;

    public StoreException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, null);
    }

    /**
     * As {@link #StoreException(Reason, String, Throwable)}, naming where it happened: the data folder whose disk is
     * full or cannot be written, so that the sentence a person reads names it.
     */
    public StoreException(Reason reason, String message, Throwable cause, String location) {
        super(message, cause);
        this.reason = reason;
        this.location = location;
    }

    public StoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    /**
     * A file in {@code folder} that could not be written: {@code DISK_FULL} when the disk said so ({@link DiskFull}),
     * else {@code NOT_WRITABLE}; either names the folder.
     */
    public static StoreException writeFailed(String message, Throwable cause, Path folder) {
        Reason reason = DiskFull.causes(cause) ? Reason.DISK_FULL : Reason.NOT_WRITABLE;
        return new StoreException(reason, message, cause, folder == null ? null : folder.toString());
    }

    public Reason reason() {
        return reason;
    }

    /** The folder (or shared server) the failure happened in, when known. */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }
}

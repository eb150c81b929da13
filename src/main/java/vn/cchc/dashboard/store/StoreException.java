package vn.cchc.dashboard.store;

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
        FAILED
    }

    private final Reason reason;

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}

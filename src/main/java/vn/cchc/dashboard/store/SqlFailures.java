package vn.cchc.dashboard.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import vn.cchc.dashboard.files.DiskFull;

/**
 * What a failure of H2 or PostgreSQL means for the user: a full disk, a damaged file, a server out of reach, a
 * refused login. Read from the drivers' error codes and states in one place, so that every way into the database —
 * a transaction, a migration, an encryption — reports the same failure in the same words.
 */
final class SqlFailures {

    private SqlFailures() {
    }

    /** {@code e} as the application reports it: with the reason a person is told. */
    static StoreException translate(SQLException e) {
        StoreException.Reason server = serverReason(e);
        if (server != null) {
            return new StoreException(server, ServerAddress.mask(e.getMessage()), e);
        }
        if (DiskFull.causes(e)) {
            // H2 says so only in the cause: a general or I/O error around "No space left on device"
            return new StoreException(StoreException.Reason.DISK_FULL, e.getMessage(), e);
        }
        StoreException.Reason reason = switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> StoreException.Reason.IN_USE;
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1,
                 ErrorCode.WRONG_USER_OR_PASSWORD -> StoreException.Reason.CORRUPT;
            case ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.DATABASE_IS_READ_ONLY -> StoreException.Reason.NOT_WRITABLE;
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 ->
                    unreadable(e) ? StoreException.Reason.CORRUPT : StoreException.Reason.NOT_WRITABLE;
            case ErrorCode.GENERAL_ERROR_1 -> unreadable(e) ? StoreException.Reason.CORRUPT : StoreException.Reason.FAILED;
            default -> StoreException.Reason.FAILED;
        };
        return new StoreException(reason, e.getMessage(), e);
    }

    /**
     * PostgreSQL's reasons, told by SQLState: class 08 is a connection that failed or broke (the transaction did
     * not commit) except 08004, a connection the server rejected; class 28 a login refused; 3D000 a database that
     * does not exist. The pool reports a server it cannot reach as a transient connection exception, sometimes
     * without a state of its own. H2's errors keep their own mapping (its codes reuse some of these states).
     */
    private static StoreException.Reason serverReason(SQLException e) {
        if (e instanceof org.h2.jdbc.JdbcException) {
            return null;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("08004")) {
                    // rejected: e.g. the server asked for a password and none was given
                    return StoreException.Reason.ACCESS_DENIED;
                }
                if (state.startsWith("08")) {
                    return StoreException.Reason.UNREACHABLE;
                }
                if (state.startsWith("28")) {
                    return StoreException.Reason.ACCESS_DENIED;
                }
                if (state.equals("53100")) {
                    // disk_full: the server's disk, not this computer's
                    return StoreException.Reason.DISK_FULL;
                }
                if (state.equals("42501")) {
                    // insufficient_privilege: a grant or a row-level security policy refused the change
                    return StoreException.Reason.PERMISSION_DENIED;
                }
                if (state.equals("40001") || state.equals("40P01")) {
                    return StoreException.Reason.CONFLICT;
                }
                if (state.equals("3D000")) {
                    return StoreException.Reason.UNREACHABLE;
                }
            }
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketException) {
                return StoreException.Reason.UNREACHABLE;
            }
        }
        return e instanceof SQLTransientConnectionException ? StoreException.Reason.UNREACHABLE : null;
    }

    /**
     * H2 reports a damaged or truncated file as a general or I/O error wrapping its storage layer's
     * exception; the storage error code tells reading (a damaged file) from writing (a full or locked disk).
     */
    private static boolean unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException storage) {
                int code = storage.getErrorCode();
                return code == DataUtils.ERROR_READING_FAILED || code == DataUtils.ERROR_FILE_CORRUPT
                        || code == DataUtils.ERROR_UNSUPPORTED_FORMAT || code == DataUtils.ERROR_UNKNOWN_DATA_TYPE;
            }
        }
        return false;
    }
}

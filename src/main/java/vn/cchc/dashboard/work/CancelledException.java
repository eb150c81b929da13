package vn.cchc.dashboard.work;

/**
 * Thrown at a safe point of work whose watcher asked to cancel it. Unchecked, so that it leaves through every layer
 * the way a failure does: {@code Database.inTransaction} rolls back, {@code AtomicFile} deletes its new file.
 */
public final class CancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CancelledException() {
        // No stack trace: this is an answer to the user, not a fault anyone needs to trace.
        super("cancelled by the user", null, false, false);
    }
}

package vn.cchc.dashboard.work;

/**
 * What slow work (an import, a report, a backup) tells whoever waits for it, and how it learns that they no longer
 * want it. The work calls {@link #step} at its safe points – after a row, a sheet, a report section, a file – where
 * stopping leaves nothing half-done: a step is also where a cancel is honoured, by throwing
 * {@link CancelledException}, which travels like any failure (a transaction rolls back, a file being written is
 * removed).
 *
 * <p>Cancelling is cooperative – a flag the work reads – and never {@link Thread#interrupt()}: an interrupt that
 * lands while H2 reads or writes its file closes the {@code FileChannel} under it
 * ({@code ClosedByInterruptException}), and every later read or write of that database then fails, from any thread
 * and connection, until it is opened again (h2database issues 227, 1076, 4166 – still so in 2.3). An interrupt
 * also closes the channel {@code AtomicFile} writes through. See docs/decisions/0013.
 */
public interface Progress {

    /** For callers with nobody watching (the command line, tests): steps go nowhere, nothing is ever cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void step(String messageKey, long done, long total) {
        }

        @Override
        public void checkCancelled() {
        }
    };

    /**
     * Where the work is: the bundle key of what it is doing (its message takes {@code done} as {0} and
     * {@code total} as {1}) and how far it is, {@code total} 0 when unknown. A safe point: throws
     * {@link CancelledException} when cancel was asked.
     */
    void step(String messageKey, long done, long total);

    /** A safe point without news: throws {@link CancelledException} when cancel was asked. */
    void checkCancelled();

    /**
     * The last safe point: like {@link #step}, and from here on the work runs to its end whatever the watcher asks –
     * for work that, once begun, stopping would leave half-done (a restore replacing the database file). A cancel
     * asked later is not honoured, and the watcher can see that it would not be ({@code Tracker.cancellable()}).
     */
    default void finalStep(String messageKey, long done, long total) {
        step(messageKey, done, total);
    }
}

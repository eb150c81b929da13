package vn.cchc.dashboard.cli;

/** The command line's exit codes, as scripts rely on them. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INVALID_INPUT = 3;
    /**
     * The data folder's database file is empty, truncated or unreadable: nothing was created over it, and the
     * command that restores its newest good backup was printed when there is one.
     */
    public static final int DAMAGED_DATA = 4;
    /**
     * The disk of the data folder (or of the file being written) is full: nothing was half-written, what was saved
     * before is intact, and the same command succeeds once space is freed. A script can tell it from other failures.
     */
    public static final int DISK_FULL = 5;
    /**
     * The shared server refused the change: this login's role may not make it (SQLSTATE 42501). Nothing was saved;
     * the same command fails again until an administrator gives the account the role it needs.
     */
    public static final int NOT_PERMITTED = 6;

    private ExitCode() {
    }
}

package vn.cchc.dashboard.bench;

/** How many unmeasured and measured runs a figure gets in the chosen mode. */
record Effort(boolean quick, int warmups, int runs, int processRuns, int saves) {

    static final Effort QUICK = new Effort(true, 2, 8, 3, 200);
    static final Effort FULL = new Effort(false, 5, 20, 7, 1_000);

    /** Fewer runs for the slow figures (a second or more each). */
    Effort slow() {
        return new Effort(quick, 1, Math.max(3, runs / 4), processRuns, saves);
    }
}

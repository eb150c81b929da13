package vn.cchc.dashboard.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The in-process harness: the work is run {@code warmups} times unmeasured (class loading, JIT, caches), then
 * {@code runs} times each timed on its own with {@link System#nanoTime}. Each run's result is kept in a sink
 * so the JIT cannot drop the work. Not JMH: the figures here are milliseconds to seconds of database, file
 * and layout work, where JMH's nanosecond machinery adds nothing but minutes.
 */
final class Timer {

    /** The work to time; may throw. */
    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }

    /** Set up a run outside the timing (a fresh folder, a new file name). */
    @FunctionalInterface
    interface Setup {
        Work prepare(int run) throws Exception;
    }

    private static volatile Object sink;

    private Timer() {
    }

    static Sample time(String id, String what, String store, int warmups, int runs, Work work) {
        return time(id, what, store, warmups, runs, run -> work);
    }

    static Sample time(String id, String what, String store, int warmups, int runs, Setup setup) {
        try {
            for (int i = 0; i < warmups; i++) {
                sink = setup.prepare(-1 - i).run();
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Work work = setup.prepare(i);
                long start = System.nanoTime();
                sink = work.run();
                ms.add((System.nanoTime() - start) / 1e6);
            }
            return new Sample(id, what, store, "ms", ms);
        } catch (Exception e) {
            throw new IllegalStateException("benchmark " + id + " failed", e);
        }
    }
}

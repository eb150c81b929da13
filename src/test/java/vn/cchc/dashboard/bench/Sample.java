package vn.cchc.dashboard.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The measured values of one figure, over its runs, in their unit (ms or MB). */
record Sample(String id, String what, String store, String unit, List<Double> values) {

    Sample {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no runs for " + id);
        }
    }

    double min() {
        return sorted().get(0);
    }

    double max() {
        return sorted().get(values.size() - 1);
    }

    double median() {
        return percentile(50);
    }

    /** Nearest-rank percentile: p99 of 200 runs is the 198th smallest value. */
    double percentile(double p) {
        List<Double> s = sorted();
        int rank = (int) Math.ceil(p / 100.0 * s.size());
        return s.get(Math.max(0, Math.min(s.size() - 1, rank - 1)));
    }

    int runs() {
        return values.size();
    }

    private List<Double> sorted() {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        return s;
    }
}

package vn.cchc.dashboard.chart;

/**
 * Where the value axis of an index ranking starts and ends. Indices lie close together (most between 80 and 95), so
 * the scale starts at a multiple of 5 at least two points below the lowest (from 0 every bar would look alike) and
 * ends a little past the highest, leaving room for the label at the longest bar's end. The axis says where it starts.
 */
public final class IndexScale {

    private IndexScale() {
    }

    /** A multiple of 5 at least two points below {@code lowest}, never below 0. */
    public static double from(double lowest) {
        return Math.max(0, Math.floor((lowest - 2) / 5) * 5);
    }

    /** Just past {@code highest} (at most 100), with room for a label after the longest bar. */
    public static double upTo(double from, double highest) {
        double top = Math.min(100, highest);
        return top + (top - from) * 0.12;
    }
}

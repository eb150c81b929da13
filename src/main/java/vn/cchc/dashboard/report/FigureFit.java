package vn.cchc.dashboard.report;

/**
 * How large a figure is drawn where it falls. A full-size chart that misses the space left on a page by a few
 * lines would move to the next page and leave up to 40% of this one blank; a chart shrunk by a little still reads
 * well. So a figure is shrunk to the space left down to {@link #LEAST} of its height, and only below that moves to
 * the next page, where it is drawn full size: the blank it leaves is then at most {@code LEAST} of a figure, under a
 * third of a page.
 */
final class FigureFit {

    /** The smallest share of its height a figure is drawn at rather than moved to the next page. */
    static final double LEAST = 0.6;

    private FigureFit() {
    }

    /**
     * The scale to draw a figure at: 1 when it fits, less than 1 (at least {@link #LEAST}) when shrinking it makes it
     * fit, 0 when it must move to the next page.
     *
     * @param full      the figure's full height
     * @param around    the height that goes with it: the space above and below, and its caption
     * @param remaining the height left on the page
     */
    static double scale(double full, double around, double remaining) {
        if (full + around <= remaining) {
            return 1;
        }
        double fits = (remaining - around) / full;
        return fits >= LEAST ? fits : 0;
    }
}

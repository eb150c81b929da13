package vn.cchc.dashboard.chart;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import vn.cchc.dashboard.domain.DeadlineCategory;

/**
 * The colours of app.css (".root" tokens), so that a category has the same colour on screen, in the
 * window's tiles and in a chart pasted into a report. Reports are often printed in black and white: on time
 * (dark green), in progress (light blue) and overdue (deep red) are chosen at least 15% apart in greyscale
 * lightness, not only in hue, so that the donut and the bars still tell them apart on paper.
 */
public final class ChartPalette {

    static final Color ON_TIME = new Color(0x1a7f37);
    static final Color LATE = new Color(0x9a6700);
    public static final Color IN_PROGRESS = new Color(0x3a96ff);
    static final Color OVERDUE = new Color(0x82071e);
    static final Color NOT_STARTED = new Color(0x6e7781);
    static final Color RECURRING = new Color(0x8250df);
    public static final Color BORDER = new Color(0xd0d7de);
    public static final Color MUTED = new Color(0x57606a);
    /** Body text: near-black reads as calmer than pure black on white. */
    public static final Color TEXT = new Color(0x1f2328);
    public static final Color BACKGROUND = Color.WHITE;
    /** A cell that does not apply (an exempt area): greyed, lighter than any share on the sequential scale. */
    public static final Color NOT_APPLICABLE = new Color(0xeaeef2);
    /** The sequential scale's stops, light to dark: the selection tint, the in-progress blue, the selected text's blue. */
    private static final Color[] SEQUENTIAL = {new Color(0xddf4ff), IN_PROGRESS, new Color(0x0550ae)};

    private static final Map<DeadlineCategory, Color> BY_CATEGORY = new EnumMap<>(Map.of(
            DeadlineCategory.COMPLETED_ON_TIME, ON_TIME,
            DeadlineCategory.COMPLETED_LATE, LATE,
            DeadlineCategory.IN_PROGRESS, IN_PROGRESS,
            DeadlineCategory.OVERDUE, OVERDUE,
            DeadlineCategory.NOT_STARTED, NOT_STARTED,
            DeadlineCategory.RECURRING, RECURRING));

    private ChartPalette() {
    }

    public static Color of(DeadlineCategory category) {
        return BY_CATEGORY.get(category);
    }

    /**
     * A share on the palette's one-hue sequential scale, light (0) to dark (1), for a heatmap: darker is more, and the
     * lightness alone tells the order, so a greyscale print keeps it. Outside 0–1 it is clamped.
     */
    public static Color sequential(double share) {
        double t = Math.max(0, Math.min(1, share)) * (SEQUENTIAL.length - 1);
        int from = Math.min((int) t, SEQUENTIAL.length - 2);
        double f = t - from;
        Color a = SEQUENTIAL[from];
        Color b = SEQUENTIAL[from + 1];
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * f),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * f),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * f));
    }
}

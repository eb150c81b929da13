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
    static final Color IN_PROGRESS = new Color(0x3a96ff);
    static final Color OVERDUE = new Color(0x82071e);
    static final Color NOT_STARTED = new Color(0x6e7781);
    static final Color RECURRING = new Color(0x8250df);
    static final Color BORDER = new Color(0xd0d7de);
    static final Color MUTED = new Color(0x57606a);
    /** Body text: near-black reads as calmer than pure black on white. */
    static final Color TEXT = new Color(0x1f2328);
    static final Color BACKGROUND = Color.WHITE;

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
}

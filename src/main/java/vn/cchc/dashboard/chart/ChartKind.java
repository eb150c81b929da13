package vn.cchc.dashboard.chart;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five charts of the overview. Each has a Vietnamese name for the command line ("linh-vuc") so that
 * a reform-office clerk can type what they mean, and a localized title in the message bundles.
 */
public enum ChartKind {
    /** Stacked bars of the deadline categories per reform area. */
    AREA_PROGRESS("linh-vuc"),
    /** Completion rate per lead unit, the lagging ones first. */
    UNIT_PROGRESS("don-vi"),
    /** Cumulative completed tasks by week against the tasks due by then. */
    PROGRESS_OVER_TIME("tien-do"),
    /** Ring of the six deadline categories with the headline X/Y in the centre. */
    STATUS_DONUT("trang-thai"),
    /** This year's completion curve against last year's at the same day of the year. */
    YEAR_OVER_YEAR("so-sanh-nam");

    private final String cliName;

    ChartKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The kind the command line named; case and surrounding blanks are forgiven. */
    public static Optional<ChartKind> fromCliName(String name) {
        String wanted = name == null ? "" : name.strip();
        return Arrays.stream(values()).filter(k -> k.cliName.equalsIgnoreCase(wanted)).findFirst();
    }

    /** The message key of the chart's title, "chart.AREA_PROGRESS.title". */
    public String titleKey() {
        return "chart." + name() + ".title";
    }
}

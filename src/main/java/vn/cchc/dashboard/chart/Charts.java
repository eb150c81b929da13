package vn.cchc.dashboard.chart;

import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;
import org.jfree.data.general.DefaultPieDataset;
import vn.cchc.dashboard.i18n.IndicatorWording;
import vn.cchc.dashboard.i18n.Messages;

/**
 * Builds the overview's charts from domain figures. The same chart object draws on screen and in files;
 * a chart with nothing to show says so in words rather than drawing empty axes.
 */
public final class Charts {

    private Charts() {
    }

    /** The chart of {@code kind}; its text in the language of {@code messages}. */
    public static ExportableChart create(ChartKind kind, ChartInput input, Messages messages) {
        return new ExportableChart(kind.cliName(), messages.format(kind.titleKey()), input.summary().asOf(),
                () -> build(kind, input, messages), minimumLayoutHeight(kind, input));
    }

    /**
     * As {@link #create}, for a printed document: the same chart with its text in the document's serif face
     * (Liberation Serif, Times New Roman's metrics) instead of the screen's DejaVu Sans.
     */
    public static ExportableChart forDocument(ChartKind kind, ChartInput input, Messages messages) {
        return new ExportableChart(kind.cliName(), messages.format(kind.titleKey()), input.summary().asOf(),
                () -> ChartFonts.inDocumentFace(() -> build(kind, input, messages)), minimumLayoutHeight(kind, input));
    }

    /** One indicator across units, with its target and the provincial average. */
    public static ExportableChart indicator(IndicatorChartInput input, Messages messages) {
        String title = messages.format("chart.INDICATOR.title", IndicatorWording.name(input.indicator(), messages),
                input.periodName());
        return new ExportableChart("chi-so-" + input.indicator().code().toLowerCase(Locale.ROOT).replace('_', '-'),
                title, input.dataDate(), () -> IndicatorChart.build(input, messages), IndicatorChart.minimumLayoutHeight(input));
    }

    /** A new JFreeChart each call: one for the screen, one per export, never shared between threads. */
    static JFreeChart build(ChartKind kind, ChartInput input, Messages messages) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(messages, "messages");
        JFreeChart chart = hasData(kind, input) ? switch (kind) {
            case AREA_PROGRESS -> AreaProgressChart.build(input, messages);
            case UNIT_PROGRESS -> UnitProgressChart.build(input, messages);
            case PROGRESS_OVER_TIME -> ProgressOverTimeChart.build(input, messages);
            case STATUS_DONUT -> StatusDonutChart.build(input, messages);
            case YEAR_OVER_YEAR -> YearOverYearChart.build(input, messages);
        } : noData(kind, messages);
        // First in the list of subtitles, so that it sits below the legend, at the very bottom.
        chart.addSubtitle(0, ChartTheme.footer(messages.format("chart.footer", input.source(),
                messages.formats().date(input.summary().asOf()))));
        return chart;
    }

    /** The least layout height at which the chart stays legible; 0 when the usual layout always fits. */
    static double minimumLayoutHeight(ChartKind kind, ChartInput input) {
        return kind == ChartKind.UNIT_PROGRESS && hasData(kind, input) ? UnitProgressChart.minimumLayoutHeight(input) : 0;
    }

    static boolean hasData(ChartKind kind, ChartInput input) {
        return switch (kind) {
            case AREA_PROGRESS -> AreaProgressChart.hasData(input);
            case UNIT_PROGRESS -> UnitProgressChart.hasData(input);
            case PROGRESS_OVER_TIME -> ProgressOverTimeChart.hasData(input);
            case STATUS_DONUT -> StatusDonutChart.hasData(input);
            case YEAR_OVER_YEAR -> YearOverYearChart.hasData(input);
        };
    }

    /** The title and a sentence in the middle: an empty pie plot draws nothing but its no-data message. */
    private static JFreeChart noData(ChartKind kind, Messages messages) {
        PiePlot<String> plot = new PiePlot<String>(new DefaultPieDataset<String>());
        JFreeChart chart = ChartTheme.frame(messages.format(kind.titleKey()), plot, false);
        plot.setNoDataMessage(messages.format("chart.noData"));
        return chart;
    }
}

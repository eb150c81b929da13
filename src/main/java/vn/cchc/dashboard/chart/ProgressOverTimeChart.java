package vn.cchc.dashboard.chart;

import java.awt.geom.Line2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import vn.cchc.dashboard.domain.WeeklyProgress;
import vn.cchc.dashboard.i18n.Messages;

/**
 * Are we on track: tasks completed so far (solid, up to the as-of date, where its last figure is the headline's)
 * against the tasks due by each week (dashed, the whole year; recurring tasks fall due at the year's end), with the
 * as-of date marked. The series are the domain's {@link WeeklyProgress}: this class only draws them.
 */
final class ProgressOverTimeChart {

    private static final int ACTUAL = 0;
    private static final int EXPECTED = 1;

    private ProgressOverTimeChart() {
    }

    static boolean hasData(ChartInput input) {
        return input.summary().overall().planned() > 0 && input.weekly().stream()
                .anyMatch(w -> w.expected() > 0 || (w.completed() != null && w.completed() > 0));
    }

    static JFreeChart build(ChartInput input, Messages messages) {
        XYSeries actual = new XYSeries(messages.format("chart.PROGRESS_OVER_TIME.actual"), true, false);
        XYSeries expected = new XYSeries(messages.format("chart.PROGRESS_OVER_TIME.expected"), true, false);
        for (WeeklyProgress week : input.weekly()) {
            expected.add(MonthAxis.x(week.weekEnd()), week.expected());
            if (week.completed() != null) {
                actual.add(MonthAxis.x(week.weekEnd()), week.completed());
            }
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(actual);
        dataset.addSeries(expected);

        NumberAxis tasks = new NumberAxis(messages.format("chart.axis.tasks"));
        ChartTheme.countTicks(tasks, messages);
        tasks.setAutoRangeIncludesZero(true);
        tasks.setUpperMargin(0.08);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(dataset, MonthAxis.of(input.summary().plan().year(), messages), tasks, renderer);

        JFreeChart chart = ChartTheme.frame(messages.format(ChartKind.PROGRESS_OVER_TIME.titleKey()), plot, true);
        ChartTheme.styleAxis(plot.getDomainAxis(), true);
        ChartTheme.styleAxis(tasks, false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlineStroke(ChartTheme.GRIDLINE);
        renderer.setSeriesPaint(ACTUAL, ChartPalette.IN_PROGRESS);
        renderer.setSeriesStroke(ACTUAL, ChartTheme.LINE);
        renderer.setSeriesPaint(EXPECTED, ChartPalette.MUTED);
        renderer.setSeriesStroke(EXPECTED, ChartTheme.DASHED_LINE);
        renderer.setLegendLine(new Line2D.Double(-14, 0, 14, 0));
        renderer.setDefaultToolTipGenerator((data, series, item) -> messages.format("chart.PROGRESS_OVER_TIME.tooltip",
                data.getSeriesKey(series), messages.formats().date(MonthAxis.day(data.getXValue(series, item))),
                messages.formats().count((long) data.getYValue(series, item))));
        MonthAxis.markAsOf(plot, input.summary().asOf(), messages);
        labelLastActual(plot, input.weekly(), messages);
        return chart;
    }

    /** The latest actual figure, written at the end of the solid line: the number people quote. */
    private static void labelLastActual(XYPlot plot, List<WeeklyProgress> weeks, Messages messages) {
        weeks.stream().filter(w -> w.completed() != null).reduce((first, second) -> second).ifPresent(last -> {
            XYTextAnnotation label = new XYTextAnnotation(messages.formats().count(last.completed()),
                    MonthAxis.x(last.weekEnd()), last.completed());
            label.setFont(ChartFonts.bold(ChartTheme.TEXT_SIZE));
            label.setPaint(ChartPalette.IN_PROGRESS);
            label.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addAnnotation(label);
        });
    }
}

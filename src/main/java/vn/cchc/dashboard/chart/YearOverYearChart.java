package vn.cchc.dashboard.chart;

import java.awt.geom.Line2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import vn.cchc.dashboard.domain.CompletionCurve;
import vn.cchc.dashboard.i18n.Messages;

/**
 * This year's completion rate against last year's at the same day of the year. Last year's points are
 * placed on this year's calendar by their day of the year, so the month labels hold for both curves.
 */
final class YearOverYearChart {

    private YearOverYearChart() {
    }

    static boolean hasData(ChartInput input) {
        return input.summary().overall().planned() > 0 && !input.current().points().isEmpty();
    }

    static JFreeChart build(ChartInput input, Messages messages) {
        int year = input.current().year();
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(series(input.current(), year, messages));
        if (input.previous() != null) {
            dataset.addSeries(series(input.previous(), year, messages));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        PercentAxis rate = new PercentAxis(messages, 0);
        XYPlot plot = new XYPlot(dataset, MonthAxis.of(year, messages), rate, renderer);

        JFreeChart chart = ChartTheme.frame(messages.format(ChartKind.YEAR_OVER_YEAR.titleKey()), plot, true);
        if (input.previous() == null) {
            ChartTheme.addSubtitle(chart, messages.format("chart.YEAR_OVER_YEAR.noPrevious"));
        }
        ChartTheme.styleAxis(plot.getDomainAxis(), true);
        ChartTheme.styleAxis(rate, false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlineStroke(ChartTheme.GRIDLINE);
        renderer.setSeriesPaint(0, ChartPalette.IN_PROGRESS);
        renderer.setSeriesStroke(0, ChartTheme.LINE);
        renderer.setSeriesPaint(1, ChartPalette.NOT_STARTED);
        renderer.setSeriesStroke(1, ChartTheme.DASHED_LINE);
        renderer.setLegendLine(new Line2D.Double(-14, 0, 14, 0));
        renderer.setDefaultToolTipGenerator((data, series, item) -> messages.format("chart.YEAR_OVER_YEAR.tooltip",
                data.getSeriesKey(series), messages.formats().percent(
                        BigDecimal.valueOf(data.getYValue(series, item)).setScale(2, RoundingMode.HALF_UP))));
        MonthAxis.markAsOf(plot, input.summary().asOf(), messages);
        return chart;
    }

    /** Named with the rate it reached on its last day, so the two figures to compare are read in the legend. */
    private static XYSeries series(CompletionCurve curve, int shownYear, Messages messages) {
        String reached = curve.points().isEmpty() ? messages.formats().percent(BigDecimal.ZERO)
                : messages.formats().percent(curve.points().get(curve.points().size() - 1).percent());
        XYSeries series = new XYSeries(messages.format("chart.YEAR_OVER_YEAR.year", String.valueOf(curve.year()), reached),
                true, false);
        for (CompletionCurve.Point point : curve.points()) {
            series.add(MonthAxis.x(onShownYear(point.dayOfYear(), shownYear)), point.percent());
        }
        return series;
    }

    /** The same day of the year in {@code year}; 31/12 of a leap year becomes 31/12 of a common one. */
    static LocalDate onShownYear(int dayOfYear, int year) {
        return LocalDate.ofYearDay(year, Math.min(dayOfYear, Year.of(year).length()));
    }
}

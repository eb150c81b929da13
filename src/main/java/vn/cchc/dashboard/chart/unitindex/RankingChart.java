package vn.cchc.dashboard.chart.unitindex;

import java.awt.Color;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.cchc.dashboard.chart.BarEndLabel;
import vn.cchc.dashboard.chart.ChartFonts;
import vn.cchc.dashboard.chart.ChartPalette;
import vn.cchc.dashboard.chart.ChartTheme;
import vn.cchc.dashboard.chart.IndexScale;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.i18n.Messages;

/**
 * A bar per unit with an index, in announced order, the first at the top, its index at the bar's end ("87,25"), the
 * group's average as a dashed line. The scale starts below the lowest index (they lie close together) and says so.
 */
final class RankingChart {

    /** Title, subtitle, notes, axis and footer: what a chart of a few rows needs besides its rows. */
    private static final double FRAME_HEIGHT = 200;
    private static final double ROW_HEIGHT = 16;
    private static final int CROWDED = 24;

    /** One unit's bar; its category shows as "1. Sở Tư pháp". */
    record Row(int order, String label) implements Comparable<Row> {
        @Override
        public int compareTo(Row other) {
            return Integer.compare(order, other.order);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private RankingChart() {
    }

    static double minimumLayoutHeight(List<IndexRanking.Ranked> ranking) {
        return FRAME_HEIGHT + UnitIndexCharts.indexed(ranking).size() * ROW_HEIGHT;
    }

    static JFreeChart build(List<IndexRanking.Ranked> ranking, int year, IndexGroup group, Messages messages) {
        List<IndexRanking.Ranked> bars = UnitIndexCharts.indexed(ranking);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String series = messages.get("unitIndex.chart.series");
        CategoryAxis units = new CategoryAxis();
        for (int i = 0; i < bars.size(); i++) {
            IndexRanking.Ranked r = bars.get(i);
            Row row = new Row(i, UnitIndexCharts.label(r, messages));
            dataset.addValue(r.result().index(), series, row);
            units.addCategoryLabelToolTip(row, r.result().unitName());
        }
        NumberAxis scale = scale(bars, messages);
        BarRenderer renderer = new BarRenderer();
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.9);
        CategoryPlot plot = new CategoryPlot(dataset, units, scale, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setNoDataMessage(messages.format("unitIndex.chart.noData", String.valueOf(year)));
        JFreeChart chart = ChartTheme.frame(UnitIndexCharts.title(year, group, messages), plot, false);
        renderer.setSeriesPaint(0, ChartPalette.IN_PROGRESS);
        float size = bars.size() > CROWDED ? ChartTheme.SMALL_SIZE : ChartTheme.TEXT_SIZE;
        ChartTheme.styleAxis(units, false);
        units.setTickLabelFont(ChartFonts.regular(size));
        units.setMaximumCategoryLabelLines(1);
        // Room for "10. Sở Văn hóa, Thể thao và Du lịch" on one line at the usual width.
        units.setMaximumCategoryLabelWidthRatio(0.42f);
        units.setCategoryMargin(0.25);
        units.setLowerMargin(0.01);
        units.setUpperMargin(0.01);
        for (int i = 0; i < bars.size(); i++) {
            plot.addAnnotation(new BarEndLabel(dataset.getColumnKey(i), bars.get(i).result().index().doubleValue(),
                    messages.formats().decimal(bars.get(i).result().index()), ChartFonts.regular(ChartTheme.SMALL_SIZE),
                    ChartPalette.TEXT), false);
        }
        BigDecimal average = IndexRanking.average(bars);
        if (average != null) {
            plot.addRangeMarker(average(average, messages), Layer.FOREGROUND);
        }
        if (!bars.isEmpty()) {
            ChartTheme.addSubtitle(chart, messages.format("unitIndex.chart.subtitle",
                    messages.formats().count(bars.size()), messages.formats().decimal(average)));
        }
        for (String note : UnitIndexCharts.notes(ranking, messages)) {
            ChartTheme.addSubtitle(chart, note);
        }
        chart.addSubtitle(0, ChartTheme.footer(UnitIndexCharts.footer(year, messages)));
        return chart;
    }

    private static NumberAxis scale(List<IndexRanking.Ranked> bars, Messages messages) {
        double lowest = bars.stream().mapToDouble(r -> r.result().index().doubleValue()).min().orElse(0);
        double highest = bars.stream().mapToDouble(r -> r.result().index().doubleValue()).max().orElse(100);
        double from = IndexScale.from(lowest);
        NumberAxis axis = new NumberAxis();
        axis.setRange(from, IndexScale.upTo(from, highest));
        axis.setTickUnit(new NumberTickUnit(5, new DecimalFormat("0",
                DecimalFormatSymbols.getInstance(messages.language().locale()))));
        ChartTheme.styleAxis(axis, false);
        axis.setLabel(messages.format("unitIndex.chart.axis", messages.formats().compact(BigDecimal.valueOf(from))));
        return axis;
    }

    private static ValueMarker average(BigDecimal average, Messages messages) {
        ValueMarker marker = new ValueMarker(average.doubleValue(), ChartPalette.TEXT, ChartTheme.MARKER);
        marker.setLabel(messages.format("unitIndex.chart.average", messages.formats().decimal(average)));
        marker.setLabelFont(ChartFonts.bold(ChartTheme.SMALL_SIZE));
        marker.setLabelPaint(ChartPalette.TEXT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        // Beside the last units' bars, which end before the average: the leaders' would run through it.
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return marker;
    }
}

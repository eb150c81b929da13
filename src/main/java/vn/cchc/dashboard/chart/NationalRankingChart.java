package vn.cchc.dashboard.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.cchc.dashboard.domain.national.NationalResults;
import vn.cchc.dashboard.domain.national.ProvinceNames;
import vn.cchc.dashboard.domain.national.Standing;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.NationalWording;

/**
 * Every province's total, first to last, the province itself in the accent colour and the others grey, with the
 * national average as a dotted line. The totals lie close together (most between 80 and 93%), so the scale starts
 * at a round figure below the lowest and says so on the axis: from 0 every bar would look alike.
 * <p>
 * On screen a row per province, first at the top, as tall as the provinces need (the page scrolls). In a printed
 * report, whose figure is 16 × 9 cm, a column per province with its name turned upright: 63 rows in 9 cm would print
 * their names at 3 pt, 63 columns across 16 cm print them at about 6 pt.
 */
final class NationalRankingChart {

    /** Rows for the screen, columns for a report's figure. */
    enum Layout { ROWS, COLUMNS }

    /** The other provinces: a neutral grey between the palette's border and muted text, quiet beside the accent. */
    static final Color OTHERS = new Color(0xafb8c1);
    static final Color PROVINCE = ChartPalette.IN_PROGRESS;
    private static final double FRAME_HEIGHT = 190;
    private static final double ROW_HEIGHT = 13;
    private static final int CROWDED = 24;

    /** One province's bar; shown as "12. Hưng Yên". */
    record Row(int order, int rank, String province, boolean own) implements Comparable<Row> {
        @Override
        public int compareTo(Row other) {
            return Integer.compare(order, other.order);
        }

        @Override
        public String toString() {
            return rank + ". " + ProvinceNames.withoutPrefix(province);
        }
    }

    private NationalRankingChart() {
    }

    static double minimumLayoutHeight(NationalResults results) {
        return FRAME_HEIGHT + results.count() * ROW_HEIGHT;
    }

    /** @param standing the province to pick out, or null to draw the provinces alone */
    static JFreeChart build(NationalResults results, Standing standing, Messages messages) {
        return build(results, standing, messages, Layout.ROWS);
    }

    static JFreeChart build(NationalResults results, Standing standing, Messages messages, Layout layout) {
        boolean rows = layout == Layout.ROWS;
        Formats f = messages.formats();
        List<NationalResults.Ranked> ranked = results.ranked();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String series = NationalWording.index(results.kind(), messages);
        CategoryAxis provinces = new CategoryAxis();
        for (int i = 0; i < ranked.size(); i++) {
            NationalResults.Ranked r = ranked.get(i);
            Row row = new Row(i, r.rank(), r.province(), standing != null && r.equals(standing.province()));
            dataset.addValue(r.score().total(), series, row);
            provinces.addCategoryLabelToolTip(row, r.province());
            if (row.own()) {
                provinces.setTickLabelFont(row, ChartFonts.bold(ranked.size() > CROWDED ? ChartTheme.SMALL_SIZE
                        : ChartTheme.TEXT_SIZE));
                provinces.setTickLabelPaint(row, PROVINCE.darker());
            }
        }
        NumberAxis scale = scale(results, rows, messages);
        ProvinceRenderer renderer = new ProvinceRenderer();
        CategoryPlot plot = new CategoryPlot(dataset, provinces, scale, renderer);
        plot.setOrientation(rows ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(rows ? AxisLocation.BOTTOM_OR_RIGHT : AxisLocation.TOP_OR_LEFT);
        JFreeChart chart = ChartTheme.frame(messages.format("national.chart.ranking.title", series,
                String.valueOf(results.year())), plot, true);
        ChartTheme.styleAxis(provinces, false);
        provinces.setTickLabelFont(ChartFonts.regular(ranked.size() > CROWDED ? ChartTheme.SMALL_SIZE : ChartTheme.TEXT_SIZE));
        provinces.setMaximumCategoryLabelLines(1);
        provinces.setMaximumCategoryLabelWidthRatio(rows ? 0.3f : 0.6f);
        provinces.setCategoryMargin(0.25);
        provinces.setLowerMargin(0.005);
        provinces.setUpperMargin(0.005);
        if (rows) {
            for (int i = 0; i < ranked.size(); i++) {
                Row row = (Row) dataset.getColumnKey(i);
                plot.addAnnotation(new BarEndLabel(row, ranked.get(i).score().total().doubleValue(),
                        f.percent(ranked.get(i).score().total()), row.own() ? ChartFonts.bold(ChartTheme.SMALL_SIZE)
                        : ChartFonts.regular(ChartTheme.SMALL_SIZE), row.own() ? PROVINCE.darker() : ChartPalette.MUTED),
                        false);
            }
        } else {
            provinces.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
            renderer.labelOwnColumn(f);
        }
        plot.addRangeMarker(average(results.average(), rows, messages), Layer.FOREGROUND);
        ChartTheme.addSubtitle(chart, standing == null
                ? messages.format("national.chart.ranking.all", f.count(results.count()))
                : messages.format("national.chart.ranking.subtitle", ProvinceNames.withoutPrefix(standing.province().province()),
                        f.ratio(standing.rank(), standing.count()), f.percent(standing.total()),
                        f.percent(standing.average())));
        plot.setFixedLegendItems(legend(standing, messages));
        chart.addSubtitle(0, ChartTheme.footer(NationalCharts.footer(results, messages)));
        return chart;
    }

    private static NumberAxis scale(NationalResults results, boolean rows, Messages messages) {
        NumberAxis axis = scale(results.ranked().get(results.count() - 1).score().total().doubleValue(),
                results.leaders().get(0).score().total().doubleValue(), messages);
        if (!rows) {
            axis.setLabel(messages.format("national.chart.axis.vertical",
                    messages.formats().compact(BigDecimal.valueOf(axis.getLowerBound()))));
        }
        return axis;
    }

    /**
     * From a multiple of 5 at least two points below {@code lowest} to just past {@code highest}, ticks every 5%, its
     * label saying where it starts. Shared with the component chart, whose figures lie as close together.
     */
    static NumberAxis scale(double lowest, double highest, Messages messages) {
        double from = IndexScale.from(lowest);
        NumberAxis axis = new NumberAxis();
        axis.setRange(from, IndexScale.upTo(from, highest));
        axis.setTickUnit(new NumberTickUnit(5,
                new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(messages.language().locale()))));
        ChartTheme.styleAxis(axis, false);
        axis.setLabel(messages.format("national.chart.axis", messages.formats().compact(BigDecimal.valueOf(from))));
        return axis;
    }

    private static ValueMarker average(BigDecimal average, boolean rows, Messages messages) {
        ValueMarker marker = new ValueMarker(average.doubleValue(), ChartPalette.TEXT, ChartTheme.MARKER);
        marker.setLabel(messages.format("national.chart.average", messages.formats().percent(average)));
        marker.setLabelFont(ChartFonts.bold(ChartTheme.SMALL_SIZE));
        marker.setLabelPaint(ChartPalette.TEXT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        // Beside the last provinces' bars, which end before the average: the leaders' would run through it.
        marker.setLabelAnchor(rows ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(rows ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
        return marker;
    }

    private static LegendItemCollection legend(Standing standing, Messages messages) {
        LegendItemCollection items = new LegendItemCollection();
        if (standing != null) {
            items.add(new LegendItem(ProvinceNames.withoutPrefix(standing.province().province()), PROVINCE));
            items.add(new LegendItem(messages.get("national.chart.others"), OTHERS));
        }
        LegendItem average = new LegendItem(messages.format("national.chart.average.legend"), null, null, null,
                new Line2D.Double(0, 0, 14, 0), ChartTheme.MARKER, ChartPalette.TEXT);
        items.add(average);
        return items;
    }

    /** Grey bars, the province's in the accent colour. */
    private static final class ProvinceRenderer extends BarRenderer {

        private static final long serialVersionUID = 1L;

        ProvinceRenderer() {
            setDrawBarOutline(false);
            setShadowVisible(false);
            setMaximumBarWidth(0.9);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return own(column) ? PROVINCE : OTHERS;
        }

        private boolean own(int column) {
            return getPlot().getDataset().getColumnKey(column) instanceof Row bar && bar.own();
        }

        /** The province's figure, upright above its column; the others' would crowd 63 narrow columns. */
        void labelOwnColumn(Formats f) {
            setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
                private static final long serialVersionUID = 1L;

                @Override
                public String generateLabel(CategoryDataset dataset, int row, int column) {
                    return own(column) ? f.percent((BigDecimal) dataset.getValue(row, column)) : null;
                }
            });
            setDefaultItemLabelsVisible(true);
            setDefaultItemLabelFont(ChartFonts.bold(ChartTheme.SMALL_SIZE));
            setDefaultItemLabelPaint(PROVINCE.darker());
            setDefaultPositiveItemLabelPosition(new ItemLabelPosition(
                    ItemLabelAnchor.OUTSIDE12, TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT,
                    -Math.PI / 2));
        }
    }
}

package vn.cchc.dashboard.chart;

import java.awt.Paint;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.cchc.dashboard.domain.national.ProvinceNames;
import vn.cchc.dashboard.domain.national.Standing;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.NationalWording;

/**
 * The province on each component against the national average and the best province: three bars per component,
 * the province's labelled with its figure. Where a component was not published for the province its bar is absent.
 */
final class NationalComponentChart {

    private static final double FRAME_HEIGHT = 170;
    private static final double COMPONENT_HEIGHT = 42;

    /** A component, named in full on its tooltip and wrapped on the axis. */
    record Component(int order, String name) implements Comparable<Component> {
        @Override
        public int compareTo(Component other) {
            return Integer.compare(order, other.order);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private NationalComponentChart() {
    }

    static double minimumLayoutHeight(Standing standing) {
        return FRAME_HEIGHT + standing.components().size() * COMPONENT_HEIGHT;
    }

    static JFreeChart build(Standing standing, Messages messages) {
        String province = ProvinceNames.withoutPrefix(standing.province().province());
        String average = messages.get("national.chart.average.legend");
        String best = messages.get("national.chart.best");
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        CategoryAxis components = new CategoryAxis();
        List<Standing.ComponentStanding> all = standing.components();
        for (int i = 0; i < all.size(); i++) {
            Standing.ComponentStanding c = all.get(i);
            Component key = new Component(i, c.name());
            dataset.addValue(c.score(), province, key);
            dataset.addValue(c.average(), average, key);
            dataset.addValue(c.best(), best, key);
            components.addCategoryLabelToolTip(key, c.name() + " – " + messages.get("national.chart.best") + ": "
                    + NationalWording.names(c.leaders()));
        }
        // Scores lie as close together as the totals: from 0 the province and the average would look alike.
        double lowest = all.stream().flatMap(c -> Stream.of(c.score(), c.average(), c.best()))
                .filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double highest = all.stream().map(Standing.ComponentStanding::best).filter(Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue).max().orElse(100);
        CategoryPlot plot = new CategoryPlot(dataset, components, NationalRankingChart.scale(lowest, highest, messages),
                renderer(messages));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        JFreeChart chart = ChartTheme.frame(messages.format("national.chart.components.title",
                NationalWording.title(standing.results(), messages), province), plot, true);
        if (all.isEmpty()) {
            plot.setNoDataMessage(messages.get("national.chart.components.none"));
        }
        ChartTheme.styleAxis(components, false);
        components.setTickLabelFont(ChartFonts.regular(ChartTheme.SMALL_SIZE));
        components.setMaximumCategoryLabelLines(3);
        components.setMaximumCategoryLabelWidthRatio(0.32f);
        components.setCategoryMargin(0.3);
        chart.addSubtitle(0, ChartTheme.footer(NationalCharts.footer(standing.results(), messages)));
        return chart;
    }

    private static BarRenderer renderer(Messages messages) {
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getSeriesPaint(int series) {
                return switch (series) {
                    case 0 -> NationalRankingChart.PROVINCE;
                    case 1 -> NationalRankingChart.OTHERS;
                    default -> ChartPalette.ON_TIME;
                };
            }
        };
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        NumberFormat percent = new DecimalFormat("0.00'%'",
                DecimalFormatSymbols.getInstance(messages.language().locale()));
        renderer.setSeriesItemLabelGenerator(0, new StandardCategoryItemLabelGenerator("{2}", percent));
        renderer.setSeriesItemLabelsVisible(0, true);
        renderer.setSeriesItemLabelFont(0, ChartFonts.bold(ChartTheme.SMALL_SIZE));
        renderer.setSeriesItemLabelPaint(0, NationalRankingChart.PROVINCE.darker());
        renderer.setSeriesPositiveItemLabelPosition(0, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        return renderer;
    }
}

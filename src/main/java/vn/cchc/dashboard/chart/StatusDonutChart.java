package vn.cchc.dashboard.chart;

import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CenterTextMode;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.general.DefaultPieDataset;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.Percent;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The plan's tasks in the six deadline categories as a ring, "completed/planned" in its centre. Counts and
 * shares are in the legend rather than around the ring, where small sections would make labels collide.
 */
final class StatusDonutChart {

    private StatusDonutChart() {
    }

    static boolean hasData(ChartInput input) {
        return input.summary().overall().planned() > 0;
    }

    static JFreeChart build(ChartInput input, Messages messages) {
        ProgressCount overall = input.summary().overall();
        Formats formats = messages.formats();
        DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
        for (DeadlineCategory category : DeadlineCategory.values()) {
            int count = overall.count(category);
            dataset.setValue(messages.format("chart.STATUS_DONUT.item", AreaProgressChart.categoryLabel(category, messages),
                    formats.count(count), formats.percent(Percent.of(count, overall.planned()))), count);
        }
        RingPlot plot = new RingPlot(dataset);
        JFreeChart chart = ChartTheme.frame(messages.format(ChartKind.STATUS_DONUT.titleKey()), plot, true);
        ChartTheme.addSubtitle(chart, messages.format("summary.headline",
                formats.ratio(overall.completed(), overall.planned()), formats.percent(overall.percent())));

        DeadlineCategory[] categories = DeadlineCategory.values();
        for (int i = 0; i < categories.length; i++) {
            plot.setSectionPaint(dataset.getKey(i), ChartPalette.of(categories[i]));
        }
        plot.setSectionDepth(0.34);
        plot.setLabelGenerator(null);
        plot.setShadowPaint(null);
        plot.setSeparatorsVisible(false);
        // White gaps between sections; a lone full ring would show its seam as a white tick.
        plot.setSectionOutlinesVisible(Arrays.stream(categories).filter(c -> overall.count(c) > 0).count() > 1);
        plot.setDefaultSectionOutlinePaint(ChartPalette.BACKGROUND);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(2f));
        plot.setInteriorGap(0.04);
        plot.setCenterTextMode(CenterTextMode.FIXED);
        plot.setCenterText(formats.ratio(overall.completed(), overall.planned()));
        plot.setCenterTextFont(ChartFonts.bold(ChartTheme.HEADLINE_SIZE));
        plot.setCenterTextColor(ChartPalette.TEXT);
        plot.setToolTipGenerator((data, key) -> key.toString());
        plot.setLegendItemShape(new Rectangle2D.Double(-5, -5, 10, 10));

        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setItemFont(ChartFonts.regular(ChartTheme.SUBTITLE_SIZE));
        legend.setItemLabelPadding(new RectangleInsets(5, 6, 5, 4));
        legend.setPadding(new RectangleInsets(0, 12, 0, 24));
        return chart;
    }
}

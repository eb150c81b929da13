package vn.cchc.dashboard.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.cchc.dashboard.domain.AreaProgress;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/** Tasks per reform area, one horizontal bar per area stacked by deadline category, "done/planned" at its end. */
final class AreaProgressChart {

    private AreaProgressChart() {
    }

    static boolean hasData(ChartInput input) {
        return input.summary().overall().planned() > 0;
    }

    static JFreeChart build(ChartInput input, Messages messages) {
        boolean english = messages.language() == Language.EN;
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (AreaProgress area : input.summary().byArea()) {
            for (DeadlineCategory category : DeadlineCategory.values()) {
                dataset.addValue(area.count().count(category), categoryLabel(category, messages), area.area().name(english));
            }
        }
        CategoryAxis areas = new CategoryAxis();
        NumberAxis tasks = new NumberAxis(messages.format("chart.axis.tasks"));
        ChartTheme.countTicks(tasks, messages);
        // Room after the longest bar for its "done/planned" label.
        tasks.setUpperMargin(0.14);
        StackedBarRenderer renderer = new StackedBarRenderer();
        CategoryPlot plot = new CategoryPlot(dataset, areas, tasks, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);

        JFreeChart chart = ChartTheme.frame(messages.format(ChartKind.AREA_PROGRESS.titleKey()), plot, true);
        styleAreaAxis(areas);
        ChartTheme.styleAxis(tasks, false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlineStroke(ChartTheme.GRIDLINE);
        renderer.setMaximumBarWidth(0.09);
        renderer.setItemMargin(0);
        renderer.setDrawBarOutline(false);
        DeadlineCategory[] categories = DeadlineCategory.values();
        for (int i = 0; i < categories.length; i++) {
            renderer.setSeriesPaint(i, ChartPalette.of(categories[i]));
        }
        renderer.setDefaultToolTipGenerator((data, row, column) -> messages.format("chart.AREA_PROGRESS.tooltip",
                data.getColumnKey(column), data.getRowKey(row),
                messages.formats().count(data.getValue(row, column).longValue())));
        for (AreaProgress area : input.summary().byArea()) {
            ProgressCount count = area.count();
            plot.addAnnotation(new BarEndLabel(area.area().name(english), count.planned(),
                    messages.formats().ratio(count.completed(), count.planned()),
                    ChartFonts.regular(ChartTheme.TEXT_SIZE), ChartPalette.TEXT), false);
        }
        return chart;
    }

    static String categoryLabel(DeadlineCategory category, Messages messages) {
        return messages.format("category." + category.name());
    }

    /** Area names are long ("Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"): wrap them, never cut. */
    private static void styleAreaAxis(CategoryAxis areas) {
        ChartTheme.styleAxis(areas, false);
        areas.setMaximumCategoryLabelLines(3);
        areas.setMaximumCategoryLabelWidthRatio(0.3f);
        areas.setCategoryMargin(0.35);
        areas.setLowerMargin(0.02);
        areas.setUpperMargin(0.02);
    }
}

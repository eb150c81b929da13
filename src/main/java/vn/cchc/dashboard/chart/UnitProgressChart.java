package vn.cchc.dashboard.chart;

import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.UnitGroup;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;

/**
 * Completion rate per lead unit, the lagging units on top and in red as the lagging list judges them (without
 * verdicts: the units below the plan's overall rate), the units in their groups as they stood on the as-of date ({@link UnitGroup}), on one shared 0–100 % scale.
 */
final class UnitProgressChart {

    static final int MAX_UNITS = 40;
    /** With more bars than this the unit names get the smaller font, so that each still has its own line. */
    private static final int CROWDED = 24;
    /** Title, legend, footer and axis around the bars, in layout pixels. */
    private static final double FRAME_HEIGHT = 150;
    /** The least height of one row that keeps its name clear of the next: a little more than its font. */
    private static final double ROW_HEIGHT = 14.5;
    private static final double CROWDED_ROW_HEIGHT = 13;
    /** Up to this many rows (units and group headers) keep the height they would have with this many. */
    private static final int FEW_ROWS = 12;

    private UnitProgressChart() {
    }

    static boolean hasData(ChartInput input) {
        return input.summary().byUnit().stream().anyMatch(u -> u.unit() != null);
    }

    /**
     * How tall the chart must be laid out for every name to stay legible: 40 units do not fit a 450-pixel
     * high layout, so an export draws them on a taller layout, scaled down, rather than letting names overlap.
     */
    static double minimumLayoutHeight(ChartInput input) {
        List<UnitRow> shown = shown(lowestFirst(input));
        long groups = shown.stream().map(UnitRow::group).distinct().count();
        double row = shown.size() > CROWDED ? CROWDED_ROW_HEIGHT : ROW_HEIGHT;
        return FRAME_HEIGHT + (shown.size() + groups) * row;
    }

    private static List<UnitRow> lowestFirst(ChartInput input) {
        return input.summary().byUnit().stream().filter(u -> u.unit() != null)
                .map(u -> UnitRow.of(u, input.summary().asOf(), input.verdicts().get(u.unit().id())))
                .sorted(UnitRow.LAGGING_FIRST).toList();
    }

    private static List<UnitRow> shown(List<UnitRow> lowestFirst) {
        return lowestFirst.subList(0, Math.min(MAX_UNITS, lowestFirst.size()));
    }

    static JFreeChart build(ChartInput input, Messages messages) {
        List<UnitRow> all = lowestFirst(input);
        List<UnitRow> shown = shown(all);
        BigDecimal overall = input.summary().overall().percent();

        CombinedRangeCategoryPlot combined = new CombinedRangeCategoryPlot(new PercentAxis(messages, 0.24));
        combined.setOrientation(PlotOrientation.HORIZONTAL);
        combined.setGap(10);
        combined.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        List<CategoryPlot> groups = new ArrayList<>();
        for (UnitGroup unitGroup : UnitGroup.values()) {
            List<UnitRow> rows = UnitRow.inGroup(shown, unitGroup);
            if (!rows.isEmpty()) {
                CategoryPlot group = group(rows, unitGroup, overall, messages);
                groups.add(group);
                combined.add(group, rows.size() + 1);
            }
        }
        JFreeChart chart = ChartTheme.frame(messages.format(ChartKind.UNIT_PROGRESS.titleKey()), combined, true);
        ChartTheme.styleAxis(combined.getRangeAxis(), false);
        boolean crowded = shown.size() > CROWDED;
        int rows = shown.size() + groups.size();
        // A handful of rows would otherwise spread over the whole height, the header far from its units.
        double filled = Math.min(1, (double) rows / FEW_ROWS);
        for (CategoryPlot group : groups) {
            styleGroup(group, crowded, filled, messages);
        }
        combined.setFixedLegendItems(input.verdicts().isEmpty() ? legend(overall, messages) : verdictLegend(overall, messages));
        if (all.size() > shown.size()) {
            Formats formats = messages.formats();
            ChartTheme.addSubtitle(chart, messages.format("chart.UNIT_PROGRESS.top",
                    formats.count(shown.size()), formats.count(all.size())));
        }
        return chart;
    }

    private static CategoryPlot group(List<UnitRow> rows, UnitGroup unitGroup, BigDecimal overall, Messages messages) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String series = messages.format("chart.UNIT_PROGRESS.rate");
        // The group's name heads its rows, as in a report's table; a rotated axis label would not fit a short group.
        GroupHeader header = new GroupHeader(messages.format("unit.group." + unitGroup.name()));
        dataset.addValue(null, series, header);
        for (UnitRow row : rows) {
            dataset.addValue(row.percent(), series, row);
        }
        CategoryAxis units = new CategoryAxis();
        units.setTickLabelFont(header, ChartFonts.bold(ChartTheme.TEXT_SIZE));
        rows.forEach(row -> units.addCategoryLabelToolTip(row, row.fullName()));
        CategoryPlot plot = new CategoryPlot(dataset, units, null, new RateRenderer(overall));
        ValueMarker overallLine = new ValueMarker(overall.doubleValue(), ChartPalette.TEXT, ChartTheme.MARKER);
        plot.addRangeMarker(overallLine, Layer.BACKGROUND);
        Formats formats = messages.formats();
        for (UnitRow row : rows) {
            plot.addAnnotation(new BarEndLabel(row, row.percent().doubleValue(),
                    formats.percent(row.percent()) + " (" + formats.ratio(row.completed(), row.planned()) + ")",
                    ChartFonts.regular(ChartTheme.SMALL_SIZE), ChartPalette.TEXT), false);
        }
        return plot;
    }

    /** @param filled the share of the height the rows take, the rest left blank at the bottom */
    private static void styleGroup(CategoryPlot group, boolean crowded, double filled, Messages messages) {
        CategoryAxis units = group.getDomainAxis();
        ChartTheme.styleAxis(units, false);
        units.setTickLabelFont(ChartFonts.regular(crowded ? ChartTheme.SMALL_SIZE : ChartTheme.TEXT_SIZE));
        units.setMaximumCategoryLabelLines(1);
        units.setMaximumCategoryLabelWidthRatio(0.4f);
        // The three margins are shares of the whole axis: shrink the gaps between rows with the rows.
        units.setCategoryMargin(0.3 * filled);
        units.setLowerMargin(0.01);
        units.setUpperMargin(0.01 + 0.98 * (1 - filled));
        group.setDomainGridlinesVisible(false);
        group.setRangeGridlinesVisible(true);
        group.setRangeGridlinePaint(ChartPalette.BORDER);
        group.setRangeGridlineStroke(ChartTheme.GRIDLINE);
        group.setOutlineVisible(false);
        RateRenderer renderer = (RateRenderer) group.getRenderer();
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.9);
        renderer.setDefaultToolTipGenerator((data, row, column) -> {
            if (!(data.getColumnKey(column) instanceof UnitRow unit)) {
                return null;
            }
            return messages.format("summary.group", unit.fullName(),
                    messages.formats().ratio(unit.completed(), unit.planned()), messages.formats().percent(unit.percent()));
        });
    }

    /** The verdicts' colours, as the lagging list gives them, and the plan's overall rate. */
    private static LegendItemCollection verdictLegend(BigDecimal overall, Messages messages) {
        Rectangle2D square = new Rectangle2D.Double(-5, -5, 10, 10);
        LegendItemCollection items = new LegendItemCollection();
        for (LaggingUnit.Verdict verdict : LaggingUnit.Verdict.values()) {
            items.add(new LegendItem(messages.format("lagging.verdict." + verdict.name()), null, null, null, square,
                    RateRenderer.colour(verdict)));
        }
        items.add(new LegendItem(messages.format("chart.UNIT_PROGRESS.overall", messages.formats().percent(overall)),
                null, null, null, new Line2D.Double(-9, 0, 9, 0), ChartTheme.MARKER, ChartPalette.TEXT));
        return items;
    }

    private static LegendItemCollection legend(BigDecimal overall, Messages messages) {
        String rate = messages.formats().percent(overall);
        Rectangle2D square = new Rectangle2D.Double(-5, -5, 10, 10);
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem(messages.format("chart.UNIT_PROGRESS.below", rate), null, null, null, square,
                ChartPalette.OVERDUE));
        items.add(new LegendItem(messages.format("chart.UNIT_PROGRESS.atOrAbove"), null, null, null, square,
                ChartPalette.IN_PROGRESS));
        items.add(new LegendItem(messages.format("chart.UNIT_PROGRESS.overall", rate), null, null, null,
                new Line2D.Double(-9, 0, 9, 0), ChartTheme.MARKER, ChartPalette.TEXT));
        return items;
    }

    /** Each unit's verdict in its colour; without verdicts, red for a unit below the plan's overall rate, blue for the others. */
    private static final class RateRenderer extends BarRenderer {

        private static final long serialVersionUID = 1L;
        private final BigDecimal overall;

        RateRenderer(BigDecimal overall) {
            this.overall = Objects.requireNonNull(overall);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            if (!(getPlot().getDataset().getColumnKey(column) instanceof UnitRow unit)) {
                return ChartPalette.IN_PROGRESS;
            }
            if (unit.verdict() != null) {
                return colour(unit.verdict());
            }
            return unit.percent().compareTo(overall) < 0 ? ChartPalette.OVERDUE : ChartPalette.IN_PROGRESS;
        }

        /** Red for a lagging unit, green for one on track, grey for one with nothing due yet. */
        static Paint colour(LaggingUnit.Verdict verdict) {
            return switch (verdict) {
                case LAGGING -> ChartPalette.OVERDUE;
                case ON_TRACK -> ChartPalette.ON_TIME;
                case NOT_YET_DUE -> ChartPalette.NOT_STARTED;
            };
        }
    }

    /** The first row of a group: its name in bold, no bar. */
    private record GroupHeader(String label) implements Comparable<GroupHeader> {

        @Override
        public int compareTo(GroupHeader other) {
            return label.compareTo(other.label);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}

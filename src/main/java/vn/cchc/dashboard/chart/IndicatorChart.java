package vn.cchc.dashboard.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.math.BigDecimal;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.cchc.dashboard.domain.IndicatorReading;
import vn.cchc.dashboard.domain.IndicatorType;
import vn.cchc.dashboard.i18n.IndicatorWording;
import vn.cchc.dashboard.i18n.Messages;

/**
 * One indicator across units: a bar per unit coloured by its verdict (red short of the target, amber near it,
 * green meeting it, grey without a target), the year's target as a dashed line and the provincial average as
 * a dotted one, each labelled with its figure.
 */
final class IndicatorChart {

    private static final double FRAME_HEIGHT = 170;
    private static final double ROW_HEIGHT = 16;

    private IndicatorChart() {
    }

    static double minimumLayoutHeight(IndicatorChartInput input) {
        return FRAME_HEIGHT + input.bars().size() * ROW_HEIGHT;
    }

    static JFreeChart build(IndicatorChartInput input, Messages messages) {
        String title = messages.format("chart.INDICATOR.title", IndicatorWording.name(input.indicator(), messages),
                input.periodName());
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String series = IndicatorWording.name(input.indicator(), messages);
        input.bars().forEach(bar -> dataset.addValue(bar.value(), series, bar));
        CategoryAxis units = new CategoryAxis();
        input.bars().forEach(bar -> units.addCategoryLabelToolTip(bar, bar.fullName()));
        CategoryPlot plot = new CategoryPlot(dataset, units, valueAxis(input, messages), new VerdictRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        JFreeChart chart = ChartTheme.frame(title, plot, true);
        if (input.bars().isEmpty()) {
            plot.setNoDataMessage(messages.format("chart.noData"));
        }
        ChartTheme.styleAxis(units, false);
        ChartTheme.styleAxis(plot.getRangeAxis(), false);
        units.setMaximumCategoryLabelLines(1);
        units.setMaximumCategoryLabelWidthRatio(0.35f);
        units.setTickLabelFont(ChartFonts.regular(input.bars().size() > 24 ? ChartTheme.SMALL_SIZE : ChartTheme.TEXT_SIZE));
        units.setCategoryMargin(0.25);
        for (IndicatorChartInput.Bar bar : input.bars()) {
            plot.addAnnotation(new BarEndLabel(bar, bar.value().doubleValue(),
                    IndicatorWording.figure(input.indicator(), bar.value(), messages),
                    ChartFonts.regular(ChartTheme.SMALL_SIZE), ChartPalette.TEXT), false);
        }
        if (input.target() != null) {
            plot.addRangeMarker(marker(input.target().value(), ChartPalette.OVERDUE, ChartTheme.DASHED_LINE,
                    messages.format("chart.INDICATOR.target", IndicatorWording.targetRule(input.indicator(),
                            input.target().value(), messages)), false), Layer.FOREGROUND);
        } else {
            ChartTheme.addSubtitle(chart, messages.format("indicator.verdict.NO_TARGET", String.valueOf(input.period().year())));
        }
        if (input.average() != null) {
            plot.addRangeMarker(marker(input.average(), ChartPalette.TEXT, ChartTheme.MARKER,
                    messages.format("chart.INDICATOR.average", IndicatorWording.figure(input.indicator(), input.average(),
                            messages)), true), Layer.FOREGROUND);
        }
        plot.setFixedLegendItems(legend(messages));
        chart.addSubtitle(0, ChartTheme.footer(messages.format("chart.footer", input.source(),
                messages.formats().date(input.dataDate()))));
        return chart;
    }

    private static ValueAxis valueAxis(IndicatorChartInput input, Messages messages) {
        if (input.indicator().type() == IndicatorType.PERCENT) {
            return new PercentAxis(messages, 0.2);
        }
        NumberAxis axis = new NumberAxis();
        BigDecimal top = input.indicator().upperBound();
        double highest = input.bars().stream().mapToDouble(b -> b.value().doubleValue()).max().orElse(1);
        axis.setRange(0, top != null ? top.doubleValue() * 1.15 : highest * 1.25);
        ChartTheme.countTicks(axis, messages);
        return axis;
    }

    /** @param atTop the label at the top of the line, else at its foot: target and average are often close */
    private static ValueMarker marker(BigDecimal value, Paint paint, Stroke stroke, String label, boolean atTop) {
        ValueMarker marker = new ValueMarker(value.doubleValue(), paint, stroke);
        marker.setLabel(label);
        marker.setLabelFont(ChartFonts.bold(ChartTheme.SMALL_SIZE));
        marker.setLabelPaint(paint);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        marker.setLabelAnchor(atTop ? RectangleAnchor.TOP_LEFT : RectangleAnchor.BOTTOM_LEFT);
        marker.setLabelTextAnchor(atTop ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
        return marker;
    }

    private static LegendItemCollection legend(Messages messages) {
        LegendItemCollection items = new LegendItemCollection();
        for (IndicatorReading.Verdict verdict : List.of(IndicatorReading.Verdict.BELOW, IndicatorReading.Verdict.NEAR,
                IndicatorReading.Verdict.MEETS, IndicatorReading.Verdict.NOT_YET_ASSESSED, IndicatorReading.Verdict.NO_TARGET)) {
            items.add(new LegendItem(messages.format("chart.INDICATOR.legend." + verdict.name()), colour(verdict)));
        }
        return items;
    }

    static Paint colour(IndicatorReading.Verdict verdict) {
        return switch (verdict) {
            case MEETS -> ChartPalette.ON_TIME;
            case NEAR -> ChartPalette.LATE;
            case BELOW -> ChartPalette.OVERDUE;
            default -> ChartPalette.NOT_STARTED;
        };
    }

    private static final class VerdictRenderer extends BarRenderer {

        private static final long serialVersionUID = 1L;

        @Override
        public Paint getItemPaint(int row, int column) {
            return getPlot().getDataset().getColumnKey(column) instanceof IndicatorChartInput.Bar bar
                    ? colour(bar.verdict()) : ChartPalette.NOT_STARTED;
        }
    }
}

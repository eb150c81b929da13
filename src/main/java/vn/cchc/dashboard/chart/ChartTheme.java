package vn.cchc.dashboard.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PieLabelLinkStyle;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The one look of every chart: DejaVu Sans, the app's colour tokens, white background, light gridlines,
 * flat bars (no gradient, no shadow, no 3D), titles and footer aligned left like a report's figure.
 * Sizes are in logical pixels for a chart laid out at about 800×450; larger exports magnify that layout
 * (see {@link ExportableChart#writePng}) so that text keeps its share of the picture.
 */
public final class ChartTheme {

    // Whole sizes: SVG files state font sizes in whole pixels, and the layout must match what they show.
    public static final float TITLE_SIZE = 17f;
    public static final float SUBTITLE_SIZE = 13f;
    public static final float TEXT_SIZE = 12f;
    public static final float SMALL_SIZE = 11f;
    public static final float FOOTER_SIZE = 11f;
    static final float HEADLINE_SIZE = 26f;

    static final Stroke GRIDLINE = new BasicStroke(0.8f);
    static final Stroke LINE = new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke DASHED_LINE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {7f, 5f}, 0f);
    public static final Stroke MARKER = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {3f, 3f}, 0f);

    private static final RectangleInsets CHART_PADDING = new RectangleInsets(12, 16, 8, 20);

    private ChartTheme() {
    }

    /** A chart around {@code plot} with the theme applied; the builder then adds its own colours. */
    public static JFreeChart frame(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, ChartFonts.bold(TITLE_SIZE), plot, legend);
        apply(chart);
        return chart;
    }

    /** Styles {@code chart} and everything in it; call before adding chart-specific colours and titles. */
    public static void apply(JFreeChart chart) {
        standard().apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBorderVisible(false);
        chart.setPadding(CHART_PADDING);
        chart.getPlot().setOutlineVisible(false);
        chart.getPlot().setNoDataMessageFont(ChartFonts.regular(SUBTITLE_SIZE));
        chart.getPlot().setNoDataMessagePaint(ChartPalette.MUTED);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(ChartFonts.bold(TITLE_SIZE));
            title.setPaint(ChartPalette.TEXT);
            title.setHorizontalAlignment(HorizontalAlignment.LEFT);
            title.setPadding(new RectangleInsets(0, 0, 4, 0));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(ChartFonts.regular(TEXT_SIZE));
            legend.setItemPaint(ChartPalette.TEXT);
            legend.setBackgroundPaint(ChartPalette.BACKGROUND);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
            legend.setPadding(new RectangleInsets(6, 0, 2, 0));
        }
    }

    /** A line under the title that qualifies it ("40 trong số 500 đơn vị …"). */
    public static void addSubtitle(JFreeChart chart, String text) {
        TextTitle subtitle = new TextTitle(text, ChartFonts.regular(SUBTITLE_SIZE));
        subtitle.setPaint(ChartPalette.MUTED);
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        subtitle.setPadding(new RectangleInsets(0, 0, 6, 0));
        subtitle.setPosition(RectangleEdge.TOP);
        chart.addSubtitle(subtitle);
    }

    /** The source line at the bottom that a chart pasted alone into a slide still carries. */
    public static TextTitle footer(String text) {
        TextTitle footer = new TextTitle(text, ChartFonts.regular(FOOTER_SIZE));
        footer.setPaint(ChartPalette.MUTED);
        footer.setPosition(RectangleEdge.BOTTOM);
        footer.setHorizontalAlignment(HorizontalAlignment.LEFT);
        footer.setPadding(new RectangleInsets(8, 0, 0, 0));
        return footer;
    }

    /** Quiet axes: muted labels, no axis line where gridlines already give the scale. */
    public static void styleAxis(Axis axis, boolean showLine) {
        axis.setLabelFont(ChartFonts.regular(TEXT_SIZE));
        axis.setLabelPaint(ChartPalette.MUTED);
        axis.setTickLabelFont(ChartFonts.regular(TEXT_SIZE));
        axis.setTickLabelPaint(ChartPalette.TEXT);
        axis.setAxisLineVisible(showLine);
        axis.setAxisLinePaint(ChartPalette.BORDER);
        axis.setTickMarksVisible(false);
    }

    /**
     * Whole numbers in the language's format ("1.000"), spaced so that an axis carries about six labels
     * rather than one every five tasks.
     */
    static void countTicks(NumberAxis axis, Messages messages) {
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(messages.language().locale()));
        axis.setTickLabelInsets(new RectangleInsets(8, 4, 8, 4));
    }

    private static StandardChartTheme standard() {
        StandardChartTheme theme = new StandardChartTheme("CCHC", false);
        theme.setExtraLargeFont(ChartFonts.bold(TITLE_SIZE));
        theme.setLargeFont(ChartFonts.regular(SUBTITLE_SIZE));
        theme.setRegularFont(ChartFonts.regular(TEXT_SIZE));
        theme.setSmallFont(ChartFonts.regular(SMALL_SIZE));
        theme.setTitlePaint(ChartPalette.TEXT);
        theme.setSubtitlePaint(ChartPalette.MUTED);
        theme.setChartBackgroundPaint(ChartPalette.BACKGROUND);
        theme.setLegendBackgroundPaint(ChartPalette.BACKGROUND);
        theme.setLegendItemPaint(ChartPalette.TEXT);
        theme.setPlotBackgroundPaint(ChartPalette.BACKGROUND);
        theme.setPlotOutlinePaint(ChartPalette.BORDER);
        theme.setDomainGridlinePaint(ChartPalette.BORDER);
        theme.setRangeGridlinePaint(ChartPalette.BORDER);
        theme.setBaselinePaint(ChartPalette.MUTED);
        theme.setAxisLabelPaint(ChartPalette.MUTED);
        theme.setTickLabelPaint(ChartPalette.TEXT);
        theme.setItemLabelPaint(ChartPalette.TEXT);
        theme.setLabelLinkPaint(ChartPalette.MUTED);
        theme.setLabelLinkStyle(PieLabelLinkStyle.STANDARD);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setDrawingSupplier(new DefaultDrawingSupplier(
                new java.awt.Paint[] {ChartPalette.IN_PROGRESS, ChartPalette.MUTED, ChartPalette.ON_TIME},
                DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                new Stroke[] {LINE}, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return theme;
    }

    static Font textFont() {
        return ChartFonts.regular(TEXT_SIZE);
    }
}

package vn.cchc.dashboard.chart.unitindex;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import vn.cchc.dashboard.chart.ChartFonts;
import vn.cchc.dashboard.chart.ChartPalette;
import vn.cchc.dashboard.chart.ChartTheme;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;

/**
 * Units × areas, drawn cell by cell: rectangles and text only, so that the PNG is sharp at any scale and the SVG keeps
 * every name and figure as text. Columns carry the areas' codes; a key under the grid gives their titles (a title such
 * as "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số" would need six lines above a column), and the colour scale.
 */
final class HeatmapChart {

    private static final double FRAME_HEIGHT = 150;
    private static final double HEADER_HEIGHT = 20;
    private static final double KEY_LINE = 15;
    private static final double ROW_HEIGHT = 16;
    private static final double MAX_ROW_HEIGHT = 26;
    private static final double MAX_COLUMN_WIDTH = 96;

    private HeatmapChart() {
    }

    static double minimumLayoutHeight(AreaHeatmap map) {
        return FRAME_HEIGHT + HEADER_HEIGHT + keyHeight(map) + map.rows().size() * ROW_HEIGHT;
    }

    static JFreeChart build(AreaHeatmap map, int year, IndexGroup group, Messages messages) {
        GridPlot plot = new GridPlot(map, messages);
        plot.setNoDataMessage(messages.format("unitIndex.chart.noData", String.valueOf(year)));
        JFreeChart chart = ChartTheme.frame(UnitIndexCharts.heatmapTitle(year, group, messages), plot, false);
        if (!map.isEmpty()) {
            ChartTheme.addSubtitle(chart, messages.get("unitIndex.chart.heatmap.subtitle"));
        }
        for (String note : map.notes()) {
            ChartTheme.addSubtitle(chart, note);
        }
        chart.addSubtitle(0, ChartTheme.footer(UnitIndexCharts.footer(year, messages)));
        return chart;
    }

    /** Key lines (two areas a line) and the colour scale's line. */
    private static double keyHeight(AreaHeatmap map) {
        return ((map.areas().size() + 1) / 2 + 1) * KEY_LINE + 10;
    }

    /** The lowest percentage the colour scale distinguishes: 50, or a round ten below the lowest cell. */
    static double scaleFloor(AreaHeatmap map) {
        return Math.max(0, Math.min(50, Math.floor(map.lowest() / 10) * 10));
    }

    /** The colour of a cell, by where its percentage lies between the floor and 100. */
    static Color fill(BigDecimal percent, double floor) {
        return percent == null ? ChartPalette.NOT_APPLICABLE
                : ChartPalette.sequential((percent.doubleValue() - floor) / (100 - floor));
    }

    /** White on the dark end of the scale; the body colour from the middle blue up, where white would read faintly. */
    static Color ink(Color fill) {
        double luma = (0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue()) / 255;
        return luma < 0.45 ? Color.WHITE : ChartPalette.TEXT;
    }

    /** The grid, its headers and its key, drawn in the plot's area. */
    static final class GridPlot extends Plot {

        private static final long serialVersionUID = 1L;

        private final AreaHeatmap map;
        private final transient Formats formats;
        private final String notApplicable;
        private final String scaleLabel;

        GridPlot(AreaHeatmap map, Messages messages) {
            this.map = map;
            this.formats = messages.formats();
            this.notApplicable = messages.get("unitIndex.chart.heatmap.notApplicable");
            this.scaleLabel = messages.get("unitIndex.chart.heatmap.scale");
        }

        AreaHeatmap map() {
            return map;
        }

        @Override
        public String getPlotType() {
            return "Heatmap";
        }

        @Override
        public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
            if (info != null) {
                info.setPlotArea(area);
                info.setDataArea(area);
            }
            getInsets().trim(area);
            if (map.isEmpty()) {
                drawNoDataMessage(g2, area);
                return;
            }
            int rows = map.rows().size();
            int columns = map.areas().size();
            Font rowFont = ChartFonts.regular(rows > 24 ? ChartTheme.SMALL_SIZE : ChartTheme.TEXT_SIZE);
            Font cellFont = ChartFonts.regular(ChartTheme.SMALL_SIZE);
            Font headerFont = ChartFonts.bold(ChartTheme.TEXT_SIZE);
            Font keyFont = ChartFonts.regular(ChartTheme.SMALL_SIZE);
            FontMetrics rowMetrics = g2.getFontMetrics(rowFont);
            double labelWidth = 0;
            for (String row : map.rows()) {
                labelWidth = Math.max(labelWidth, rowMetrics.getStringBounds(row, g2).getWidth());
            }
            labelWidth = Math.min(labelWidth + 10, area.getWidth() * 0.42);
            double columnWidth = Math.min(MAX_COLUMN_WIDTH, (area.getWidth() - labelWidth) / columns);
            double gridHeight = area.getHeight() - HEADER_HEIGHT - keyHeight(map);
            double rowHeight = Math.min(MAX_ROW_HEIGHT, gridHeight / rows);
            double x0 = area.getX() + labelWidth;
            double y0 = area.getY() + HEADER_HEIGHT;
            double floor = scaleFloor(map);

            g2.setFont(headerFont);
            g2.setPaint(ChartPalette.TEXT);
            for (int c = 0; c < columns; c++) {
                TextUtils.drawAlignedString(map.areas().get(c).code(), g2, (float) (x0 + (c + 0.5) * columnWidth),
                        (float) (y0 - 4), TextAnchor.BOTTOM_CENTER);
            }
            for (int r = 0; r < rows; r++) {
                double y = y0 + r * rowHeight;
                g2.setFont(rowFont);
                g2.setPaint(ChartPalette.TEXT);
                TextUtils.drawAlignedString(fit(map.rows().get(r), rowMetrics, g2, labelWidth - 10), g2,
                        (float) (x0 - 8), (float) (y + rowHeight / 2), TextAnchor.CENTER_RIGHT);
                g2.setFont(cellFont);
                for (int c = 0; c < columns; c++) {
                    BigDecimal percent = map.cells().get(r).get(c);
                    Color fill = fill(percent, floor);
                    Rectangle2D cell = new Rectangle2D.Double(x0 + c * columnWidth, y, columnWidth, rowHeight);
                    g2.setPaint(fill);
                    g2.fill(cell);
                    g2.setPaint(ChartPalette.BACKGROUND);
                    g2.draw(cell);
                    g2.setPaint(percent == null ? ChartPalette.MUTED : ink(fill));
                    TextUtils.drawAlignedString(percent == null ? "–" : formats.compact(percent), g2,
                            (float) cell.getCenterX(), (float) cell.getCenterY(), TextAnchor.CENTER);
                }
            }
            drawKey(g2, area, y0 + rows * rowHeight + 10, keyFont, floor);
        }

        /** "1  Công tác chỉ đạo, điều hành …" two a line, then the colour scale and the grey of "not applicable". */
        private void drawKey(Graphics2D g2, Rectangle2D area, double top, Font font, double floor) {
            g2.setFont(font);
            FontMetrics metrics = g2.getFontMetrics(font);
            double half = area.getWidth() / 2;
            for (int i = 0; i < map.areas().size(); i++) {
                AreaHeatmap.Area a = map.areas().get(i);
                double x = area.getX() + (i % 2) * half;
                double y = top + (i / 2) * KEY_LINE + KEY_LINE / 2;
                g2.setPaint(ChartPalette.TEXT);
                g2.setFont(ChartFonts.bold(ChartTheme.SMALL_SIZE));
                TextUtils.drawAlignedString(a.code(), g2, (float) x, (float) y, TextAnchor.CENTER_LEFT);
                g2.setFont(font);
                g2.setPaint(ChartPalette.MUTED);
                TextUtils.drawAlignedString(fit(a.title(), metrics, g2, half - 34), g2, (float) (x + 22), (float) y,
                        TextAnchor.CENTER_LEFT);
            }
            double y = top + ((map.areas().size() + 1) / 2) * KEY_LINE + KEY_LINE / 2 + 2;
            double x = area.getX();
            g2.setPaint(ChartPalette.MUTED);
            TextUtils.drawAlignedString(scaleLabel, g2, (float) x, (float) y, TextAnchor.CENTER_LEFT);
            x += metrics.getStringBounds(scaleLabel, g2).getWidth() + 8;
            String low = formats.compact(BigDecimal.valueOf(floor)) + "%";
            TextUtils.drawAlignedString(low, g2, (float) x, (float) y, TextAnchor.CENTER_LEFT);
            x += metrics.getStringBounds(low, g2).getWidth() + 4;
            int steps = 40;
            double stepWidth = 3;
            for (int s = 0; s < steps; s++) {
                g2.setPaint(ChartPalette.sequential((double) s / (steps - 1)));
                // A hair wider than the step, so that no white seam shows between steps when magnified.
                g2.fill(new Rectangle2D.Double(x + s * stepWidth, y - 5, stepWidth + 0.3, 10));
            }
            x += steps * stepWidth + 4;
            g2.setPaint(ChartPalette.MUTED);
            TextUtils.drawAlignedString("100%", g2, (float) x, (float) y, TextAnchor.CENTER_LEFT);
            x += metrics.getStringBounds("100%", g2).getWidth() + 24;
            if (map.cells().stream().flatMap(java.util.List::stream).noneMatch(java.util.Objects::isNull)) {
                return; // no greyed cell to explain
            }
            g2.setPaint(ChartPalette.NOT_APPLICABLE);
            g2.fill(new Rectangle2D.Double(x, y - 6, 22, 12));
            g2.setPaint(ChartPalette.MUTED);
            TextUtils.drawAlignedString("–", g2, (float) (x + 11), (float) y, TextAnchor.CENTER);
            TextUtils.drawAlignedString(notApplicable, g2, (float) (x + 28), (float) y, TextAnchor.CENTER_LEFT);
        }

        /** {@code text}, cut with "…" where it would be wider than {@code width}. */
        private static String fit(String text, FontMetrics metrics, Graphics2D g2, double width) {
            if (metrics.getStringBounds(text, g2).getWidth() <= width) {
                return text;
            }
            String cut = text;
            while (cut.length() > 1 && metrics.getStringBounds(cut + "…", g2).getWidth() > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut.strip() + "…";
        }
    }
}

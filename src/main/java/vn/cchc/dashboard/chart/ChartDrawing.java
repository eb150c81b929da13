package vn.cchc.dashboard.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Draws a chart onto a canvas of a requested size.
 *
 * <p>The theme's text sizes are made for a chart laid out at about {@value #LAYOUT_WIDTH}×{@value #LAYOUT_HEIGHT}.
 * A larger canvas draws that same layout magnified (by the smaller of the two ratios), so the text keeps its
 * share of the picture: 16 cm wide in a Word report it still reads at about 8 pt, and on a slide at 14 pt or
 * more. Laid out at its full 1890 px the A4 picture would print its axis labels at 3 pt. {@code scale}
 * then multiplies the pixels on top (a "2×" export is the same picture, sharper).
 *
 * <p>A chart that needs more rows than the usual layout holds (40 units) states a minimum layout height;
 * it is then laid out taller and drawn smaller, because overlapping names would be worse than small ones.
 */
final class ChartDrawing {

    static final int LAYOUT_WIDTH = 800;
    static final int LAYOUT_HEIGHT = 450;
    /** About 20 000 × 12 000 pixels: beyond this an export would rather exhaust the memory than help anyone. */
    private static final double MAX_PIXELS = 240e6;

    private ChartDrawing() {
    }

    /** Never shrink text below half its designed size, whatever a chart asks for. */
    private static final double LEAST_MAGNIFICATION = 0.5;

    /** How much larger than designed the layout is drawn on a canvas of {@code width × height}. */
    static double magnification(int width, int height, double minimumLayoutHeight) {
        double magnification = Math.max(1, Math.min((double) width / LAYOUT_WIDTH, (double) height / LAYOUT_HEIGHT));
        if (minimumLayoutHeight > 0 && height / magnification < minimumLayoutHeight) {
            magnification = Math.max(LEAST_MAGNIFICATION, height / minimumLayoutHeight);
        }
        return magnification;
    }

    /** Draws {@code chart} filling {@code width·scale × height·scale} device pixels from (0, 0). */
    static void draw(JFreeChart chart, Graphics2D g2, int width, int height, double scale, double minimumLayoutHeight) {
        double magnification = magnification(width, height, minimumLayoutHeight);
        g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        // Text is measured at layout size and drawn magnified: whole-pixel metrics would space letters unevenly.
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.scale(scale * magnification, scale * magnification);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width / magnification, height / magnification));
    }

    /** An opaque image of {@code width·scale × height·scale} pixels. */
    static BufferedImage image(JFreeChart chart, int width, int height, double scale, double minimumLayoutHeight) {
        checkSize(width, height);
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        int pixelWidth = (int) Math.round(width * scale);
        int pixelHeight = (int) Math.round(height * scale);
        if ((double) pixelWidth * pixelHeight > MAX_PIXELS) {
            throw new IllegalArgumentException("image too large: " + pixelWidth + "×" + pixelHeight);
        }
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setPaint(ChartPalette.BACKGROUND);
            g2.fillRect(0, 0, pixelWidth, pixelHeight);
            draw(chart, g2, width, height, scale, minimumLayoutHeight);
        } finally {
            g2.dispose();
        }
        return image;
    }

    /**
     * A standalone SVG document. Text stays text (selectable, searchable, editable in PowerPoint), in DejaVu
     * Sans with fallbacks that also cover Vietnamese.
     */
    static String svg(JFreeChart chart, int width, int height, double minimumLayoutHeight) {
        checkSize(width, height);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g2.setFontFunction(family -> ChartFonts.FAMILY.equals(family) ? ChartFonts.SVG_FAMILY : family);
        draw(chart, g2, width, height, 1, minimumLayoutHeight);
        return g2.getSVGDocument();
    }

    private static void checkSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive: " + width + "×" + height);
        }
    }
}

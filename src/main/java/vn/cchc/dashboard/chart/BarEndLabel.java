package vn.cchc.dashboard.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A label just after the end of a horizontal bar ("12/36"). Unlike the renderer's item labels it belongs to
 * the whole bar, not to one stacked segment, and it is drawn even for an empty bar (a "0/0" area).
 */
public final class BarEndLabel extends AbstractAnnotation implements CategoryAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double GAP = 5;

    private final Comparable<?> category;
    private final double value;
    private final String text;
    private final Font font;
    private final Paint paint;

    public BarEndLabel(Comparable<?> category, double value, String text, Font font, Paint paint) {
        this.category = category;
        this.value = value;
        this.text = text;
        this.font = font;
        this.paint = paint;
    }

    @Override
    public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
                     ValueAxis rangeAxis) {
        int index = plot.getDataset().getColumnIndex(category);
        if (index < 0) {
            return;
        }
        RectangleEdge domainEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge rangeEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        double y = domainAxis.getCategoryMiddle(index, plot.getDataset().getColumnCount(), dataArea, domainEdge);
        double x = rangeAxis.valueToJava2D(value, dataArea, rangeEdge) + GAP;
        g2.setFont(font);
        // On white, so that a reference line crossing the label does not strike through its figures.
        Rectangle2D bounds = TextUtils.calcAlignedStringBounds(text, g2, (float) x, (float) y, TextAnchor.CENTER_LEFT);
        g2.setPaint(ChartPalette.BACKGROUND);
        g2.fill(new Rectangle2D.Double(bounds.getX() - 1, bounds.getY(), bounds.getWidth() + 2, bounds.getHeight()));
        g2.setPaint(paint);
        TextUtils.drawAlignedString(text, g2, (float) x, (float) y, TextAnchor.CENTER_LEFT);
    }
}

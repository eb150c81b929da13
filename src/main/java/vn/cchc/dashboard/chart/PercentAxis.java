package vn.cchc.dashboard.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import vn.cchc.dashboard.i18n.Messages;

/**
 * 0 % to 100 %, ticks every 20 %. The axis may run past 100 to leave room for labels after the bars, but
 * it never shows a tick (or gridline) above 100 %: no unit completes more than its plan.
 */
final class PercentAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    private static final double FULL = 100;

    /** @param headroom how far past 100 the axis runs, as a fraction of 100 */
    PercentAxis(Messages messages, double headroom) {
        DecimalFormat format = new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(messages.language().locale()));
        setTickUnit(new NumberTickUnit(20, format));
        setRange(0, FULL * (1 + headroom));
        ChartTheme.styleAxis(this, false);
    }

    @Override
    public List<?> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<?> ticks = super.refreshTicks(g2, state, dataArea, edge);
        ticks.removeIf(tick -> ((ValueTick) tick).getValue() > FULL + 1e-9);
        return ticks;
    }
}

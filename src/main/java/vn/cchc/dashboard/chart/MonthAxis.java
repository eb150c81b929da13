package vn.cchc.dashboard.chart;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import vn.cchc.dashboard.i18n.Messages;

/**
 * A plan's year on the x axis, one tick a month labelled as Vietnamese documents write months ("T1" … "T12";
 * "Jan" … "Dec" in English). Days are placed at UTC midnight and the axis counts in UTC, so that no time
 * zone or daylight-saving rule of the machine can shift a week onto the wrong day.
 */
final class MonthAxis {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private MonthAxis() {
    }

    /** The x value of {@code day}. */
    static double x(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The day at x value {@code x}, for tooltips. */
    static LocalDate day(double x) {
        return Instant.ofEpochMilli((long) x).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** 1 January to 31 December of {@code year}, inclusive. */
    static DateAxis of(int year, Messages messages) {
        DateAxis axis = new DateAxis(null, UTC, messages.language().locale());
        axis.setRange(x(LocalDate.of(year, 1, 1)), x(LocalDate.of(year + 1, 1, 1)));
        List<String> labels = List.of(messages.format("chart.axis.months").split(","));
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, 1, new MonthLabels(labels)));
        // A month is a stretch of time: its label sits in its middle, not on the 1st.
        axis.setTickMarkPosition(DateTickMarkPosition.MIDDLE);
        ChartTheme.styleAxis(axis, true);
        return axis;
    }

    /** A dotted vertical line at the as-of date, labelled with the date, the label kept inside the plot. */
    static void markAsOf(XYPlot plot, LocalDate asOf, Messages messages) {
        ValueMarker marker = new ValueMarker(x(asOf), ChartPalette.MUTED, ChartTheme.MARKER);
        marker.setLabel(messages.formats().date(asOf));
        marker.setLabelFont(ChartFonts.regular(ChartTheme.SMALL_SIZE));
        marker.setLabelPaint(ChartPalette.MUTED);
        marker.setLabelBackgroundColor(ChartPalette.BACKGROUND);
        marker.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
        boolean lateInTheYear = asOf.getMonthValue() > 6;
        marker.setLabelAnchor(lateInTheYear ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(lateInTheYear ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        plot.addDomainMarker(marker, Layer.BACKGROUND);
    }

    /** Month names from the bundle; used only for formatting tick labels. */
    private static final class MonthLabels extends DateFormat {

        private final List<String> labels;

        MonthLabels(List<String> labels) {
            if (labels.size() != 12) {
                throw new IllegalArgumentException("chart.axis.months must list 12 months: " + labels);
            }
            this.labels = labels.stream().map(String::strip).toList();
            this.calendar = Calendar.getInstance(UTC);
            this.numberFormat = NumberFormat.getIntegerInstance();
        }

        @Override
        public StringBuffer format(Date date, StringBuffer into, FieldPosition position) {
            calendar.setTime(date);
            return into.append(labels.get(calendar.get(Calendar.MONTH)));
        }

        /** Month labels are only ever formatted; by DateFormat's contract, null means "nothing parsed". */
        @Override
        public Date parse(String source, ParsePosition position) {
            position.setErrorIndex(position.getIndex());
            return null;
        }
    }
}

package vn.cchc.dashboard.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFDoughnutChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.util.Units;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.cchc.dashboard.chart.ChartPalette;
import vn.cchc.dashboard.domain.DeadlineCategory;

/**
 * Native PowerPoint charts of the report's figures: the numbers go into the chart's own workbook, so a user
 * can restyle or edit them in PowerPoint; colours are those of the screen's charts.
 */
final class PptxCharts {

    private static final Color RATE = ChartPalette.of(DeadlineCategory.IN_PROGRESS);
    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private PptxCharts() {
    }

    static void add(XMLSlideShow ppt, XSLFSlide slide, ReportFigure figure, Rectangle2D points) {
        XSLFChart chart = ppt.createChart();
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(points.getX()), Units.toEMU(points.getY()),
                Units.toEMU(points.getWidth()), Units.toEMU(points.getHeight())));
        chart.setAutoTitleDeleted(true);
        String[] categories = figure.categories().toArray(String[]::new);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromArray(categories,
                chart.formatRange(new CellRangeAddress(1, categories.length, 0, 0)), 0);
        if (figure.kind() == ReportFigure.Kind.STATUS) {
            doughnut(chart, figure, labels);
        } else {
            bars(chart, figure, labels);
        }
        chart.getOrAddLegend().setPosition(figure.kind() == ReportFigure.Kind.UNITS ? LegendPosition.TOP
                : LegendPosition.RIGHT);
    }

    private static XDDFNumericalDataSource<Double> values(XSLFChart chart, ReportFigure.Series series, int column) {
        Double[] numbers = series.values().toArray(Double[]::new);
        return XDDFDataSourcesFactory.fromArray(numbers,
                chart.formatRange(new CellRangeAddress(1, numbers.length, column, column)), column);
    }

    private static void doughnut(XSLFChart chart, ReportFigure figure, XDDFDataSource<String> labels) {
        XDDFDoughnutChartData data = (XDDFDoughnutChartData) chart.createData(ChartTypes.DOUGHNUT, null, null);
        data.setHoleSize(55);
        data.setVaryColors(true);
        ReportFigure.Series only = figure.series().get(0);
        XDDFChartData.Series series = data.addSeries(labels, values(chart, only, 1));
        series.setTitle(only.name(), chart.setSheetTitle(only.name(), 1));
        chart.plot(data);
        List<DeadlineCategory> categories = List.of(DeadlineCategory.values());
        for (int i = 0; i < categories.size() && i < figure.categories().size(); i++) {
            series.getDataPoint(i).setFillProperties(fill(ChartPalette.of(categories.get(i))));
        }
        showValues(chart.getCTChart().getPlotArea().getDoughnutChartArray(0).getSerArray(0).addNewDLbls());
    }

    private static void bars(XSLFChart chart, ReportFigure figure, XDDFDataSource<String> labels) {
        XDDFCategoryAxis axis = chart.createCategoryAxis(AxisPosition.LEFT);
        // The first category at the top, as the list reads.
        axis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis scale = chart.createValueAxis(AxisPosition.BOTTOM);
        scale.setCrosses(AxisCrosses.AUTO_ZERO);
        if (figure.percent()) {
            scale.setMinimum(0);
            scale.setMaximum(100);
        }
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axis, scale);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        if (figure.stacked()) {
            data.setBarGrouping(BarGrouping.STACKED);
        }
        data.setGapWidth(60);
        for (int s = 0; s < figure.series().size(); s++) {
            ReportFigure.Series source = figure.series().get(s);
            XDDFChartData.Series series = data.addSeries(labels, values(chart, source, s + 1));
            series.setTitle(source.name(), chart.setSheetTitle(source.name(), s + 1));
            series.setFillProperties(fill(figure.kind() == ReportFigure.Kind.AREAS
                    ? ChartPalette.of(DeadlineCategory.values()[s]) : RATE));
        }
        chart.plot(data);
        if (figure.stacked()) {
            overlapFully(chart.getCTChart().getPlotArea().getBarChartArray(0));
        }
        if (figure.kind() == ReportFigure.Kind.UNITS) {
            showValues(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).addNewDLbls());
        }
    }

    /**
     * Stacked bars must overlap fully or PowerPoint draws each series beside the last. Written into the XML
     * directly: POI's slim schema jar (poi-ooxml-lite) lacks the type behind {@code setOverlap}.
     */
    private static void overlapFully(CTBarChart bars) {
        Node node = bars.getDomNode();
        Element overlap = node.getOwnerDocument().createElementNS(CHART_NAMESPACE, "c:overlap");
        overlap.setAttribute("val", "100");
        Node before = null;
        for (Node child = node.getFirstChild(); child != null && before == null; child = child.getNextSibling()) {
            if ("serLines".equals(child.getLocalName()) || "axId".equals(child.getLocalName())) {
                before = child;
            }
        }
        node.insertBefore(overlap, before);
    }

    private static XDDFSolidFillProperties fill(Color colour) {
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) colour.getRed(), (byte) colour.getGreen(),
                (byte) colour.getBlue()}));
    }

    private static void showValues(CTDLbls labels) {
        labels.addNewShowVal().setVal(true);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}

package vn.cchc.dashboard.report;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import vn.cchc.dashboard.chart.ChartInput;
import vn.cchc.dashboard.chart.ChartKind;
import vn.cchc.dashboard.chart.Charts;
import vn.cchc.dashboard.chart.ExportPreset;
import vn.cchc.dashboard.chart.NationalCharts;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The report's figures as sharp PNGs, drawn by the same charts as the overview screen (16 × 9 cm at 300 dpi) in
 * the document's typeface, each drawn once however many writers ask.
 */
final class FigureImages {

    private final Report report;
    private final Messages messages;
    private final Map<ReportFigure.Kind, byte[]> drawn = new EnumMap<>(ReportFigure.Kind.class);

    FigureImages(Report report) {
        this.report = report;
        this.messages = Messages.of(report.language());
    }

    byte[] png(ReportFigure figure) throws IOException {
        byte[] png = drawn.get(figure.kind());
        if (png == null) {
            png = (figure.kind() == ReportFigure.Kind.NATIONAL_RANK
                    ? NationalCharts.rankingForDocument(figure.standing().results(), figure.standing(), messages)
                    : Charts.forDocument(chartOf(figure.kind()), ChartInput.of(report.overview()), messages))
                    .png(ExportPreset.A4_REPORT);
            drawn.put(figure.kind(), png);
        }
        return png;
    }

    /** Width over height of every figure: the A4 preset's 16 × 9. */
    static double aspect() {
        return (double) ExportPreset.A4_REPORT.width() / ExportPreset.A4_REPORT.height();
    }

    static ChartKind chartOf(ReportFigure.Kind kind) {
        return switch (kind) {
            case STATUS -> ChartKind.STATUS_DONUT;
            case AREAS -> ChartKind.AREA_PROGRESS;
            case UNITS -> ChartKind.UNIT_PROGRESS;
            case NATIONAL_RANK -> throw new IllegalArgumentException("the national ranking is not an overview chart");
        };
    }
}

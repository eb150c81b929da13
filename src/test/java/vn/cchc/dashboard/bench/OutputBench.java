package vn.cchc.dashboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.ReportService;
import vn.cchc.dashboard.chart.ChartInput;
import vn.cchc.dashboard.chart.ChartKind;
import vn.cchc.dashboard.chart.Charts;
import vn.cchc.dashboard.chart.ExportPreset;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.Report;
import vn.cchc.dashboard.report.ReportFormat;
import vn.cchc.dashboard.report.ReportPart;

/**
 * What a user waits for when making a briefing: the period report as DOCX, PDF and PPTX (composed from the
 * store and written, as the Báo cáo screen does), and the overview's charts exported as PNG and SVG.
 */
final class OutputBench {

    private final AppContext context;
    private final String store;
    private final Path out;
    private final Plan plan;
    private final ReportService reports;
    /** The 9-month report of this year's plan with every part, in Vietnamese. */
    private final ReportService.Request request;

    OutputBench(AppContext context, String store, Path out) {
        this.context = context;
        this.store = store;
        this.out = out;
        this.plan = context.plans().planFor(null);
        this.reports = context.reports();
        this.request = new ReportService.Request(plan, new ReportPeriod(plan.year(), ReportPeriod.Kind.M9), null,
                EnumSet.allOf(ReportPart.class), Language.VI);
    }

    List<Sample> run(Effort effort) throws Exception {
        Files.createDirectories(out);
        Effort e = effort.slow();
        List<Sample> samples = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            samples.add(Timer.time("report-" + extension(format), "report " + format
                    + " (compose from the store, draw the charts, write)", store, e.warmups(), e.runs(), report(format)));
        }
        Overview overview = context.plans().overview(plan, StoreGenerator.DATA_DATE, null, context.settings().staleDays());
        Messages messages = Messages.of(Language.VI);
        samples.add(Timer.time("chart-png", "the five overview charts as PNG, 16:9 slide size (1600×900 ×2)", store,
                e.warmups(), e.runs(), () -> {
                    for (ChartKind kind : ChartKind.values()) {
                        ExportableChart chart = Charts.create(kind, ChartInput.of(overview), messages);
                        chart.writePng(out.resolve(kind.cliName() + ".png"), ExportPreset.SLIDE_16_9);
                    }
                    return null;
                }));
        samples.add(Timer.time("chart-svg", "the five overview charts as SVG (1600×900)", store, e.warmups(), e.runs(),
                () -> {
                    for (ChartKind kind : ChartKind.values()) {
                        ExportableChart chart = Charts.create(kind, ChartInput.of(overview), messages);
                        chart.writeSvg(out.resolve(kind.cliName() + ".svg"), 1600, 900);
                    }
                    return null;
                }));
        return samples;
    }

    /** Composing the report from the store and writing it in {@code format}: what the Báo cáo screen's button does. */
    Timer.Work report(ReportFormat format) {
        return () -> {
            Files.createDirectories(out);
            Report report = reports.build(request);
            Path file = out.resolve("bao-cao." + extension(format));
            reports.write(report, format, file);
            return Files.size(file);
        };
    }

    private static String extension(ReportFormat format) {
        return format.name().toLowerCase(java.util.Locale.ROOT);
    }
}

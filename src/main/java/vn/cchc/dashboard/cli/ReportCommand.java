package vn.cchc.dashboard.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.ReportService;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.Report;
import vn.cchc.dashboard.report.ReportFormat;
import vn.cchc.dashboard.report.ReportPart;

/**
 * {@code report --period 2026-H1|2026-Q1|2026-9M|2026 [--as-of DATE] [--kind K | --plan P] --format docx|pdf|pptx
 * --out FILE}: the periodic report (or the briefing deck) of the period year's plan (of the kind asked for, where the
 * year has the provinces' and the ministries' plans), cut off on the period's official day unless
 * another is given, and never after today (a period not yet over is reported to today as an estimate); in the
 * language of {@code --lang}.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "option.period")
    String period;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "option.report-as-of")
    LocalDate asOf;

    @Mixin
    WhichPlan which;

    @Option(names = "--format", paramLabel = "docx|pdf|pptx", descriptionKey = "option.report-format")
    String format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.out")
    Path out;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        ReportPeriod reportPeriod = period(messages);
        if (reportPeriod == null && asOf == null) {
            throw new UsageException(messages.get("error.report.noPeriod"));
        }
        refuseFutureDay(messages);
        ReportFormat fileFormat = fileFormat(messages);
        int year = reportPeriod != null ? reportPeriod.year() : asOf.getYear();
        try (AppContext context = root.openForReading()) {
            ReportService reports = context.reports();
            Plan plan = which.plan(context, year, messages);
            Report report = reports.build(new ReportService.Request(plan, reportPeriod, asOf,
                    EnumSet.allOf(ReportPart.class), messages.language()));
            reports.write(report, fileFormat, out);
            root.environment().out().println(messages.format("report.written", report.fileTitle(),
                    out.toAbsolutePath()));
        }
        return ExitCode.OK;
    }

    /**
     * Figures after today do not exist: a day after today is refused like any other bad date, rather than
     * quietly moved, so that nobody sends a report believing it covers a day it does not. (A period not yet over,
     * without --as-of, is cut off at today and marked as an estimate.)
     */
    private void refuseFutureDay(Messages messages) {
        LocalDate today = LocalDate.now(root.environment().clock());
        if (asOf != null && asOf.isAfter(today)) {
            throw new UsageException(messages.format("error.report.future", messages.formats().date(asOf),
                    messages.formats().date(today)));
        }
    }

    private ReportPeriod period(Messages messages) {
        if (period == null) {
            return null;
        }
        return ReportPeriod.parse(period).orElseThrow(() -> new UsageException(
                messages.format("error.report.period", period)));
    }

    private ReportFormat fileFormat(Messages messages) {
        if (out == null) {
            throw new UsageException(messages.get("error.report.noOut"));
        }
        String name = out.getFileName().toString();
        String chosen = format != null ? format : name.substring(name.lastIndexOf('.') + 1);
        return ReportFormat.parse(chosen.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsageException(messages.format("error.report.format", chosen)));
    }
}

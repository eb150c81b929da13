package vn.cchc.dashboard.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.statistics.StatisticsOutcome;
import vn.cchc.dashboard.app.statistics.StatisticsWording;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.statistics.StatisticsStatus;
import vn.cchc.dashboard.domain.statistics.StatisticsTotal;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PeriodWording;

/**
 * {@code statistics status|totals|import|copy-table}: the figures units send each period, on the command line with
 * the same checks and sentences as the forms and the window. In this package, not cli/statistics, because the
 * subcommands reach the root command's package-private doors (openContext, messages) as every other command does.
 */
@Command(name = "statistics", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {StatisticsCommand.Status.class, StatisticsCommand.Totals.class, StatisticsCommand.Import.class,
                StatisticsCommand.CopyTable.class, StatisticsTableCommand.class})
final class StatisticsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        throw new UsageException(root.messages().get("statistics.usage.missing"));
    }

    /** The period of {@code --period}, or the one of the plan's year holding today. */
    static ReportPeriod period(String typed, AppContext context, Plan plan) {
        if (typed == null) {
            return context.statistics().defaultPeriod(plan);
        }
        return ReportPeriod.parse(typed).orElseThrow(() -> AppException.invalidInput("statistics.error.period", typed));
    }

    @Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Status implements Callable<Integer> {
        @ParentCommand
        StatisticsCommand parent;
        @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "option.statistics-period")
        String period;
        @Option(names = "--year", paramLabel = "Y", descriptionKey = "option.year")
        Integer year;

        @Override
        public Integer call() {
            Messages messages = parent.root.messages();
            PrintWriter out = parent.root.environment().out();
            try (AppContext context = parent.root.openForReading()) {
                Plan plan = context.plans().planFor(year != null ? year : period == null ? null
                        : ReportPeriod.parse(period).map(ReportPeriod::year).orElse(null));
                ReportPeriod p = period(period, context, plan);
                StatisticsStatus status = context.statistics().status(plan, p);
                out.println(StatisticsWording.statusLine(status, p, messages));
                String late = StatisticsWording.lateLine(status, p, messages);
                if (!late.isEmpty()) {
                    out.println(late);
                }
                StatisticsWording.sentLines(status, context.clock().getZone(), messages).forEach(l -> out.println("  " + l));
                if (status.missing().isEmpty()) {
                    out.println(messages.get("statistics.status.allSent"));
                } else {
                    out.println(messages.get("statistics.status.missingHeader"));
                    status.missing().stream().map(Unit::name).forEach(n -> out.println("  - " + n));
                }
                StatisticsWording.gapLines(status, messages).forEach(out::println);
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    @JsonPropertyOrder({"code", "area", "label", "unit", "sum", "units", "rate"})
    record TotalJson(String code, String area, String label, String unit, BigDecimal sum, int units, BigDecimal rate) {
    }

    @Command(name = "totals", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Totals implements Callable<Integer> {
        @ParentCommand
        StatisticsCommand parent;
        @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "option.statistics-period")
        String period;
        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            Messages messages = parent.root.messages();
            PrintWriter out = parent.root.environment().out();
            List<StatisticsTotal> totals;
            ReportPeriod p;
            try (AppContext context = parent.root.openForReading()) {
                Plan plan = context.plans().planFor(period == null ? null : ReportPeriod.parse(period).map(ReportPeriod::year).orElse(null));
                p = period(period, context, plan);
                totals = context.statistics().totals(p);
            }
            if (json) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(totals.stream()
                        .map(t -> new TotalJson(t.item().code(), t.item().areaCode(), t.item().label(), t.item().measureUnit(),
                                t.sum(), t.units(), t.rate())).toList()));
            } else {
                out.println(messages.format("statistics.totals.header", PeriodWording.name(p, messages)));
                for (StatisticsTotal t : totals) {
                    out.println(String.join("\t", t.item().code(), t.item().label(), StatisticsWording.total(t, messages),
                            messages.format("statistics.totals.units", messages.formats().count(t.units()))));
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Import implements Callable<Integer> {
        @ParentCommand
        StatisticsCommand parent;
        @Parameters(paramLabel = "FILE", descriptionKey = "param.statistics-file")
        Path file;
        @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "option.statistics-period")
        String period;

        @Override
        public Integer call() {
            Messages messages = parent.root.messages();
            PrintWriter out = parent.root.environment().out();
            List<StatisticsOutcome> outcomes;
            ReportPeriod p;
            try (AppContext context = parent.root.openContext()) {
                Plan plan = context.plans().planFor(period == null ? null : ReportPeriod.parse(period).map(ReportPeriod::year).orElse(null));
                p = period(period, context, plan);
                outcomes = context.statistics().importFile(file, p);
            }
            outcomes.forEach(o -> out.println(StatisticsWording.outcome(o, messages)));
            out.println(messages.format("statistics.import.done", PeriodWording.name(p, messages),
                    messages.formats().count(outcomes.size()), file.getFileName()));
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "copy-table", mixinStandardHelpOptions = true, sortOptions = false)
    static final class CopyTable implements Callable<Integer> {
        @ParentCommand
        StatisticsCommand parent;
        @Option(names = "--to", paramLabel = "Y", required = true, descriptionKey = "option.statistics-to")
        int year;

        @Override
        public Integer call() {
            int copied;
            try (AppContext context = parent.root.openContext()) {
                copied = context.statistics().copyTableTo(year);
            }
            parent.root.environment().out().println(parent.root.messages().format("statistics.copy.done",
                    parent.root.messages().formats().count(copied), String.valueOf(year)));
            parent.root.environment().out().flush();
            return ExitCode.OK;
        }
    }
}

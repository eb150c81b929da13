package vn.cchc.dashboard.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.chart.ChartInput;
import vn.cchc.dashboard.chart.ChartKind;
import vn.cchc.dashboard.chart.Charts;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code chart NAME --out FILE [--format png|svg] [--preset slide|a4|screen] …}: the overview's charts as files, for briefings made by
 * script; {@code chart --list} names them.
 */
@Command(name = "chart", mixinStandardHelpOptions = true, sortOptions = false)
final class ChartCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(arity = "0..1", paramLabel = "NAME", descriptionKey = "param.chart-name")
    String name;

    @Option(names = "--list", descriptionKey = "option.list")
    boolean list;

    @Mixin
    ChartFileOptions file = new ChartFileOptions();

    @Mixin
    PlanAndDay target;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        if (list) {
            for (ChartKind kind : ChartKind.values()) {
                root.environment().out().println(kind.cliName() + "\t" + messages.get(kind.titleKey()));
            }
            return ExitCode.OK;
        }
        ChartKind kind = requested(messages);
        file.check(messages);
        Overview overview;
        try (AppContext context = root.openForReading()) {
            overview = context.plans().overview(target.plan(context, root.messages()), target.day(context), null,
                    context.settings().staleDays(), context.settings().laggingPolicy());
        }
        ExportableChart chart = Charts.create(kind, ChartInput.of(overview), messages);
        file.write(chart, messages);
        root.environment().out().println(messages.format("chart.written", messages.get(kind.titleKey()),
                file.out.toAbsolutePath()));
        return ExitCode.OK;
    }

    private ChartKind requested(Messages messages) {
        if (name == null) {
            throw usage(messages.get("error.chart.missing"));
        }
        return ChartKind.fromCliName(name.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> usage(messages.format("error.chart.unknown", name)));
    }

    private static UsageException usage(String message) {
        return new UsageException(message);
    }
}

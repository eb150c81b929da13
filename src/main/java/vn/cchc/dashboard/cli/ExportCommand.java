package vn.cchc.dashboard.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code export tasks|progress|indicators --out FILE [--year Y] [--as-of DATE]}: the plan's tasks as they stand, or its whole
 * progress history, or every indicator figure against its target, to .xlsx or .csv (by the file's extension).
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "tasks|progress|indicators", descriptionKey = "param.export-what", arity = "0..1")
    String what;

    @Mixin
    PlanAndDay target;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.export-out")
    Path out;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        if (what == null || !List.of("tasks", "progress", "indicators").contains(what)) {
            throw new UsageException(messages.get("export.what"));
        }
        if (out == null) {
            throw new UsageException(messages.get("error.chart.noOut"));
        }
        try (AppContext context = root.openForReading()) {
            Plan plan = target.plan(context, root.messages());
            if (what.equals("tasks")) {
                context.planExport().exportTasks(plan, target.day(context), out, messages);
            } else if (what.equals("indicators")) {
                context.indicators().export(out, messages);
            } else {
                context.planExport().exportProgress(plan, out, messages);
            }
        }
        root.environment().out().println(messages.format("export.done", out.toAbsolutePath()));
        return ExitCode.OK;
    }
}

package vn.cchc.dashboard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.UnitMatcher;

/**
 * {@code progress-form --unit NAME --out FILE [--year Y] [--period P]}: the "phiếu cập nhật tiến độ" for one unit, with
 * the period's statistics sheet.
 */
@Command(name = "progress-form", mixinStandardHelpOptions = true, sortOptions = false)
final class ProgressFormCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--unit", paramLabel = "NAME", required = true, descriptionKey = "option.unit")
    String unit;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "option.form-out")
    Path out;

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "option.statistics-period")
    String period;

    @Mixin
    PlanAndDay target;

    @Override
    public Integer call() {
        try (AppContext context = root.openForReading()) {
            Plan plan = target.plan(context, root.messages());
            Unit found = new UnitMatcher(context.units().units(), plan.year()).match(unit)
                    .orElseThrow(() -> AppException.invalidInput("form.unknownUnit", unit));
            context.progressExchange().exportForm(plan, found, out, root.messages(),
                    StatisticsCommand.period(period, context, plan));
        }
        root.environment().out().println(root.messages().format("export.done", out.toAbsolutePath()));
        return ExitCode.OK;
    }
}

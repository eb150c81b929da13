package vn.cchc.dashboard.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.sample.SampleProvince;

/** {@code demo [--reset]}: creates the sample province, or creates it again; never touches real plans. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false)
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--reset", descriptionKey = "option.reset")
    boolean reset;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        try (AppContext context = root.openContext()) {
            List<Plan> plans = context.plans().plans();
            String folder = context.dataFolder().toString();
            if (!plans.isEmpty() && !reset) {
                root.environment().out().println(messages.format("demo.exists", folder));
                return ExitCode.OK;
            }
            if (plans.stream().anyMatch(p -> !p.sample())) {
                throw AppException.invalidInput("demo.realData", folder);
            }
            SampleProvince.replaceAll(context.store(), context.clock());
            List<Plan> created = context.plans().plans();
            int tasks = created.stream().mapToInt(p -> context.plans().snapshot(p).tasks().size()).sum();
            String what = messages.format("demo.plans", messages.formats().count(created.size()),
                    messages.formats().count(tasks));
            root.environment().out().println(messages.format(plans.isEmpty() ? "demo.created" : "demo.reset", folder, what));
            return ExitCode.OK;
        }
    }
}

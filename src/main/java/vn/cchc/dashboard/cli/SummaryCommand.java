package vn.cchc.dashboard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.AreaProgress;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.PlanSummary;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.domain.UnitProgress;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.Language;

/** {@code summary [--year Y] [--as-of DATE] [--json]}: the headline sentence, by area and by unit. */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false)
final class SummaryCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Mixin
    PlanAndDay target;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        PlanSummary summary;
        try (AppContext context = root.openForReading()) {
            summary = context.plans().summary(target.plan(context, root.messages()), target.day(context));
        }
        PrintWriter out = root.environment().out();
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(SummaryJson.of(summary)));
        } else {
            printText(summary, root.messages(), out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void printText(PlanSummary summary, Messages messages, PrintWriter out) {
        Formats f = messages.formats();
        ProgressCount overall = summary.overall();
        out.println(summary.plan().title());
        if (overall.planned() == 0) {
            out.println(messages.get("summary.noTasks"));
            return;
        }
        out.println(messages.format("summary.sentence", f.date(summary.asOf()),
                f.ratio(overall.completed(), overall.planned()), f.percent(overall.percent())));
        StringJoiner categories = new StringJoiner(" · ");
        for (DeadlineCategory category : DeadlineCategory.values()) {
            categories.add(messages.get("category." + category.name()) + ": " + f.count(overall.count(category)));
        }
        out.println(categories);
        out.println(messages.get("summary.byArea"));
        for (AreaProgress area : summary.byArea()) {
            out.println("  - " + group(messages, area.area().name(messages.language() == Language.EN),
                    area.count()));
        }
        out.println(messages.get("summary.byUnit"));
        for (UnitProgress unit : summary.byUnit()) {
            out.println("  - " + group(messages, unit.unit().name(), unit.count()));
        }
    }

    private static String group(Messages messages, String name, ProgressCount count) {
        Formats f = messages.formats();
        return messages.format("summary.group", name, f.ratio(count.completed(), count.planned()), f.percent(count.percent()));
    }
}

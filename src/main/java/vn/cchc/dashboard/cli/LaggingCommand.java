package vn.cchc.dashboard.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.domain.LaggingList;
import vn.cchc.dashboard.domain.LaggingUnit;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.LaggingWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PeriodWording;

/** {@code lagging [--year Y] [--as-of DATE] [--top N] [--json]}: who is behind, and why, for the meeting list. */
@Command(name = "lagging", mixinStandardHelpOptions = true, sortOptions = false)
final class LaggingCommand implements Callable<Integer> {

    /** One unit of {@code lagging --json}; the keys are a contract with scripts. */
    @JsonPropertyOrder({"unit", "verdict", "rank", "score", "completed", "planned", "due", "dueCompleted", "overdue",
            "late", "stale", "reasons", "sentence"})
    record UnitJson(String unit, String verdict, Integer rank, BigDecimal score, int completed, int planned, int due,
                    int dueCompleted, int overdue, int late, int stale, List<String> reasons, String sentence) {

        static UnitJson of(LaggingUnit u, Messages messages) {
            return new UnitJson(u.unit().name(), u.verdict().name(), u.lagging() ? u.rank() : null, u.score(),
                    u.completed(), u.planned(), u.due(), u.dueCompleted(), u.overdue(), u.late(), u.stale(),
                    LaggingWording.reasons(u, messages), LaggingWording.sentence(u, messages));
        }
    }

    @ParentCommand
    RootCommand root;

    @Mixin
    PlanAndDay target;

    @Option(names = "--top", paramLabel = "N", descriptionKey = "option.top")
    Integer top;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Messages messages = root.messages();
        if (top != null && top < 1) {
            throw new UsageException(messages.get("error.top"));
        }
        LaggingList list;
        Plan plan;
        try (AppContext context = root.openForReading()) {
            plan = target.plan(context, root.messages());
            AppSettings settings = context.settings();
            list = context.plans().lagging(plan, target.day(context), settings.laggingPolicy(), settings.staleDays(),
                    settings.laggingRolledUp());
        }
        List<LaggingUnit> ranking = list.units();
        List<LaggingUnit> shown = top == null ? ranking : ranking.subList(0, Math.min(top, ranking.size()));
        PrintWriter out = root.environment().out();
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(shown.stream()
                    .map(u -> UnitJson.of(u, messages)).toList()));
            return ExitCode.OK;
        }
        Formats f = messages.formats();
        out.println(messages.format("lagging.title", plan.title(), f.date(list.asOf())));
        out.println(list.indicatorPeriod() == null ? messages.get("lagging.noIndicators")
                : messages.format("lagging.indicatorPeriod", PeriodWording.name(list.indicatorPeriod(), messages)));
        if (shown.isEmpty()) {
            out.println(messages.get("lagging.none"));
        }
        for (LaggingUnit u : shown) {
            out.println(u.lagging()
                    ? messages.format("lagging.line", u.rank(), u.unit().name(), LaggingWording.verdict(u, messages),
                            f.decimal(u.score()))
                    : messages.format("lagging.line.unranked", u.unit().name(), LaggingWording.verdict(u, messages)));
            out.println("   " + LaggingWording.sentence(u, messages));
        }
        return ExitCode.OK;
    }
}

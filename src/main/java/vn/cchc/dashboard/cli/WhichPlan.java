package vn.cchc.dashboard.cli;

import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanChoice;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code --plan ID|KIND|TITLE --kind tinh|bo-nganh|dia-phuong}: which plan a command works on, where a year may hold
 * the provinces' and the ministries' plans side by side. Where it could be either, the command stops with one
 * sentence naming each choice and how to ask for it, rather than picking one; a picocli mixin.
 */
class WhichPlan {

    @Option(names = "--plan", paramLabel = "PLAN", descriptionKey = "option.plan")
    String plan;

    @Option(names = "--kind", paramLabel = "tinh|bo-nganh|dia-phuong", descriptionKey = "option.kind")
    String kind;

    /** The plan asked for, of {@code year} when given. */
    Plan plan(AppContext context, Integer year, Messages messages) {
        PlanKind wanted = kind(messages);
        PlanChoice.Outcome outcome = context.plans().choose(new PlanChoice(year, wanted, plan));
        if (outcome instanceof PlanChoice.Chosen chosen) {
            return chosen.plan();
        }
        if (outcome instanceof PlanChoice.Ambiguous ambiguous) {
            String choices = ambiguous.choices().stream().map(p -> messages.format("error.plan.choice", p.kind().code(),
                    String.valueOf(p.id()), p.title())).collect(Collectors.joining("; "));
            throw new UsageException(messages.format("error.plan.choose", String.valueOf(ambiguous.year()),
                    messages.formats().count(ambiguous.choices().size()), choices));
        }
        if (plan != null) {
            String all = context.plans().plans().stream().map(p -> messages.format("error.plan.listed",
                    String.valueOf(p.id()), p.title())).collect(Collectors.joining("; "));
            throw AppException.invalidInput("error.plan.noMatch", plan, all);
        }
        if (wanted != null) {
            String label = messages.get("plan.kind." + wanted.name());
            throw year == null ? AppException.invalidInput("error.plan.noneOfKindAnyYear", wanted.code(), label)
                    : AppException.invalidInput("error.plan.noneOfKind", wanted.code(), label, String.valueOf(year));
        }
        throw year == null ? AppException.invalidInput("error.plan.none")
                : AppException.invalidInput("error.plan.noneForYear", String.valueOf(year));
    }

    /** The kind of {@code --kind}, or null without it. */
    PlanKind kind(Messages messages) {
        return kind == null ? null : PlanKind.parse(kind)
                .orElseThrow(() -> new UsageException(messages.format("error.plan.kind", kind)));
    }
}

package vn.cchc.dashboard.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code --year Y --as-of DATE} (and {@code --plan}, {@code --kind}): which plan and which day a command reports on;
 * shared as a picocli mixin.
 */
final class PlanAndDay extends WhichPlan {

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "option.year")
    Integer year;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "option.as-of")
    LocalDate asOf;

    /**
     * The plan of {@code --year}, {@code --kind} and {@code --plan}; without them this year's, else the newest. A year
     * with both national plans needs the kind or the plan said.
     */
    Plan plan(AppContext context, Messages messages) {
        return plan(context, year, messages);
    }

    /** The day of {@code --as-of}; without it today. */
    LocalDate day(AppContext context) {
        return asOf != null ? asOf : context.plans().today();
    }
}

package vn.cchc.dashboard.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Plan;

/** {@code --year Y --as-of DATE}: which plan and which day a command reports on; shared as a picocli mixin. */
final class PlanAndDay {

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "option.year")
    Integer year;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "option.as-of")
    LocalDate asOf;

    /** The plan of {@code --year}; without it this year's, else the newest. */
    Plan plan(AppContext context) {
        return context.plans().planFor(year);
    }

    /** The day of {@code --as-of}; without it today. */
    LocalDate day(AppContext context) {
        return asOf != null ? asOf : context.plans().today();
    }
}

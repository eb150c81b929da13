package vn.cchc.dashboard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The year's criteria set of a group on the command line: {@code unit-index import-criteria} reads it from the
 * appendix of the province's decision, {@code criteria} lists its lines and their points.
 */
final class UnitIndexCriteriaCommands {

    private UnitIndexCriteriaCommands() {
    }

    @Command(name = "import-criteria", mixinStandardHelpOptions = true, sortOptions = false)
    static final class ImportCriteria implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.unit-index-criteria-file")
        Path file;
        @Mixin
        UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();

        @Override
        public Integer call() {
            Messages messages = parent.root.messages();
            CriteriaSet set;
            try (AppContext context = parent.root.openContext()) {
                set = context.unitIndex().importCriteria(file, which.year, which.group());
            }
            return parent.said("unitIndex.criteria.imported",
                    String.valueOf(which.year), messages.get("unitIndex.group." + which.group().name()),
                    messages.formats().count(set.criteria().size()), messages.formats().count(set.leaves().size()),
                    messages.formats().compact(set.maxPoints()));
        }
    }

    @Command(name = "criteria", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Criteria implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Mixin
        UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();

        @Override
        public Integer call() {
            Messages messages = parent.root.messages();
            PrintWriter out = parent.root.environment().out();
            CriteriaSet set;
            try (AppContext context = parent.root.openForReading()) {
                set = context.unitIndex().criteria(which.year, which.group());
            }
            if (set.isEmpty()) {
                out.println(messages.format("unitIndex.error.noSet", String.valueOf(which.year)));
            }
            for (Criterion c : set.criteria()) {
                out.println("  ".repeat(c.level() - 1) + c.code() + "\t" + c.title() + "\t"
                        + messages.formats().compact(c.maxPoints()));
            }
            out.println(messages.format("unitIndex.criteria.total", messages.formats().compact(set.maxPoints())));
            out.flush();
            return ExitCode.OK;
        }
    }
}

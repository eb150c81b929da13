package vn.cchc.dashboard.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.statistics.StatisticsOutcome;
import vn.cchc.dashboard.app.statistics.StatisticsWording;
import vn.cchc.dashboard.work.Progress;
import vn.cchc.dashboard.domain.imports.ReturnRow;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code import-progress FILE... [--as-of DATE] [--dry-run] [--json] [--accept FILE:ROW]... [--accept-all]}: records
 * returned progress forms. Conflicts are listed and recorded only when accepted by name or all together. Exit code 3
 * when any line was unusable (listed; the usable ones are recorded all the same).
 */
@Command(name = "import-progress", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportProgressCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "param.form-files")
    List<Path> files;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "option.form-as-of")
    LocalDate asOf;

    @Option(names = "--dry-run", descriptionKey = "option.dry-run")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Option(names = "--accept", paramLabel = "FILE:ROW", descriptionKey = "option.accept")
    Set<String> accept = Set.of();

    @Option(names = "--accept-all", descriptionKey = "option.accept-all")
    boolean acceptAll;

    @JsonPropertyOrder({"file", "row", "task", "kind", "accepted", "message"})
    record LineJson(String file, int row, String task, String kind, boolean accepted, String message) {
    }

    @Override
    public Integer call() throws JsonProcessingException {
        Messages messages = root.messages();
        Predicate<ReturnRow> accepted = row -> acceptAll || accept.contains(row.line().ref());
        List<ReturnRow> rows;
        List<StatisticsOutcome> figures = new java.util.ArrayList<>();
        try (AppContext context = root.openContext()) {
            LocalDate day = asOf != null ? asOf : context.plans().today();
            rows = dryRun ? context.progressExchange().check(files, day)
                    : context.progressExchange().apply(files, day, accepted, Progress.NONE, figures::addAll);
        }
        PrintWriter out = root.environment().out();
        List<LineJson> lines = rows.stream().map(r -> new LineJson(r.line().file(), r.line().row(), r.line().code(),
                r.kind().name(), r.kind().isConflict() && accepted.test(r),
                messages.format(r.messageKey(), r.args().toArray()))).toList();
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(lines));
        } else {
            for (LineJson line : lines) {
                String kind = line.accepted() ? messages.get("progressReturn.accepted") : messages.get("progressReturn.kind." + line.kind());
                out.println(kind + " – " + line.file() + ":" + line.row() + " " + line.task() + ": " + line.message());
            }
            long recorded = rows.stream().filter(r -> r.kind() == ReturnRow.Kind.APPLY || r.kind().isConflict() && accepted.test(r)).count();
            long waiting = rows.stream().filter(r -> r.kind().isConflict() && !accepted.test(r)).count();
            out.println(messages.format("progressReturn.summary", messages.formats().count(recorded),
                    messages.formats().count(count(rows, ReturnRow.Kind.UNCHANGED)), messages.formats().count(waiting),
                    messages.formats().count(count(rows, ReturnRow.Kind.REJECTED))));
            if (waiting > 0) {
                out.println(messages.get("progressReturn.conflictsLeft"));
            }
            figures.forEach(o -> out.println(StatisticsWording.outcome(o, messages)));
        }
        out.flush();
        long unusable = count(rows, ReturnRow.Kind.REJECTED);
        if (unusable > 0) {
            // A script must not take a form with lines left out for a form fully recorded.
            root.environment().err().println(messages.format("progressReturn.unusableLines",
                    messages.formats().count(unusable)));
            return ExitCode.INVALID_INPUT;
        }
        return ExitCode.OK;
    }

    private static long count(List<ReturnRow> rows, ReturnRow.Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).count();
    }
}

package vn.cchc.dashboard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.ImportRejectedException;
import vn.cchc.dashboard.app.ImportRequest;
import vn.cchc.dashboard.app.PlanImport;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.domain.imports.ImportPreview;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.domain.imports.ProblemGroups;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.ImportWording;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code import-plan FILE [--year Y] [--kind tinh|bo-nganh|dia-phuong] [--data-date DATE] [--unit NAME=UNIT …] [--deadline TEXT=MEANING …]
 * [--answers FILE] [--dry-run] [--json]}: imports a year's plan from its appendix table, all or nothing. A tracking
 * workbook's progress stands on its data date: {@code --data-date}, else the date its title rows name. The answers say
 * which unit a name means (confirming a 2025 merged department's successor) and what a deadline text the reader cannot
 * understand means. Exit code 0 when imported (or, with --dry-run, importable); 3 when the file has errors – a tracking
 * workbook without a data date, a merger offer no {@code --unit} confirms among them – which are listed and nothing is
 * written. In a national store {@code --kind} says whether the file holds the provinces' or the ministries' tasks: each
 * kind has its own plan of the year.
 */
@Command(name = "import-plan", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportPlanCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.import-file")
    Path file;

    @Option(names = "--year", paramLabel = "Y", descriptionKey = "option.year")
    Integer year;

    @Option(names = "--kind", paramLabel = "tinh|bo-nganh|dia-phuong", descriptionKey = "option.import-kind")
    String kind;

    /**
     * Not the shared {@code --as-of} of the reports: here the day means what the file's figures stand on. The old
     * spelling {@code --as-of} meant the same for this command and still works.
     */
    @Option(names = {"--data-date", "--as-of"}, paramLabel = "DATE", descriptionKey = "option.data-date")
    LocalDate dataDate;

    @Option(names = "--dry-run", descriptionKey = "option.dry-run")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Option(names = "--unit", paramLabel = "NAME=UNIT", descriptionKey = "option.unit-answer")
    List<String> unitAnswers = new ArrayList<>();

    @Option(names = "--deadline", paramLabel = "TEXT=MEANING", descriptionKey = "option.deadline")
    List<String> deadlines = new ArrayList<>();

    @Option(names = "--answers", paramLabel = "FILE", descriptionKey = "option.answers")
    Path answersFile;

    @Override
    public Integer call() throws JsonProcessingException {
        Messages messages = root.messages();
        ImportAnswers answers = ImportAnswers.of(unitAnswers, deadlines, answersFile, messages);
        PlanKind planKind = kind == null ? null : PlanKind.parse(kind)
                .orElseThrow(() -> new UsageException(messages.format("error.plan.kind", kind)));
        ImportRequest request = new ImportRequest(null, year, dataDate, y -> newPlanTitle(planKind, y, messages),
                answers.units(), answers.deadlines(), planKind);
        PlanImport result;
        ImportPreview preview;
        boolean rejected = false;
        try (AppContext context = root.openContext()) {
            result = dryRun ? context.planImport().dryRun(file, request) : context.planImport().commit(file, request);
            preview = result.preview();
        } catch (ImportRejectedException e) {
            result = null;
            preview = e.preview();
            rejected = true;
        } catch (AppException e) {
            if ("import.error.whichPlan".equals(e.messageKey())) {
                // The window offers the kinds in its wizard; here the user needs the option that says it.
                throw new UsageException(e.localized(messages) + " " + messages.get("import.cli.kindHint"));
            }
            throw e;
        }
        PrintWriter out = root.environment().out();
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(ImportJson.of(preview, messages)));
        } else {
            printText(result, preview, messages, out);
        }
        out.flush();
        if (rejected || !preview.importable()) {
            if (!json) {
                unreadDeadlinesHint(preview, messages, out);
                out.flush();
            }
            root.environment().err().println(messages.format("import.refused", messages.formats().count(preview.errors())));
            preview.names().stream().filter(ImportPreview.NameMatch::mergerOffer).forEach(name -> root.environment().err()
                    .println(messages.format("import.cli.confirmWith", name.written(), name.unit().name())));
            return ExitCode.INVALID_INPUT;
        }
        if (!dryRun && !json) {
            out.println(messages.format("import.done", messages.formats().count(preview.tasks().size()), result.plan().title(),
                    messages.formats().count(preview.newUnits().size()), messages.formats().count(preview.progress())));
        }
        return ExitCode.OK;
    }

    private static void printText(PlanImport result, ImportPreview preview, Messages messages, PrintWriter out) {
        Formats f = messages.formats();
        if (result != null) {
            out.println(messages.format(result.createsPlan() ? "import.target.new" : "import.target.existing", result.planTitle()));
        }
        if (preview.dataDate() != null) {
            out.println(ImportWording.dataDate(preview.dataDate(), messages));
        }
        out.println(messages.format("import.count", f.count(preview.tasks().size()), f.count(preview.progress())));
        out.println(messages.get("import.byArea") + " " + counts(preview.byArea(), f));
        out.println(messages.get("import.byUnit") + " " + counts(preview.byUnit(), f));
        if (!preview.newUnits().isEmpty()) {
            out.println(messages.get("import.newUnits") + " " + preview.newUnits().stream()
                    .map(ImportPreview.NewUnit::name).collect(Collectors.joining("; ")));
        }
        // One line per thing to know, with the rows it is on: the same note on forty rows would hide the one error.
        for (ProblemGroups.Group group : ProblemGroups.of(preview.problems())) {
            ImportProblem p = group.first();
            String value = p.value().isEmpty() || group.argumentsDiffer() ? "" : " «" + p.value().replace('\n', ' ') + "»";
            out.println("  " + messages.get(p.isError() ? "import.severity.ERROR" : "import.severity.NOTE") + " – "
                    + ImportWording.place(group, messages) + value + ": " + ImportWording.message(group, messages));
        }
    }

    /** The title of the plan the import creates: a province's plan, or the national plan of the kind asked for. */
    private static String newPlanTitle(PlanKind kind, int year, Messages messages) {
        return kind == null || kind == PlanKind.LOCAL ? messages.format("plan.form.defaultTitle", String.valueOf(year))
                : messages.format("plan.form.defaultTitle." + kind.name(), String.valueOf(year));
    }

    /** How to answer each deadline text the reader could not understand, one example per text, in the plan's year. */
    private static void unreadDeadlinesHint(ImportPreview preview, Messages messages, PrintWriter out) {
        List<String> unread = preview.deadlines().stream().filter(d -> d.meaning() == null)
                .map(d -> "--deadline \"" + d.written() + "=31/12/" + preview.planYear() + "\"").toList();
        if (!unread.isEmpty()) {
            out.println(messages.format("import.deadlines.howToAnswer", String.join(" ", unread)));
        }
    }

    private static String counts(Map<String, Integer> counts, Formats f) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + f.count(e.getValue())).collect(Collectors.joining(" · "));
    }
}

package vn.cchc.dashboard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.ImportRejectedException;
import vn.cchc.dashboard.app.ImportRequest;
import vn.cchc.dashboard.app.PlanImport;
import vn.cchc.dashboard.domain.imports.ImportPreview;
import vn.cchc.dashboard.domain.imports.ImportProblem;
import vn.cchc.dashboard.domain.imports.UnitChoice;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.ImportWording;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code import-plan FILE [--year Y] [--as-of DATE] [--unit NAME=UNIT]… [--dry-run] [--json]}: imports a year's plan
 * from its appendix table, all or nothing. Exit code 0 when imported (or, with --dry-run, importable); 3 when the file
 * has errors, which are listed and nothing is written – among them a merged department's name whose proposed successor
 * no {@code --unit} confirms, each told with the option that would.
 */
@Command(name = "import-plan", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportPlanCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.import-file")
    Path file;

    @Mixin
    PlanAndDay target;

    @Option(names = "--dry-run", descriptionKey = "option.dry-run")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Option(names = "--unit", paramLabel = "NAME=UNIT", descriptionKey = "option.unit-answer")
    List<String> unitAnswers = new ArrayList<>();

    @Override
    public Integer call() throws JsonProcessingException {
        Messages messages = root.messages();
        List<UnitChoice> choices = unitAnswers.stream().map(answer -> UnitAnswer.parse(answer, messages)).toList();
        ImportRequest request = new ImportRequest(null, target.year, target.asOf,
                year -> messages.format("plan.form.defaultTitle", String.valueOf(year)), choices);
        PlanImport result;
        ImportPreview preview;
        boolean rejected = false;
        try (AppContext context = root.openContext(false)) {
            result = dryRun ? context.planImport().dryRun(file, request) : context.planImport().commit(file, request);
            preview = result.preview();
        } catch (ImportRejectedException e) {
            result = null;
            preview = e.preview();
            rejected = true;
        }
        PrintWriter out = root.environment().out();
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(ImportJson.of(preview, messages)));
        } else {
            printText(result, preview, messages, out);
        }
        out.flush();
        if (rejected || !preview.importable()) {
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
        out.println(messages.format("import.count", f.count(preview.tasks().size()), f.count(preview.progress())));
        out.println(messages.get("import.byArea") + " " + counts(preview.byArea(), f));
        out.println(messages.get("import.byUnit") + " " + counts(preview.byUnit(), f));
        if (!preview.newUnits().isEmpty()) {
            out.println(messages.get("import.newUnits") + " " + preview.newUnits().stream()
                    .map(ImportPreview.NewUnit::name).collect(Collectors.joining("; ")));
        }
        for (ImportProblem p : preview.problems()) {
            String value = p.value().isEmpty() ? "" : " «" + p.value().replace('\n', ' ') + "»";
            out.println("  " + messages.get(p.isError() ? "import.severity.ERROR" : "import.severity.NOTE") + " – "
                    + ImportWording.place(p, messages) + value + ": " + ImportWording.message(p, messages));
        }
    }

    private static String counts(Map<String, Integer> counts, Formats f) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + f.count(e.getValue())).collect(Collectors.joining(" · "));
    }
}

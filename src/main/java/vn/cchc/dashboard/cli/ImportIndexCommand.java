package vn.cchc.dashboard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.national.NationalResultsService;
import vn.cchc.dashboard.domain.national.IndexKind;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.NationalWording;

/**
 * {@code import-index --index par|sipas --year Y FILE}: the provinces' published PAR INDEX or SIPAS results of one
 * year, all or nothing, in place of the ones imported before for that index and year. Prints where the province
 * stands in them. Exit code 0 when imported; 3 when the file is refused (one sentence, nothing recorded).
 */
@Command(name = "import-index", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportIndexCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.index-file")
    Path file;

    @Option(names = "--index", required = true, paramLabel = "par|sipas", descriptionKey = "option.index")
    String index;

    @Option(names = "--year", required = true, paramLabel = "Y", descriptionKey = "option.index-year")
    int year;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        IndexKind kind = IndexRankCommand.kind(index, messages);
        NationalResultsService.Imported imported;
        try (AppContext context = root.openContext()) {
            imported = context.nationalResults().importFile(file, kind, year);
            print(imported, context, messages);
        }
        return ExitCode.OK;
    }

    private void print(NationalResultsService.Imported imported, AppContext context, Messages messages) {
        PrintWriter out = root.environment().out();
        String what = NationalWording.title(imported.results(), messages);
        if (imported.replaced() != null) {
            out.println(messages.format("national.cli.replaced", what, imported.replaced().sourceFile(),
                    messages.formats().dateTime(java.time.LocalDateTime.ofInstant(imported.replaced().importedAt(),
                            context.clock().getZone()))));
        }
        out.println(messages.format("national.cli.imported", what, messages.formats().count(imported.results().count()),
                messages.formats().count(imported.results().components().size()), imported.results().sourceFile()));
        if (imported.standing() != null) {
            out.println(messages.format("national.cli.standing", imported.province(),
                    NationalWording.rankInSentence(imported.standing(), messages)));
        } else {
            out.println(imported.province().isEmpty() ? messages.get("national.noProvince")
                    : messages.format("national.provinceMissing", imported.province(), what));
        }
    }
}

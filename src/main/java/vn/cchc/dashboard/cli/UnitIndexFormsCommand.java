package vn.cchc.dashboard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.unitindex.UnitIndexForms;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code unit-index send-forms|receive-forms|returns}: the self-assessment by file – a form per member unit, the
 * returned forms recorded each whole or refused whole in one sentence, and who has returned theirs.
 */
final class UnitIndexFormsCommand {

    private UnitIndexFormsCommand() {
    }

    @Command(name = "send-forms", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Send implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Mixin
        UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();
        @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "option.unit-index-forms-out")
        Path out;

        @Override
        public Integer call() {
            Messages messages = parent.root.messages();
            List<UnitIndexForms.Sent> sent;
            try (AppContext context = parent.root.openForReading()) {
                sent = context.unitIndexForms().send(which.year, which.group(), out, messages);
            }
            PrintWriter print = parent.root.environment().out();
            print.println(messages.format("unitIndex.forms.sent", messages.formats().count(sent.size()),
                    String.valueOf(which.year), messages.get("unitIndex.group." + which.group().name()),
                    out.toAbsolutePath()));
            for (UnitIndexForms.Sent form : sent) {
                print.println(form.unit().name() + "\t" + form.file().getFileName());
            }
            print.flush();
            return ExitCode.OK;
        }
    }

    /** Exit code 3 when any file was refused (each named on stderr); the others are recorded all the same. */
    @Command(name = "receive-forms", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Receive implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "param.unit-index-form-files")
        List<Path> files;
        @Mixin
        UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();
        @Option(names = "--check", descriptionKey = "option.unit-index-forms-check")
        boolean check;

        @Override
        public Integer call() {
            Messages messages = parent.root.messages();
            List<UnitIndexForms.Checked> taken;
            try (AppContext context = check ? parent.root.openForReading() : parent.root.openContext()) {
                taken = check ? context.unitIndexForms().check(which.year, which.group(), files)
                        : context.unitIndexForms().record(which.year, which.group(), files);
            }
            PrintWriter out = parent.root.environment().out();
            PrintWriter err = parent.root.environment().err();
            long refused = 0;
            for (UnitIndexForms.Checked file : taken) {
                if (!file.accepted()) {
                    err.println(file.refusal().localized(messages));
                    refused++;
                    continue;
                }
                out.println(messages.format(check ? "unitIndex.forms.willRecord" : "unitIndex.forms.recorded",
                        file.file().getFileName(), file.unit().name(), messages.formats().count(file.lines().size()),
                        messages.formats().count(file.applicable())));
            }
            long accepted = taken.size() - refused;
            out.println(check ? messages.format("unitIndex.forms.checkSummary", messages.formats().count(taken.size()),
                    messages.formats().count(accepted), messages.formats().count(refused))
                    : messages.format("unitIndex.forms.summary", messages.formats().count(accepted),
                    messages.formats().count(refused)));
            out.flush();
            err.flush();
            // A script must not take a batch with a file left out for a batch fully recorded.
            return refused > 0 ? ExitCode.INVALID_INPUT : ExitCode.OK;
        }
    }

    @Command(name = "returns", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Returns implements Callable<Integer> {
        @ParentCommand
        UnitIndexCommand parent;
        @Mixin
        UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();

        @Override
        public Integer call() {
            Messages messages = parent.root.messages();
            List<UnitIndexForms.Return> returns;
            try (AppContext context = parent.root.openForReading()) {
                returns = context.unitIndexForms().returns(which.year, which.group());
            }
            PrintWriter out = parent.root.environment().out();
            out.println(messages.format("unitIndex.forms.returns.header", String.valueOf(which.year),
                    messages.get("unitIndex.group." + which.group().name()),
                    messages.formats().count(returns.stream().filter(UnitIndexForms.Return::returned).count()),
                    messages.formats().count(returns.size())));
            for (UnitIndexForms.Return r : returns) {
                out.println(r.unit().name() + "\t" + (r.returned() ? messages.format("unitIndex.forms.returns.returned",
                        String.join(", ", r.files()), messages.formats().count(r.scored()),
                        messages.formats().count(r.applicable())) : messages.get("unitIndex.forms.returns.notYet")));
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}

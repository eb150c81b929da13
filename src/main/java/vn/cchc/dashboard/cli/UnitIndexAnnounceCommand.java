package vn.cchc.dashboard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.unitindex.UnitIndexAnnouncement;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code unit-index announce --year Y --out DIR}: the decision of UBND tỉnh announcing the year's reform index of the
 * province's units, with its ranking annex, and Sở Nội vụ's results report, as two DOCX files in {@code DIR}, in the
 * language of {@code --lang}.
 */
@Command(name = "announce", mixinStandardHelpOptions = true, sortOptions = false)
final class UnitIndexAnnounceCommand implements Callable<Integer> {

    @ParentCommand
    UnitIndexCommand parent;
    @Option(names = "--year", paramLabel = "Y", required = true, descriptionKey = "option.unit-index-year")
    int year;
    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "option.unit-index-out-dir")
    Path out;

    @Override
    public Integer call() {
        Messages messages = parent.root.messages();
        Path folder = out.toAbsolutePath();
        AppException.writing(folder, () -> Files.createDirectories(folder));
        UnitIndexAnnouncement.Written written;
        try (AppContext context = parent.root.openForReading()) {
            written = context.unitIndexAnnouncement().write(year, folder, messages.language());
        }
        return parent.said("unitIndex.announce.done", String.valueOf(year),
                written.decision().getFileName(), written.report().getFileName(), folder);
    }
}

package vn.cchc.dashboard.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.files.AtomicFile;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.unitindex.UnitIndexSlideWriter;

/** {@code unit-index slide --year Y --group so-nganh --out FILE.pptx}: the ranking on one slide in the deck's look. */
@Command(name = "slide", mixinStandardHelpOptions = true, sortOptions = false)
final class UnitIndexSlideCommand implements Callable<Integer> {

    @ParentCommand
    UnitIndexCommand parent;

    @Mixin
    UnitIndexCommand.YearAndGroup which = new UnitIndexCommand.YearAndGroup();

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.out")
    Path out;

    @Override
    public Integer call() {
        Messages messages = parent.root.messages();
        if (out == null) {
            throw new UsageException(messages.get("unitIndex.chart.slide.noOut"));
        }
        List<IndexRanking.Ranked> ranking;
        LocalDate today;
        try (AppContext context = parent.root.openForReading()) {
            ranking = context.unitIndex().ranking(which.year, which.group());
            today = LocalDate.now(context.clock());
        }
        LocalDate madeOn = today;
        AppException.writing(out, () -> AtomicFile.write(out, stream ->
                UnitIndexSlideWriter.write(ranking, which.year, which.group(), madeOn, messages, stream)));
        return parent.said("unitIndex.chart.slide.written",
                vn.cchc.dashboard.chart.unitindex.UnitIndexCharts.title(which.year, which.group(), messages),
                out.toAbsolutePath());
    }
}

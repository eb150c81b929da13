package vn.cchc.dashboard.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.chart.ChartInput;
import vn.cchc.dashboard.chart.ChartKind;
import vn.cchc.dashboard.chart.Charts;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.i18n.Messages;

/**
 * {@code chart NAME --format png|svg --out FILE …}: the overview's charts as files, for briefings made by
 * script; {@code chart --list} names them.
 */
@Command(name = "chart", mixinStandardHelpOptions = true, sortOptions = false)
final class ChartCommand implements Callable<Integer> {

    /** The file formats a chart can be written in. */
    enum Format { PNG, SVG }

    @ParentCommand
    RootCommand root;

    @Parameters(arity = "0..1", paramLabel = "NAME", descriptionKey = "param.chart-name")
    String name;

    @Option(names = "--list", descriptionKey = "option.list")
    boolean list;

    @Option(names = "--format", paramLabel = "png|svg", descriptionKey = "option.format")
    String format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.out")
    Path out;

    @Option(names = "--width", paramLabel = "W", defaultValue = "1600", descriptionKey = "option.width")
    int width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "900", descriptionKey = "option.height")
    int height;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1", descriptionKey = "option.scale")
    double scale;

    @Option(names = "--dpi", paramLabel = "D", descriptionKey = "option.dpi")
    Integer dpi;

    @Mixin
    PlanAndDay target;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        if (list) {
            for (ChartKind kind : ChartKind.values()) {
                root.environment().out().println(kind.cliName() + "\t" + messages.get(kind.titleKey()));
            }
            return ExitCode.OK;
        }
        ChartKind kind = requested(messages);
        Format fileFormat = format(messages);
        checkSize(messages);
        Overview overview;
        try (AppContext context = root.openForReading()) {
            overview = context.plans().overview(target.plan(context, root.messages()), target.day(context), null,
                    context.settings().staleDays(), context.settings().laggingPolicy());
        }
        ExportableChart chart = Charts.create(kind, ChartInput.of(overview), messages);
        AppException.writing(out, () -> {
            if (fileFormat == Format.PNG) {
                chart.writePng(out, width, height, scale, dpi);
            } else {
                chart.writeSvg(out, width, height);
            }
        });
        root.environment().out().println(messages.format("chart.written", messages.get(kind.titleKey()),
                out.toAbsolutePath()));
        return ExitCode.OK;
    }

    private ChartKind requested(Messages messages) {
        if (name == null) {
            throw usage(messages.get("error.chart.missing"));
        }
        return ChartKind.fromCliName(name.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> usage(messages.format("error.chart.unknown", name)));
    }

    private Format format(Messages messages) {
        if (out == null) {
            throw usage(messages.get("error.chart.noOut"));
        }
        String chosen = format != null ? format : extension(out);
        try {
            return Format.valueOf(chosen.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage(messages.format("error.chart.format", chosen));
        }
    }

    private void checkSize(Messages messages) {
        if (width < 100 || height < 100 || width > 10_000 || height > 10_000 || scale <= 0 || scale > 8
                || width * scale * height * scale > 100_000_000 || (dpi != null && (dpi < 36 || dpi > 1200))) {
            throw usage(messages.get("error.chart.size"));
        }
    }

    private static String extension(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1);
    }

    private static UsageException usage(String message) {
        return new UsageException(message);
    }
}

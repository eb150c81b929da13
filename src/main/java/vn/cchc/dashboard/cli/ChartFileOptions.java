package vn.cchc.dashboard.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.chart.ExportPreset;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.i18n.Messages;

/**
 * How a command writes a chart to a file: {@code --out FILE [--format png|svg] [--preset slide|a4|screen]
 * [--width W --height H --scale S --dpi D]}. One set of options and checks for every command that exports a chart.
 */
final class ChartFileOptions {

    /** The file formats a chart can be written in. */
    enum Format { PNG, SVG }

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;

    @Option(names = "--format", paramLabel = "png|svg", descriptionKey = "option.format")
    String format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.out")
    Path out;

    @Option(names = "--preset", paramLabel = "slide|a4|screen", descriptionKey = "option.preset")
    String preset;

    @Option(names = "--width", paramLabel = "W", descriptionKey = "option.width")
    Integer width;

    @Option(names = "--height", paramLabel = "H", descriptionKey = "option.height")
    Integer height;

    @Option(names = "--scale", paramLabel = "S", descriptionKey = "option.scale")
    Double scale;

    @Option(names = "--dpi", paramLabel = "D", descriptionKey = "option.dpi")
    Integer dpi;

    /** Refuses, in one sentence, a missing file, an unknown format or preset, or a size out of bounds. */
    void check(Messages messages) {
        format(messages);
        ExportPreset chosen = preset(messages);
        int w = width(chosen);
        int h = height(chosen);
        double s = scale(chosen);
        Integer d = dpi(chosen);
        if (w < 100 || h < 100 || w > 10_000 || h > 10_000 || s <= 0 || s > 8
                || w * s * h * s > 100_000_000 || (d != null && (d < 36 || d > 1200))) {
            throw new UsageException(messages.get("error.chart.size"));
        }
    }

    /** Writes {@code chart} as checked; the file is complete or not there. */
    void write(ExportableChart chart, Messages messages) {
        check(messages);
        Format fileFormat = format(messages);
        ExportPreset chosen = preset(messages);
        AppException.writing(out, () -> {
            if (fileFormat == Format.PNG) {
                chart.writePng(out, width(chosen), height(chosen), scale(chosen), dpi(chosen));
            } else {
                chart.writeSvg(out, width(chosen), height(chosen));
            }
        });
    }

    private Format format(Messages messages) {
        if (out == null) {
            throw new UsageException(messages.get("error.chart.noOut"));
        }
        String chosen = format != null ? format : extension(out);
        try {
            return Format.valueOf(chosen.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(messages.format("error.chart.format", chosen));
        }
    }

    /** The preset named, or null: "slide" (16:9 at 2×), "a4" (16 cm at 300 dpi), "screen". */
    private ExportPreset preset(Messages messages) {
        if (preset == null) {
            return null;
        }
        return switch (preset.strip().toLowerCase(Locale.ROOT)) {
            case "slide", "trinh-chieu" -> ExportPreset.SLIDE_16_9;
            case "a4", "word", "bao-cao" -> ExportPreset.A4_REPORT;
            case "screen", "man-hinh" -> ExportPreset.SCREEN;
            default -> throw new UsageException(messages.format("error.chart.preset", preset));
        };
    }

    // A size typed on the command line wins over the preset's; without either, 1600 × 900 at 1×.
    private int width(ExportPreset p) {
        return width != null ? width : p != null ? p.width() : WIDTH;
    }

    private int height(ExportPreset p) {
        return height != null ? height : p != null ? p.height() : HEIGHT;
    }

    private double scale(ExportPreset p) {
        return scale != null ? scale : p != null ? p.scale() : 1;
    }

    private Integer dpi(ExportPreset p) {
        return dpi != null ? dpi : p != null ? p.dpi() : null;
    }

    private static String extension(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1);
    }
}

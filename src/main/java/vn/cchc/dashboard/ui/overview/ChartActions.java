package vn.cchc.dashboard.ui.overview;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.chart.ExportPreset;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.SaveDialog;

/**
 * What the user can do with a chart: save it as PNG (for a slide, for an A4 report at 300 dpi, or at screen
 * size) or SVG, or copy it to paste into Word or PowerPoint. Files are written off the FX thread; the result
 * is told in one sentence.
 */
final class ChartActions {

    private final Background background;
    private final SaveDialog dialog;
    private final Messages messages;
    private final Consumer<String> feedback;

    ChartActions(Background background, SaveDialog dialog, Messages messages, Consumer<String> feedback) {
        this.background = background;
        this.dialog = dialog;
        this.messages = messages;
        this.feedback = feedback;
    }

    void savePng(ExportableChart chart, ExportPreset preset) {
        ask(chart, "png").ifPresent(file -> write(chart, file,
                () -> chart.writePng(file, preset.width(), preset.height(), preset.scale(), preset.dpi())));
    }

    void saveSvg(ExportableChart chart) {
        ask(chart, "svg").ifPresent(file -> write(chart, file, () -> chart.writeSvg(file, 960, 540)));
    }

    /** A slide-sized image, so that it pastes sharp into Word and PowerPoint. */
    void copy(ExportableChart chart) {
        ExportPreset slide = ExportPreset.SLIDE_16_9;
        background.run(() -> chart.toFxImage(slide.width(), slide.height(), 1), image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
            feedback.accept(messages.format("chart.copied", title(chart)));
        }, e -> feedback.accept(ErrorText.of(e, messages)));
    }

    private Optional<Path> ask(ExportableChart chart, String extension) {
        String day = Formats.DATE.format(chart.dataDate()).replace('/', '-');
        return dialog.ask(messages.get("chart.save.title"), chart.name() + "-" + day + "." + extension, extension);
    }

    /** A write off the FX thread; {@link ExportableChart} leaves no partial file behind. */
    private void write(ExportableChart chart, Path file, AppException.FileWrite write) {
        background.run(() -> {
            AppException.writing(file, write);
            return file;
        }, written -> feedback.accept(messages.format("chart.written", title(chart), written.toAbsolutePath())),
                e -> feedback.accept(ErrorText.of(e, messages)));
    }

    private String title(ExportableChart chart) {
        return chart.title();
    }
}

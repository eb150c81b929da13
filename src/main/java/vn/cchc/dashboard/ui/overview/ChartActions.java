package vn.cchc.dashboard.ui.overview;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import vn.cchc.dashboard.chart.ChartOnScreen;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.chart.ExportPreset;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.LongWork;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.work.Progress;
import vn.cchc.dashboard.work.Tracker;

/**
 * What the user can do with a chart: save it as PNG (for a slide, for an A4 report at 300 dpi, or at screen
 * size) or SVG, or copy it to paste into Word or PowerPoint. Files are written off the FX thread, a PNG with a
 * progress strip and Huỷ (a large one takes a second or two on an office PC); the result is told in one sentence.
 * Public for the other screens that show charts (the national ranking).
 */
public final class ChartActions {

    private final Background background;
    private final LongWork longWork;
    private final SaveDialog dialog;
    private final Messages messages;
    private final Consumer<String> feedback;

    public ChartActions(Background background, SaveDialog dialog, Messages messages, Consumer<String> feedback) {
        this.background = background;
        this.longWork = new LongWork(background);
        this.dialog = dialog;
        this.messages = messages;
        this.feedback = feedback;
    }

    public void savePng(ExportableChart chart, ExportPreset preset) {
        ask(chart, "png").ifPresent(file -> write(chart, file, progress -> chart.writePng(file, preset, progress)));
    }

    public void saveSvg(ExportableChart chart) {
        ask(chart, "svg").ifPresent(file -> write(chart, file, progress -> chart.writeSvg(file, 960, 540)));
    }

    /** The export running now, for the progress strip; null when none. */
    public ReadOnlyObjectProperty<Tracker> running() {
        return longWork.running();
    }

    /** A slide-sized image, so that it pastes sharp into Word and PowerPoint. */
    public void copy(ExportableChart chart) {
        ExportPreset slide = ExportPreset.SLIDE_16_9;
        background.run(() -> ChartOnScreen.image(chart, slide.width(), slide.height(), 1), image -> {
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

    /** One file written by a chart, cancellable at its safe points. */
    @FunctionalInterface
    private interface ChartWrite {
        void write(Progress progress) throws java.io.IOException;
    }

    /** A write off the FX thread; {@link ExportableChart} leaves no partial file behind, cancelled or failed. */
    private void write(ExportableChart chart, Path file, ChartWrite write) {
        longWork.start(progress -> {
            AppException.writing(file, () -> write.write(progress));
            return file;
        }, written -> feedback.accept(messages.format("chart.written", title(chart), written.toAbsolutePath())),
                e -> feedback.accept(LongWork.cancelled(e) ? messages.get("work.cancelled.file") : ErrorText.of(e, messages)));
    }

    private String title(ExportableChart chart) {
        return chart.title();
    }
}

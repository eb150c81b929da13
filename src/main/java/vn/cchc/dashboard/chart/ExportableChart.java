package vn.cchc.dashboard.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import vn.cchc.dashboard.files.AtomicFile;
import vn.cchc.dashboard.work.Progress;

/**
 * One chart, for the screen and for files. Every drawing builds a fresh JFreeChart from the same figures, so an
 * export may run on a background thread while the screen repaints. Files are written completely or not at all.
 * JavaFX is kept out of this class (the command line exports charts and has no JavaFX): the screen's viewer and the
 * clipboard image are {@link ChartOnScreen}'s.
 */
public final class ExportableChart {

    private final String name;
    private final String title;
    private final LocalDate dataDate;
    private final Supplier<JFreeChart> builder;
    private final double minimumLayoutHeight;
    private JFreeChart screenChart;

    /**
     * Public for the charts of a capability's own sub-package ({@code chart.unitindex}); the screen and the command
     * line get their charts from the factories ({@link Charts}, {@link NationalCharts}, …), never build one.
     *
     * @param name                a short name for files and ids ("linh-vuc")
     * @param builder             a new JFreeChart of the same figures each call
     * @param minimumLayoutHeight the least layout height at which the chart stays legible; 0 when any fits
     */
    public ExportableChart(String name, String title, LocalDate dataDate, Supplier<JFreeChart> builder,
                           double minimumLayoutHeight) {
        this.name = Objects.requireNonNull(name, "name");
        this.title = Objects.requireNonNull(title, "title");
        this.dataDate = Objects.requireNonNull(dataDate, "dataDate");
        this.builder = Objects.requireNonNull(builder, "builder");
        this.minimumLayoutHeight = minimumLayoutHeight;
    }

    /** A short name for files and ids: the command line's name for the chart ("linh-vuc"). */
    public String name() {
        return name;
    }

    /** The chart's title in the reader's language. */
    public String title() {
        return title;
    }

    /** The day the figures are as of. */
    public LocalDate dataDate() {
        return dataDate;
    }

    /**
     * A PNG of {@code width·scale × height·scale} pixels. Any thread.
     *
     * @param width  drawing width; text keeps its share of the picture however large it is
     * @param height drawing height
     * @param scale  pixels per drawing unit (2 for a sharp slide)
     * @param dpi    dots per inch written into the file, or null to leave the printed size to the reader
     * @throws IOException when the file cannot be written; nothing is left behind then
     */
    public void writePng(Path file, int width, int height, double scale, Integer dpi) throws IOException {
        writePng(file, width, height, scale, dpi, Progress.NONE);
    }

    /**
     * As {@link #writePng(Path, int, int, double, Integer)}, stopping when {@code progress} is cancelled: before
     * drawing, after drawing, and once the PNG is encoded but before it is moved into place – a cancelled export
     * leaves no file (and an earlier file of the same name as it was).
     */
    public void writePng(Path file, int width, int height, double scale, Integer dpi, Progress progress) throws IOException {
        Objects.requireNonNull(file, "file");
        if (dpi != null && dpi <= 0) {
            throw new IllegalArgumentException("dpi must be positive: " + dpi);
        }
        progress.step("work.step.chart", 0, 0);
        BufferedImage image = image(width, height, scale);
        progress.checkCancelled();
        AtomicFile.write(file, out -> {
            ChartFiles.writePng(out, image, dpi);
            progress.checkCancelled(); // AtomicFile then removes its new file
        });
    }

    /** A PNG at one of the usual sizes. */
    public void writePng(Path file, ExportPreset preset) throws IOException {
        writePng(file, preset, Progress.NONE);
    }

    /** A PNG at one of the usual sizes, cancellable as {@link #writePng(Path, int, int, double, Integer, Progress)}. */
    public void writePng(Path file, ExportPreset preset, Progress progress) throws IOException {
        writePng(file, preset.width(), preset.height(), preset.scale(), preset.dpi(), progress);
    }

    /**
     * The PNG of {@link #writePng(Path, ExportPreset)} as bytes, for a document that embeds the picture
     * (the DOCX, PDF and PPTX reports). Any thread.
     */
    public byte[] png(ExportPreset preset) throws IOException {
        BufferedImage image = image(preset.width(), preset.height(), preset.scale());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChartFiles.writePng(bytes, image, preset.dpi());
        return bytes.toByteArray();
    }

    /** An SVG document of {@code width × height}, UTF-8, text kept as text. Any thread. */
    public void writeSvg(Path file, int width, int height) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] svg = ChartDrawing.svg(freshChart(), width, height, minimumLayoutHeight()).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(svg));
    }

    /** The chart as a picture of {@code width·scale × height·scale} pixels. Any thread. */
    BufferedImage image(int width, int height, double scale) {
        return ChartDrawing.image(freshChart(), width, height, scale, minimumLayoutHeight());
    }

    private double minimumLayoutHeight() {
        return minimumLayoutHeight;
    }

    /**
     * The JFreeChart the screen shows, built on first call and kept: built by {@link ChartOnScreen#prepare} on the
     * thread that made the chart, so the FX thread only wraps it in a viewer. A chart only exported never builds it.
     */
    synchronized JFreeChart screenChart() {
        if (screenChart == null) {
            screenChart = builder.get();
        }
        return screenChart;
    }

    /** A new JFreeChart of the figures: each drawing for a file or a picture has its own. */
    private JFreeChart freshChart() {
        return builder.get();
    }
}

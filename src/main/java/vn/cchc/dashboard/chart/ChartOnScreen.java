package vn.cchc.dashboard.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;

/**
 * A chart in the window: its viewer and its picture for the clipboard. The only chart class that knows JavaFX, so
 * that the command line, which exports the same charts, never loads it (an architecture rule holds it so).
 */
public final class ChartOnScreen {

    private static volatile boolean fontsRegistered;

    private ChartOnScreen() {
    }

    /**
     * {@code chart}, with the JFreeChart the screen will show already built. Call it where the chart is made, off the
     * FX thread, so that {@link #viewer} has nothing left to build.
     */
    public static ExportableChart prepare(ExportableChart chart) {
        chart.screenChart();
        return chart;
    }

    /**
     * A viewer of {@code chart}'s screen chart ({@link #prepare}, else built now). FX thread only. It has no context menu
     * of its own (the screen offers copy and export through its menu) and does not zoom, pan or rotate.
     */
    public static Node viewer(ExportableChart chart) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the chart's node belongs to the JavaFX application thread");
        }
        registerFonts();
        return readOnlyViewer(chart);
    }

    /** The chart as a JavaFX image of {@code width·scale × height·scale} pixels, for the clipboard. Any thread. */
    public static Image image(ExportableChart chart, int width, int height, double scale) {
        BufferedImage image = chart.image(width, height, scale);
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fxImage = new WritableImage(w, h);
        fxImage.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fxImage;
    }

    /**
     * A viewer that only shows and explains (tooltips, chart mouse events). JFreeChart-FX 2.0.2 ignores its
     * {@code contextMenuEnabled} flag, so its "Export As" menu is switched off here; dragging would zoom or
     * pan and the mouse wheel would zoom or turn the ring, when on a dashboard it must scroll the page.
     */
    private static ChartViewer readOnlyViewer(ExportableChart chart) {
        ChartViewer viewer = new ChartViewer(chart.screenChart(), false);
        viewer.setOnContextMenuRequested(null);
        ChartCanvas canvas = viewer.getCanvas();
        for (String dragging : new String[] {"zoom", "pan"}) {
            MouseHandlerFX handler = canvas.getMouseHandler(dragging);
            if (handler != null) {
                canvas.removeMouseHandler(handler);
            }
        }
        canvas.setOnScroll(null);
        canvas.setDomainZoomable(false);
        canvas.setRangeZoomable(false);
        return viewer;
    }

    /**
     * The screen draws through JavaFX, which looks fonts up by family name in its own registry: the chart faces
     * ({@link ChartFonts}) are loaded there as well, once. FX thread only.
     */
    private static void registerFonts() {
        if (fontsRegistered) {
            return;
        }
        for (String file : new String[] {ChartFonts.REGULAR_FILE, ChartFonts.BOLD_FILE}) {
            try (InputStream in = ChartFonts.open(file)) {
                javafx.scene.text.Font.loadFont(in, 12);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + file, e);
            }
        }
        fontsRegistered = true;
    }
}

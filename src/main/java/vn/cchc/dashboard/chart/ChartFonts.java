package vn.cchc.dashboard.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * DejaVu Sans, shipped with the application: every chart font is derived from these two faces, so chart
 * text never falls back to a system font without Vietnamese glyphs (the logical "SansSerif" of a bare
 * Windows or a minimal Linux may draw boxes for "ệ" or "ữ"). A chart built for a printed document
 * ({@link #inDocumentFace}) takes Liberation Serif instead, also shipped: the Times-metric face the report's
 * text is set in, so a figure reads as part of the page rather than as a pasted screenshot.
 */
public final class ChartFonts {

    static final String FAMILY = "DejaVu Sans";
    /**
     * For SVG viewers without DejaVu: fonts with full Vietnamese coverage first, then the generic family.
     * Double quotes: JFreeSVG writes the style attribute between single quotes.
     */
    static final String SVG_FAMILY = "\"DejaVu Sans\", \"Noto Sans\", \"Segoe UI\", Arial, Helvetica, sans-serif";

    private static final String FOLDER = "/vn/cchc/dashboard/fonts/";
    static final String REGULAR_FILE = "DejaVuSans.ttf";
    static final String BOLD_FILE = "DejaVuSans-Bold.ttf";
    private static final String SERIF_REGULAR_FILE = "LiberationSerif-Regular.ttf";
    private static final String SERIF_BOLD_FILE = "LiberationSerif-Bold.ttf";
    /**
     * Set while a document's chart is built: the builders ask for fonts deep inside JFreeChart set-up code, and
     * a chart is built on one thread, so the face is chosen per thread around the build instead of being passed down.
     */
    private static final ThreadLocal<Boolean> DOCUMENT = ThreadLocal.withInitial(() -> false);

    /** Loaded and registered with AWT once, on first use, whichever thread asks first. */
    private static final class Faces {
        static final Font REGULAR = load(REGULAR_FILE);
        static final Font BOLD = load(BOLD_FILE);
    }

    private static final class SerifFaces {
        static final Font REGULAR = load(SERIF_REGULAR_FILE);
        static final Font BOLD = load(SERIF_BOLD_FILE);
    }

    private ChartFonts() {
    }

    public static Font regular(float size) {
        return (DOCUMENT.get() ? SerifFaces.REGULAR : Faces.REGULAR).deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return (DOCUMENT.get() ? SerifFaces.BOLD : Faces.BOLD).deriveFont(Font.BOLD, size);
    }

    /** What {@code build} returns, every font it asks for in the document's serif face. */
    public static <T> T inDocumentFace(Supplier<T> build) {
        boolean before = DOCUMENT.get();
        DOCUMENT.set(true);
        try {
            return build.get();
        } finally {
            DOCUMENT.set(before);
        }
    }

    private static Font load(String file) {
        try (InputStream in = open(file)) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            // False when the system already has DejaVu Sans: the system copy has the same glyphs.
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the bundled font " + file + " cannot be loaded", e);
        }
    }

    static InputStream open(String file) throws IOException {
        InputStream in = ChartFonts.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("missing resource " + FOLDER + file);
        }
        return in;
    }
}

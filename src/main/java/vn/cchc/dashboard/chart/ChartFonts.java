package vn.cchc.dashboard.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, shipped with the application: every chart font is derived from these two faces, so chart
 * text never falls back to a system font without Vietnamese glyphs (the logical "SansSerif" of a bare
 * Windows or a minimal Linux may draw boxes for "ệ" or "ữ").
 */
final class ChartFonts {

    static final String FAMILY = "DejaVu Sans";
    /**
     * For SVG viewers without DejaVu: fonts with full Vietnamese coverage first, then the generic family.
     * Double quotes: JFreeSVG writes the style attribute between single quotes.
     */
    static final String SVG_FAMILY = "\"DejaVu Sans\", \"Noto Sans\", \"Segoe UI\", Arial, Helvetica, sans-serif";

    private static final String FOLDER = "/vn/cchc/dashboard/fonts/";
    private static final String REGULAR_FILE = "DejaVuSans.ttf";
    private static final String BOLD_FILE = "DejaVuSans-Bold.ttf";

    /** Loaded and registered with AWT once, on first use, whichever thread asks first. */
    private static final class Faces {
        static final Font REGULAR = load(REGULAR_FILE);
        static final Font BOLD = load(BOLD_FILE);
    }

    private static volatile boolean registeredWithJavaFx;

    private ChartFonts() {
    }

    static Font regular(float size) {
        return Faces.REGULAR.deriveFont(Font.PLAIN, size);
    }

    static Font bold(float size) {
        return Faces.BOLD.deriveFont(Font.BOLD, size);
    }

    /**
     * The screen draws through JavaFX, which looks fonts up by family name in its own registry: load the
     * faces there as well. FX thread only.
     */
    static void registerWithJavaFx() {
        if (registeredWithJavaFx) {
            return;
        }
        for (String file : new String[] {REGULAR_FILE, BOLD_FILE}) {
            try (InputStream in = open(file)) {
                javafx.scene.text.Font.loadFont(in, 12);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + file, e);
            }
        }
        registeredWithJavaFx = true;
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

    private static InputStream open(String file) throws IOException {
        InputStream in = ChartFonts.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("missing resource " + FOLDER + file);
        }
        return in;
    }
}

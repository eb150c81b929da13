package vn.cchc.dashboard.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif (SIL OFL), shipped with the application: metric-compatible with Times New Roman, so the PDF
 * embeds it in Times' place and the DOCX writer measures with it the lines that must be as long as a text.
 */
final class SerifFonts {

    static final String REGULAR = "LiberationSerif-Regular.ttf";
    static final String BOLD = "LiberationSerif-Bold.ttf";
    static final String ITALIC = "LiberationSerif-Italic.ttf";
    static final String BOLD_ITALIC = "LiberationSerif-BoldItalic.ttf";
    private static final String FOLDER = "/vn/cchc/dashboard/fonts/";
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    /** Loaded once, on first use. */
    private static final class Bold {
        static final Font FACE = awt(BOLD);
    }

    private SerifFonts() {
    }

    static InputStream open(String file) throws IOException {
        InputStream in = SerifFonts.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("missing resource " + FOLDER + file);
        }
        return in;
    }

    /** The width of {@code text} set in bold at {@code size} points, in points. */
    static double boldWidth(String text, float size) {
        return Bold.FACE.deriveFont(size).getStringBounds(text, MEASURE).getWidth();
    }

    private static Font awt(String file) {
        try (InputStream in = open(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font " + file + " is damaged", e);
        }
    }
}

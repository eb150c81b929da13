package vn.cchc.dashboard.report;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The four faces of Liberation Serif, embedded as subsets: the PDF shows every diacritic on any machine. */
record PdfFonts(PDFont regular, PDFont bold, PDFont italic, PDFont boldItalic) {

    static PdfFonts load(PDDocument doc) throws IOException {
        return new PdfFonts(face(doc, SerifFonts.REGULAR), face(doc, SerifFonts.BOLD), face(doc, SerifFonts.ITALIC),
                face(doc, SerifFonts.BOLD_ITALIC));
    }

    private static PDFont face(PDDocument doc, String file) throws IOException {
        try (InputStream in = SerifFonts.open(file)) {
            return PDType0Font.load(doc, in, true);
        }
    }

    PDFont of(boolean bold, boolean italic) {
        return bold ? italic ? boldItalic : bold() : italic ? italic() : regular;
    }
}

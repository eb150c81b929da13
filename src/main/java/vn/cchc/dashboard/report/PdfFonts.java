package vn.cchc.dashboard.report;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The four faces of Liberation Serif, embedded as subsets: the PDF shows every diacritic on any machine. */
record PdfFonts(PDFont regular, PDFont bold, PDFont italic, PDFont boldItalic) {

    static PdfFonts load(PDDocument doc) throws IOException {
        return new PdfFonts(face(doc, SerifFonts.REGULAR), face(doc, SerifFonts.BOLD), face(doc, SerifFonts.ITALIC),
                face(doc, SerifFonts.BOLD_ITALIC));
    }

    /**
     * Without glyph substitution: the text is NFC, so every Vietnamese letter is one precomposed glyph of the
     * font, and PDFBox's substitution pass (ligatures, composing marks) compiled regular expressions for every line
     * drawn — most of a report's time. The pages look the same to the pixel either way (checked with pdftoppm).
     */
    private static PDFont face(PDDocument doc, String file) throws IOException {
        TrueTypeFont font;
        try (InputStream in = SerifFonts.open(file)) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        font.setEnableGsub(false);
        doc.registerTrueTypeFontForClosing(font);
        return PDType0Font.load(doc, font, true);
    }

    PDFont of(boolean bold, boolean italic) {
        return bold ? italic ? boldItalic : bold() : italic ? italic() : regular;
    }
}

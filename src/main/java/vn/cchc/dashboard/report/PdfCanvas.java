package vn.cchc.dashboard.report;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Pages that fill from the top: A4 with the margins of Nghị định 30/2020 (top and bottom 20 mm, left 30 mm,
 * right 15 mm), a cursor that moves down, a new page whenever what comes next does not fit, and the page
 * numbers centred in the top margin from page 2 once everything is laid out.
 */
final class PdfCanvas {

    static final float MM = 72f / 25.4f;
    static final float TOP = 20 * MM;
    static final float BOTTOM = 20 * MM;
    static final float LEFT = 30 * MM;
    static final float RIGHT = 15 * MM;

    /** How text lines up between its margins. */
    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    private final PDDocument doc;
    private final PdfText numbers;
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    /** The index of the page numbered 1 when a part (the annex) is numbered on its own; 0: the report's pages. */
    private int numberedFrom;

    PdfCanvas(PDDocument doc, PdfText numbers) {
        this.doc = doc;
        this.numbers = numbers;
    }

    void newPage(boolean landscape) throws IOException {
        closePage();
        PDRectangle a4 = PDRectangle.A4;
        page = new PDPage(landscape ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        y = page.getMediaBox().getHeight() - TOP;
    }

    private boolean landscape() {
        return page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
    }

    float left() {
        return LEFT;
    }

    float width() {
        return page.getMediaBox().getWidth() - LEFT - RIGHT;
    }

    float y() {
        return y;
    }

    float remaining() {
        return y - BOTTOM;
    }

    /** Puts the cursor back to {@code at}, to lay out a second column beside the first. */
    void moveTo(float at) {
        y = at;
    }

    void down(float points) {
        y -= points;
    }

    /** Starts a new page (of the same orientation) unless {@code height} still fits on this one. */
    void ensure(float height) throws IOException {
        if (height > remaining() && y < page.getMediaBox().getHeight() - TOP) {
            newPage(landscape());
        }
    }

    /**
     * Draws {@code text} from the cursor down, line by line, turning the page between lines as needed.
     *
     * @param leading the distance between baselines
     * @param indent  the first line's indent; {@code JUSTIFY} spreads every line but the last to the full width
     */
    void paragraph(String text, PdfText style, float leading, Align align, float indent, float x, float width)
            throws IOException {
        List<String> lines = style.wrap(text, width, indent);
        for (int i = 0; i < lines.size(); i++) {
            ensure(leading);
            y -= leading;
            float lineX = x + (i == 0 ? indent : 0);
            float lineWidth = width - (i == 0 ? indent : 0);
            boolean last = i == lines.size() - 1;
            drawLine(lines.get(i), style, align == Align.JUSTIFY && last ? Align.LEFT : align, lineX, lineWidth);
        }
    }

    /** One line of text on the baseline {@code y()}, already known to fit {@code width}. */
    void drawLine(String line, PdfText style, Align align, float x, float width) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        if (align == Align.JUSTIFY) {
            String[] words = line.split(" ");
            if (words.length > 1) {
                float used = 0;
                for (String w : words) {
                    used += style.width(w);
                }
                float gap = (width - used) / (words.length - 1);
                float at = x;
                for (String w : words) {
                    text(w, style, at, y);
                    at += style.width(w) + gap;
                }
                return;
            }
        }
        float lineWidth = style.width(line);
        float at = switch (align) {
            case CENTER -> x + (width - lineWidth) / 2;
            case RIGHT -> x + width - lineWidth;
            default -> x;
        };
        text(line, style, at, y);
    }

    void text(String text, PdfText style, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(style.font(), style.size());
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    /** A solid black line from {@code x1} to {@code x2} at height {@code at}. */
    void rule(float x1, float x2, float at, float thickness) throws IOException {
        content.setLineWidth(thickness);
        content.moveTo(x1, at);
        content.lineTo(x2, at);
        content.stroke();
    }

    void rectangle(float x, float top, float width, float height) throws IOException {
        content.setLineWidth(0.5f);
        content.addRect(x, top - height, width, height);
        content.stroke();
    }

    /** A picture {@code width} wide, centred, from the cursor down; null only takes its place. */
    void image(byte[] png, String name, float width, float height) throws IOException {
        y -= height;
        if (png == null) {
            return; // only measuring the layout
        }
        PDImageXObject image = PDImageXObject.createFromByteArray(doc, png, name);
        content.drawImage(image, LEFT + (width() - width) / 2, y, width, height);
    }

    /** Numbers the current page 1 and the pages after it on from there (the annex, filed on its own). */
    void restartNumbering() {
        numberedFrom = doc.getNumberOfPages() - 1;
    }

    /**
     * Closes the last page and numbers the pages centred in the top margin: the report's from page 2 (page 1
     * carries the heading), a part numbered on its own from its first page.
     */
    void finish() throws IOException {
        closePage();
        for (int i = 1; i < doc.getNumberOfPages(); i++) {
            PDPage numbered = doc.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(doc, numbered,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String number = String.valueOf(numberedFrom > 0 && i >= numberedFrom ? i - numberedFrom + 1 : i + 1);
                float pageWidth = numbered.getMediaBox().getWidth();
                float x = LEFT + (pageWidth - LEFT - RIGHT - numbers.width(number)) / 2;
                stream.beginText();
                stream.setFont(numbers.font(), numbers.size());
                stream.newLineAtOffset(x, numbered.getMediaBox().getHeight() - 12 * MM);
                stream.showText(number);
                stream.endText();
            }
        }
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}

package vn.cchc.dashboard.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text set in one font and size: measured, made safe for the font, and broken into lines that fit a width.
 * Vietnamese arrives composed or decomposed; it is composed (NFC) here so that every letter with its marks is
 * one glyph of the embedded font.
 */
record PdfText(PDFont font, float size) {

    /** {@code text} composed, with any character the font lacks replaced, so that drawing it never fails. */
    String safe(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\t', ' ').replace('\u00a0', ' ');
        try {
            font.encode(composed);
            return composed;
        } catch (IOException | IllegalArgumentException missing) {
            StringBuilder kept = new StringBuilder();
            composed.codePoints().forEach(cp -> kept.append(canEncode(cp) ? Character.toString(cp) : "?"));
            return kept.toString();
        }
    }

    private boolean canEncode(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    float width(String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float spaceWidth() {
        return width(" ");
    }

    /**
     * The lines of {@code text} within {@code width}, the first one {@code firstIndent} narrower; a word longer
     * than a whole line is broken where it must be.
     */
    List<String> wrap(String text, float width, float firstIndent) {
        List<String> lines = new ArrayList<>();
        // Split before making the text safe: the fonts have no glyph for a line break, which would become "?".
        for (String paragraph : text.split("\n", -1)) {
            paragraph = safe(paragraph);
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                float available = width - (lines.isEmpty() ? firstIndent : 0);
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate) <= available || line.length() == 0 && width(word) <= available) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    available = width;
                }
                String rest = word;
                while (width(rest) > available) {
                    int cut = fitting(rest, available);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                    available = width;
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private int fitting(String word, float width) {
        int cut = 1;
        while (cut < word.length() && width(word.substring(0, cut + 1)) <= width) {
            cut++;
        }
        return cut;
    }
}

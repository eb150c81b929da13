package vn.cchc.dashboard.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.cchc.dashboard.files.AtomicFile;

/**
 * A table drawn as a picture for a slide (the lagging list for the meeting): a title, a line under it, a
 * header row and rows whose long cells wrap, highlighted rows tinted. Drawn at twice its layout size so it
 * stays sharp when a slide is projected; the file is written completely or not at all.
 */
public final class TableImage {

    /** One row; {@code highlighted} rows are tinted (units behind schedule). */
    public record Row(List<String> cells, boolean highlighted) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private static final int WIDTH = 1280;
    private static final int PADDING = 28;
    private static final int CELL_PADDING = 8;
    private static final double SCALE = 2;
    private static final Color HEADER_FILL = new Color(0xf6f8fa);
    private static final Color HIGHLIGHT_FILL = new Color(0xfff1f0);

    private final String title;
    private final String subtitle;
    private final List<String> headings;
    private final double[] shares;
    private final List<Row> rows;

    /**
     * @param shares each column's share of the width, adding up to 1
     */
    public TableImage(String title, String subtitle, List<String> headings, double[] shares, List<Row> rows) {
        this.title = Objects.requireNonNull(title, "title");
        this.subtitle = Objects.requireNonNull(subtitle, "subtitle");
        this.headings = List.copyOf(headings);
        this.shares = shares.clone();
        this.rows = List.copyOf(rows);
        if (shares.length != headings.size()) {
            throw new IllegalArgumentException("one share per column");
        }
    }

    public void writePng(Path file) throws IOException {
        BufferedImage image = draw();
        AtomicFile.write(file, out -> ChartFiles.writePng(out, image, null));
    }

    BufferedImage draw() {
        Font text = ChartFonts.regular(ChartTheme.TEXT_SIZE + 2);
        Font bold = ChartFonts.bold(ChartTheme.TEXT_SIZE + 2);
        Font titleFont = ChartFonts.bold(ChartTheme.TITLE_SIZE + 5);
        Font subtitleFont = ChartFonts.regular(ChartTheme.SUBTITLE_SIZE + 1);
        // Measure on a scratch image first: the height depends on how the cells wrap.
        Graphics2D measure = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        int height = layout(measure, text, bold, titleFont, subtitleFont, false);
        measure.dispose();
        BufferedImage image = new BufferedImage((int) (WIDTH * SCALE), (int) (height * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.scale(SCALE, SCALE);
        g.setColor(ChartPalette.BACKGROUND);
        g.fillRect(0, 0, WIDTH, height);
        layout(g, text, bold, titleFont, subtitleFont, true);
        g.dispose();
        return image;
    }

    /** Lays the table out, drawing it when {@code paint}; returns the height it takes. */
    private int layout(Graphics2D g, Font text, Font bold, Font titleFont, Font subtitleFont, boolean paint) {
        int y = PADDING;
        g.setFont(titleFont);
        y += g.getFontMetrics().getAscent();
        if (paint) {
            g.setColor(ChartPalette.TEXT);
            g.drawString(title, PADDING, y);
        }
        g.setFont(subtitleFont);
        y += g.getFontMetrics().getHeight() + 4;
        if (paint) {
            g.setColor(ChartPalette.MUTED);
            g.drawString(subtitle, PADDING, y);
        }
        y += 16;
        y = row(g, headings, bold, y, HEADER_FILL, paint);
        for (Row row : rows) {
            y = row(g, row.cells(), text, y, row.highlighted() ? HIGHLIGHT_FILL : null, paint);
        }
        return y + PADDING;
    }

    private int row(Graphics2D g, List<String> cells, Font font, int top, Color fill, boolean paint) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int usable = WIDTH - 2 * PADDING;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cellLines = wrap(cells.get(i), metrics, (int) (usable * shares[i]) - 2 * CELL_PADDING);
            wrapped.add(cellLines);
            lines = Math.max(lines, cellLines.size());
        }
        int height = lines * metrics.getHeight() + 2 * CELL_PADDING;
        if (paint) {
            if (fill != null) {
                g.setColor(fill);
                g.fillRect(PADDING, top, usable, height);
            }
            g.setColor(ChartPalette.TEXT);
            int x = PADDING;
            for (int i = 0; i < wrapped.size(); i++) {
                int lineY = top + CELL_PADDING + metrics.getAscent();
                for (String line : wrapped.get(i)) {
                    g.drawString(line, x + CELL_PADDING, lineY);
                    lineY += metrics.getHeight();
                }
                x += (int) (usable * shares[i]);
            }
            g.setColor(ChartPalette.BORDER);
            g.drawLine(PADDING, top + height, PADDING + usable, top + height);
        }
        return top + height;
    }

    private static List<String> wrap(String cell, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (cell == null ? "" : cell).split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}

package vn.cchc.dashboard.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An annex table on PDF pages: the title kept with the header and the first row, the header repeated at the top
 * of every page the table runs onto, and no row ever split between two pages.
 */
final class PdfTable {

    private static final float CELL_SIZE = 10.5f;
    private static final float PADDING = 3;
    private static final float LEADING = CELL_SIZE * 1.2f;

    private final PdfCanvas canvas;
    private final PdfFonts fonts;
    private final AnnexTable table;
    private final float[] widths;

    private PdfTable(PdfCanvas canvas, PdfFonts fonts, AnnexTable table) {
        this.canvas = canvas;
        this.fonts = fonts;
        this.table = table;
        double sum = table.columns().stream().mapToDouble(AnnexTable.Column::weight).sum();
        this.widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (canvas.width() * table.columns().get(i).weight() / sum);
        }
    }

    static void draw(PdfCanvas canvas, PdfFonts fonts, AnnexTable table) throws IOException {
        new PdfTable(canvas, fonts, table).draw();
    }

    /** One row laid out: each cell's lines and the row's height. */
    private record Row(List<List<String>> cells, float height, boolean bold, boolean header) {
    }

    private void draw() throws IOException {
        PdfText titleStyle = new PdfText(fonts.bold(), 13);
        Row header = layout(table.headers(), true, true);
        List<Row> rows = new ArrayList<>();
        table.rows().forEach(r -> rows.add(layout(r, false, false)));
        if (table.total() != null) {
            rows.add(layout(table.total(), true, false));
        }
        float titleHeight = titleStyle.wrap(table.title(), canvas.width(), 0).size() * 13 * 1.3f;
        canvas.ensure(12 + titleHeight + header.height() + (rows.isEmpty() ? 0 : rows.get(0).height()));
        canvas.down(12);
        canvas.paragraph(table.title(), titleStyle, 13 * 1.3f, PdfCanvas.Align.CENTER, 0, canvas.left(), canvas.width());
        canvas.down(6);
        draw(header);
        for (Row row : rows) {
            if (row.height() > canvas.remaining()) {
                canvas.newPage(canvas.width() > 600);
                draw(header);
            }
            draw(row);
        }
        if (table.note() != null) {
            canvas.down(2);
            canvas.paragraph(table.note(), new PdfText(fonts.italic(), 11), 11 * 1.3f, PdfCanvas.Align.LEFT, 0,
                    canvas.left(), canvas.width());
        }
    }

    private Row layout(List<String> cells, boolean bold, boolean header) {
        PdfText style = new PdfText(bold ? fonts.bold() : fonts.regular(), CELL_SIZE);
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> wrapped = style.wrap(cells.get(c), widths[c] - 2 * PADDING, 0);
            lines.add(wrapped);
            most = Math.max(most, wrapped.size());
        }
        return new Row(lines, most * LEADING + 2 * PADDING, bold, header);
    }

    private void draw(Row row) throws IOException {
        PdfText style = new PdfText(row.bold() ? fonts.bold() : fonts.regular(), CELL_SIZE);
        float top = canvas.y();
        float x = canvas.left();
        for (int c = 0; c < widths.length; c++) {
            canvas.rectangle(x, top, widths[c], row.height());
            List<String> lines = row.cells().get(c);
            // Header cells are centred both ways; body cells start at the top.
            float baseline = top - PADDING - CELL_SIZE + (row.header()
                    ? -(row.height() - 2 * PADDING - lines.size() * LEADING) / 2 : 0);
            for (String line : lines) {
                float lineWidth = style.width(line);
                float at = row.header() || c == 0 && !table.columns().get(c).numeric()
                        ? x + (widths[c] - lineWidth) / 2
                        : table.columns().get(c).numeric() ? x + widths[c] - PADDING - lineWidth : x + PADDING;
                canvas.text(line, style, at, baseline);
                baseline -= LEADING;
            }
            x += widths[c];
        }
        canvas.down(row.height());
    }
}

package vn.cchc.dashboard.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/** A report table as a native PowerPoint table: the header on a dark band, thin rules, the note below it. */
final class PptxTable {

    private static final double FONT_SIZE = 12;
    private static final Color RULE = new Color(0xd0d7de);

    private PptxTable() {
    }

    static void add(XSLFSlide slide, AnnexTable table, Rectangle2D anchor) {
        XSLFTable grid = slide.createTable();
        grid.setAnchor(new Rectangle2D.Double(anchor.getX(), anchor.getY(), anchor.getWidth(), 0));
        double sum = table.columns().stream().mapToDouble(AnnexTable.Column::weight).sum();
        row(grid, table.headers(), table, true);
        table.rows().forEach(r -> row(grid, r, table, false));
        for (int c = 0; c < table.columns().size(); c++) {
            grid.setColumnWidth(c, anchor.getWidth() * table.columns().get(c).weight() / sum);
        }
        if (table.note() != null) {
            PptxSlides.text(slide, table.note(), 12, false, PptxSlides.MUTED, new Rectangle2D.Double(
                    anchor.getX(), anchor.getY() + anchor.getHeight() + 4, anchor.getWidth(), 24),
                    TextParagraph.TextAlign.LEFT);
        }
    }

    private static void row(XSLFTable grid, List<String> cells, AnnexTable table, boolean header) {
        XSLFTableRow row = grid.addRow();
        for (int c = 0; c < cells.size(); c++) {
            XSLFTableCell cell = row.addCell();
            cell.clearText();
            XSLFTextParagraph paragraph = cell.addNewTextParagraph();
            paragraph.setTextAlign(table.columns().get(c).numeric() ? TextParagraph.TextAlign.RIGHT
                    : TextParagraph.TextAlign.LEFT);
            XSLFTextRun run = paragraph.addNewTextRun();
            run.setText(cells.get(c));
            run.setFontFamily(PptxSlides.FONT);
            run.setFontSize(FONT_SIZE);
            run.setBold(header);
            run.setFontColor(header ? Color.WHITE : PptxSlides.INK);
            if (header) {
                cell.setFillColor(PptxSlides.ACCENT);
            }
            for (TableCell.BorderEdge edge : TableCell.BorderEdge.values()) {
                cell.setBorderColor(edge, RULE);
                cell.setBorderWidth(edge, 0.75);
            }
            cell.setInsets(new org.apache.poi.sl.usermodel.Insets2D(3, 5, 3, 5));
        }
    }
}

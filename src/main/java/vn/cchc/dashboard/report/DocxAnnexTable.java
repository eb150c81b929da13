package vn.cchc.dashboard.report;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** One annex table in Word: its title kept with it, a header row repeated on every page, rows that never split. */
public final class DocxAnnexTable {

    private static final int CELL_SIZE = 11;

    private DocxAnnexTable() {
    }

    public static void write(XWPFDocument doc, AnnexTable table, int width) {
        XWPFParagraph title = DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
        title.setSpacingBefore(240);
        title.setSpacingAfter(120);
        title.setKeepNext(true);
        DocxStyle.run(title, table.title(), 13, true, false);
        List<Integer> widths = DocxStyle.widths(table.columns().stream().map(AnnexTable.Column::weight).toList(), width);
        int rows = 1 + table.rows().size() + (table.total() == null ? 0 : 1);
        XWPFTable grid = DocxStyle.table(doc, rows, widths, true);
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        fill(header, table.headers(), table, true, true);
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = grid.getRow(r + 1);
            row.setCantSplitRow(true);
            fill(row, table.rows().get(r), table, false, false);
        }
        if (table.total() != null) {
            XWPFTableRow total = grid.getRow(rows - 1);
            total.setCantSplitRow(true);
            fill(total, table.total(), table, true, false);
        }
        if (table.note() != null) {
            XWPFParagraph note = DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.LEFT);
            note.setSpacingBefore(60);
            DocxStyle.run(note, table.note(), 12, false, true);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, AnnexTable table, boolean bold, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            ParagraphAlignment alignment = header ? ParagraphAlignment.CENTER
                    : table.columns().get(c).numeric() ? ParagraphAlignment.RIGHT
                    : c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
            DocxStyle.run(DocxStyle.tight(cell.getParagraphs().get(0), alignment), cells.get(c), CELL_SIZE, bold, false);
        }
    }
}

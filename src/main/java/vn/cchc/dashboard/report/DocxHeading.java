package vn.cchc.dashboard.report;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The opening of every document the app writes in the layout of Nghị định 30/2020: the borderless two-column table
 * (issuer and number on the left, the national title, motto and the place and date on the right), then the title
 * block ("BÁO CÁO", "QUYẾT ĐỊNH" and its summary line with a short line under it). Shared by the periodic report and
 * the reform index's announcement, so that both look alike and a change of layout reaches both.
 */
public final class DocxHeading {

    /** The issuer's column, about 6,5 cm. */
    private static final int LEFT_COLUMN = 3685;

    private DocxHeading() {
    }

    /** The two-column heading of {@code h}; its title block is {@link #title}'s. */
    public static void write(XWPFDocument doc, ReportHeading h) {
        XWPFTable table = DocxStyle.table(doc, 1, List.of(LEFT_COLUMN, DocxStyle.TEXT_WIDTH - LEFT_COLUMN), false);
        XWPFTableCell left = table.getRow(0).getCell(0);
        // A People's Committee has no body above it: its two bold lines start the column.
        XWPFParagraph issuing = DocxStyle.tight(left.getParagraphs().get(0), ParagraphAlignment.CENTER);
        if (!h.parentBody().isEmpty()) {
            DocxStyle.run(issuing, h.parentBody(), 13, false, false);
            issuing = DocxStyle.tight(left.addParagraph(), ParagraphAlignment.CENTER);
        }
        DocxStyle.run(issuing, h.issuingBody(), 13, true, false);
        DocxStyle.line(left.addParagraph(), LEFT_COLUMN, 1300);
        XWPFParagraph number = DocxStyle.tight(left.addParagraph(), ParagraphAlignment.CENTER);
        number.setSpacingBefore(160);
        DocxStyle.run(number, h.numberLine(), 13, false, false);
        XWPFTableCell right = table.getRow(0).getCell(1);
        int rightWidth = DocxStyle.TEXT_WIDTH - LEFT_COLUMN;
        DocxStyle.run(DocxStyle.tight(right.getParagraphs().get(0), ParagraphAlignment.CENTER), h.nation(), 13, true,
                false);
        DocxStyle.run(DocxStyle.tight(right.addParagraph(), ParagraphAlignment.CENTER), h.motto(), 14, true, false);
        DocxStyle.line(right.addParagraph(), rightWidth, (int) Math.round(SerifFonts.boldWidth(h.motto(), 14) * 20));
        XWPFParagraph date = DocxStyle.tight(right.addParagraph(), ParagraphAlignment.CENTER);
        date.setSpacingBefore(160);
        DocxStyle.run(date, h.placeAndDate(), 14, false, true);
    }

    /** The kind of document upper case and bold, its summary line bold under it (lines split at "\n"), a short line. */
    public static void title(XWPFDocument doc, String kind, String subject) {
        XWPFParagraph heading = DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
        heading.setSpacingBefore(360);
        DocxStyle.run(heading, kind, 14, true, false);
        DocxStyle.run(DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER), subject, 14, true, false);
        DocxStyle.line(doc.createParagraph(), DocxStyle.TEXT_WIDTH, 1700);
    }
}

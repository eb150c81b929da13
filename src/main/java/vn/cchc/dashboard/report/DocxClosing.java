package vn.cchc.dashboard.report;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The closing of Nghị định 30/2020 as a borderless two-column table: "Nơi nhận:" (12, bold italic) and the
 * recipients (11) on the left; the signer's authority and title (14, bold) on the right, room to sign, and the
 * name, blank in a draft.
 */
public final class DocxClosing {

    private static final int LEFT = 4535;
    private static final int SIGNATURE_LINES = 4;

    private DocxClosing() {
    }

    public static void write(XWPFDocument doc, ReportClosing closing) {
        DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.LEFT).setSpacingAfter(120);
        XWPFTable table = DocxStyle.table(doc, 1, List.of(LEFT, DocxStyle.TEXT_WIDTH - LEFT), false);
        // The signature block never breaks across pages: "KT. CHỦ TỊCH" must stand over "PHÓ CHỦ TỊCH".
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        DocxStyle.run(DocxStyle.tight(left.getParagraphs().get(0), ParagraphAlignment.LEFT), closing.recipientsLabel(),
                12, true, true);
        for (String recipient : closing.printedRecipients()) {
            DocxStyle.run(DocxStyle.tight(left.addParagraph(), ParagraphAlignment.LEFT), recipient, 11, false, false);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph first = right.getParagraphs().get(0);
        List<String> lines = closing.signerLines();
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = DocxStyle.tight(i == 0 ? first : right.addParagraph(), ParagraphAlignment.CENTER);
            DocxStyle.run(p, lines.get(i), 14, true, false);
        }
        for (int i = 0; i < SIGNATURE_LINES; i++) {
            DocxStyle.run(DocxStyle.tight(right.addParagraph(), ParagraphAlignment.CENTER), "", 14, false, false);
        }
        DocxStyle.run(DocxStyle.tight(right.addParagraph(), ParagraphAlignment.CENTER), closing.signerName(), 14, true,
                false);
    }
}

package vn.cchc.dashboard.report.unitindex;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import vn.cchc.dashboard.report.AnnexTable;
import vn.cchc.dashboard.report.DocxAnnexTable;
import vn.cchc.dashboard.report.DocxClosing;
import vn.cchc.dashboard.report.DocxHeading;
import vn.cchc.dashboard.report.DocxStyle;

/**
 * An announcement document in Word, with the periodic report's pieces (heading, title block, body paragraphs,
 * closing, annex tables): a decision's articles with their bold "Điều 1.", its centred authority and "QUYẾT ĐỊNH:",
 * and the annex on a page of its own, portrait, its five columns fitting the page.
 */
public final class DocxAnnouncementWriter {

    private final XWPFDocument doc = new XWPFDocument();

    private DocxAnnouncementWriter() {
    }

    public static void write(AnnouncementDocument document, OutputStream out) throws IOException {
        DocxAnnouncementWriter writer = new DocxAnnouncementWriter();
        try (XWPFDocument doc = writer.doc) {
            writer.compose(document);
            doc.write(out);
        }
    }

    private void compose(AnnouncementDocument d) {
        doc.getProperties().getCoreProperties().setTitle(d.fileTitle());
        DocxStyle.defaults(doc);
        DocxStyle.pageSetup(doc);
        DocxHeading.write(doc, d.heading());
        DocxHeading.title(doc, d.heading().kind(), d.heading().subject());
        XWPFParagraph after = DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
        after.setSpacingAfter(120);
        if (!d.heading().addressee().isEmpty()) {
            after.setSpacingBefore(240);
            after.setSpacingAfter(240);
            DocxStyle.run(after, d.heading().addressee(), 14, false, false);
        }
        for (Piece piece : d.body()) {
            piece(piece);
        }
        DocxClosing.write(doc, d.closing());
        if (!d.annexTitle().isEmpty()) {
            annex(d);
        }
    }

    private void piece(Piece piece) {
        if (piece instanceof Piece.Centred centred) {
            XWPFParagraph p = DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
            p.setSpacingBefore(120);
            p.setSpacingAfter(120);
            p.setKeepNext(true);
            DocxStyle.run(p, centred.text(), 14, true, false);
        } else if (piece instanceof Piece.Heading heading) {
            XWPFParagraph p = DocxStyle.body(doc);
            p.setSpacingBefore(heading.level() == 1 ? 120 : 60);
            p.setKeepNext(true);
            DocxStyle.run(p, heading.text(), DocxStyle.BODY_SIZE, true, false);
        } else if (piece instanceof Piece.Article article) {
            XWPFParagraph p = DocxStyle.body(doc);
            DocxStyle.run(p, article.label() + " ", DocxStyle.BODY_SIZE, true, false);
            DocxStyle.run(p, article.body(), DocxStyle.BODY_SIZE, false, false);
        } else if (piece instanceof Piece.Item item) {
            DocxStyle.run(DocxStyle.body(doc), "- " + item.text(), DocxStyle.BODY_SIZE, false, false);
        } else if (piece instanceof Piece.Placeholder placeholder) {
            DocxStyle.run(DocxStyle.body(doc), "[" + placeholder.text() + "]", DocxStyle.BODY_SIZE, false, true);
        } else {
            DocxStyle.run(DocxStyle.body(doc), piece.text(), DocxStyle.BODY_SIZE, false, false);
        }
    }

    /** "Phụ lục", its title and "(Kèm theo Quyết định số …)" at the top of a new page, then a table per group. */
    private void annex(AnnouncementDocument d) {
        for (int i = 0; i < d.annexTitle().size(); i++) {
            XWPFParagraph p = DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
            p.setPageBreak(i == 0);
            DocxStyle.run(p, d.annexTitle().get(i), 14, true, false);
        }
        XWPFParagraph reference = DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
        reference.setSpacingAfter(120);
        DocxStyle.run(reference, d.annexReference(), 14, false, true);
        DocxStyle.line(doc.createParagraph(), DocxStyle.TEXT_WIDTH, 1700);
        for (AnnexTable table : d.annex()) {
            DocxAnnexTable.write(doc, table, DocxStyle.TEXT_WIDTH);
        }
    }
}

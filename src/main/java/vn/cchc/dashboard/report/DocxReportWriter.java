package vn.cchc.dashboard.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.cchc.dashboard.work.Progress;

/**
 * The report as a Word document in the layout of Nghị định 30/2020: the two-column heading, the title block,
 * the justified body with its headings and figures, "Nơi nhận" and the signature, then the annex on landscape
 * pages with header rows that repeat and rows that never split. The number, the day and the signer's name are
 * left blank for the office.
 */
public final class DocxReportWriter {

    private static final int LEFT_COLUMN = 3685;
    private static final int PICTURE_WIDTH_PT = 453;

    private final Report report;
    private final FigureImages images;
    private final ReportSteps steps;
    /** Word's lines run a little taller than the PDF layout's: the room kept free when that layout fits a figure. */
    private static final float LAYOUT_SLACK = 28;

    private final XWPFDocument doc = new XWPFDocument();
    private List<Double> figureScales = List.of();
    private int figureCount;

    private DocxReportWriter(Report report, FigureImages images, Progress progress) {
        this.report = report;
        this.images = images;
        this.steps = ReportSteps.ofDocument(report, progress);
    }

    public static void write(Report report, OutputStream out) throws IOException {
        write(report, out, Progress.NONE);
    }

    /** As {@link #write(Report, OutputStream)}, each part a step of {@code progress} where a cancel stops it. */
    public static void write(Report report, OutputStream out, Progress progress) throws IOException {
        write(report, new FigureImages(report), out, progress);
    }

    static void write(Report report, FigureImages images, OutputStream out) throws IOException {
        write(report, images, out, Progress.NONE);
    }

    private static void write(Report report, FigureImages images, OutputStream out, Progress progress)
            throws IOException {
        DocxReportWriter writer = new DocxReportWriter(report, images, progress);
        try (XWPFDocument doc = writer.doc) {
            writer.compose();
            doc.write(out);
        }
    }

    private void compose() throws IOException {
        figureScales = report.figures().isEmpty() ? List.of() : PdfReportWriter.figureScales(report, LAYOUT_SLACK);
        doc.getProperties().getCoreProperties().setTitle(report.fileTitle());
        DocxStyle.defaults(doc);
        DocxStyle.pageSetup(doc);
        heading();
        title();
        for (Block block : report.body()) {
            steps.next();
            block(block);
        }
        steps.next();
        DocxClosing.write(doc, report.closing());
        if (report.annexTitle() != null) {
            annex();
        }
    }

    private void heading() {
        ReportHeading h = report.heading();
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

    private void title() {
        XWPFParagraph kind = DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
        kind.setSpacingBefore(360);
        DocxStyle.run(kind, report.heading().kind(), 14, true, false);
        DocxStyle.run(DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER), report.heading().subject(), 14,
                true, false);
        DocxStyle.line(doc.createParagraph(), DocxStyle.TEXT_WIDTH, 1700);
        XWPFParagraph addressee = DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
        addressee.setSpacingBefore(240);
        addressee.setSpacingAfter(240);
        DocxStyle.run(addressee, report.heading().addressee(), 14, false, false);
    }

    private XWPFParagraph bodyParagraph() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(DocxStyle.FIRST_LINE_INDENT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        return p;
    }

    private void block(Block block) throws IOException {
        if (block instanceof Block.Heading heading) {
            XWPFParagraph p = bodyParagraph();
            p.setSpacingBefore(heading.level() == 1 ? 120 : 60);
            p.setKeepNext(true);
            DocxStyle.run(p, heading.text(), DocxStyle.BODY_SIZE, true, heading.level() == 3);
        } else if (block instanceof Block.Item item) {
            DocxStyle.run(bodyParagraph(), "- " + item.text(), DocxStyle.BODY_SIZE, false, false);
        } else if (block instanceof Block.Placeholder placeholder) {
            DocxStyle.run(bodyParagraph(), "[" + placeholder.text() + "]", DocxStyle.BODY_SIZE, false, true);
        } else if (block instanceof Block.Figure figure) {
            figure(figure.figure());
        } else {
            DocxStyle.run(bodyParagraph(), block.text(), DocxStyle.BODY_SIZE, false, false);
        }
    }

    /** The figure at the size the layout found room for, so that no page before it is left a third blank. */
    private void figure(ReportFigure figure) throws IOException {
        XWPFParagraph picture = DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
        picture.setKeepNext(true);
        picture.setSpacingBefore(120);
        double scale = figureScales.size() > figureCount ? figureScales.get(figureCount) : 1;
        figureCount++;
        int widthPt = (int) Math.round(PICTURE_WIDTH_PT * scale);
        int heightPt = (int) Math.round(PICTURE_WIDTH_PT * scale / FigureImages.aspect());
        try {
            picture.createRun().addPicture(new ByteArrayInputStream(images.png(figure)), PictureType.PNG,
                    figure.kind().name().toLowerCase(java.util.Locale.ROOT) + ".png",
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("the chart picture could not be embedded", e);
        }
        XWPFParagraph caption = DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
        caption.setSpacingAfter(200);
        DocxStyle.run(caption, figure.caption(), 13, false, true);
    }

    /** The annex in a landscape section of its own, so that its wide tables keep readable columns. */
    private void annex() {
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        XWPFParagraph end = doc.createParagraph();
        CTSectPr portrait = end.getCTP().addNewPPr().addNewSectPr();
        portrait.set(body.copy());
        body.unsetTitlePg();
        DocxStyle.page(body, true);
        // The annex is numbered on its own, from 1, as an attachment the office may file apart from the report.
        (body.isSetPgNumType() ? body.getPgNumType() : body.addNewPgNumType()).setStart(java.math.BigInteger.ONE);
        String[] lines = report.annexTitle().split("\n");
        for (int i = 0; i < lines.length; i++) {
            DocxStyle.run(DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER), lines[i], 14, true, false);
        }
        XWPFParagraph reference = DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
        reference.setSpacingAfter(200);
        DocxStyle.run(reference, report.annexReference(), 14, false, true);
        for (AnnexTable table : report.annex()) {
            steps.next();
            DocxAnnexTable.write(doc, table, DocxStyle.LANDSCAPE_TEXT_WIDTH);
        }
    }
}

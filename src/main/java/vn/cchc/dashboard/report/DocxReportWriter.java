package vn.cchc.dashboard.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.cchc.dashboard.work.Progress;

/**
 * The report as a Word document in the layout of Nghị định 30/2020: the two-column heading, the title block,
 * the justified body with its headings and figures, "Nơi nhận" and the signature, then the annex on landscape
 * pages with header rows that repeat and rows that never split. The number, the day and the signer's name are
 * left blank for the office.
 */
public final class DocxReportWriter {

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
        DocxHeading.write(doc, report.heading());
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

    private void title() {
        DocxHeading.title(doc, report.heading().kind(), report.heading().subject());
        XWPFParagraph addressee = DocxStyle.tight(doc.createParagraph(), ParagraphAlignment.CENTER);
        addressee.setSpacingBefore(240);
        addressee.setSpacingAfter(240);
        DocxStyle.run(addressee, report.heading().addressee(), 14, false, false);
    }

    private XWPFParagraph bodyParagraph() {
        return DocxStyle.body(doc);
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

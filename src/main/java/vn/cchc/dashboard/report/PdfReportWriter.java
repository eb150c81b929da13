package vn.cchc.dashboard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import vn.cchc.dashboard.work.Progress;

/**
 * The report as PDF, laid out like the DOCX: the heading of Nghị định 30/2020 on page 1, the justified body
 * with its figures, the closing blocks kept together, and the annex on landscape pages. Fonts are embedded;
 * pages are numbered from 2.
 */
public final class PdfReportWriter {

    private static final float BODY = 14;
    private static final float LEADING = BODY * 1.3f;
    private static final float INDENT = 12.7f * PdfCanvas.MM;
    private static final float AFTER = 6;
    private static final float LEFT_COLUMN = 65 * PdfCanvas.MM;
    private static final float PICTURE_WIDTH = 453;

    private final Report report;
    private final FigureImages images;
    private final PdfFonts fonts;
    private final PdfCanvas canvas;
    private final ReportSteps steps;
    /** Points kept free at each page's foot when fitting a figure: 0 for the PDF itself. */
    private final float slack;
    private final List<Double> scales = new ArrayList<>();

    private PdfReportWriter(Report report, FigureImages images, PdfFonts fonts, PdfCanvas canvas, Progress progress,
                            float slack) {
        this.report = report;
        this.images = images;
        this.fonts = fonts;
        this.canvas = canvas;
        this.steps = ReportSteps.ofDocument(report, progress);
        this.slack = slack;
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
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(report.fileTitle());
            info.setCreator("CCHC Dashboard");
            doc.getDocumentCatalog().setLanguage(report.language().locale().toLanguageTag());
            PdfFonts fonts = PdfFonts.load(doc);
            PdfCanvas canvas = new PdfCanvas(doc, new PdfText(fonts.regular(), 13));
            new PdfReportWriter(report, images, fonts, canvas, progress, 0).compose();
            canvas.finish();
            doc.save(out);
        }
    }

    private PdfText style(float size, boolean bold, boolean italic) {
        return new PdfText(fonts.of(bold, italic), size);
    }

    private void compose() throws IOException {
        canvas.newPage(false);
        heading();
        title();
        for (Block block : report.body()) {
            steps.next();
            block(block);
        }
        steps.next();
        closing();
        if (report.annexTitle() != null) {
            canvas.newPage(true);
            canvas.restartNumbering();
            for (String line : report.annexTitle().split("\n")) {
                centred(line, style(14, true, false), 14 * 1.3f);
            }
            centred(report.annexReference(), style(14, false, true), 14 * 1.3f);
            canvas.down(10);
            for (AnnexTable table : report.annex()) {
                steps.next();
                PdfTable.draw(canvas, fonts, table);
            }
        }
    }

    private void centred(String text, PdfText style, float leading) throws IOException {
        canvas.paragraph(text, style, leading, PdfCanvas.Align.CENTER, 0, canvas.left(), canvas.width());
    }

    /** The two columns of the heading, each laid out from the same top. */
    private void heading() throws IOException {
        ReportHeading h = report.heading();
        float top = canvas.y();
        float x = canvas.left();
        if (!h.parentBody().isEmpty()) {
            column(h.parentBody(), style(13, false, false), x, LEFT_COLUMN);
        }
        column(h.issuingBody(), style(13, true, false), x, LEFT_COLUMN);
        float lineWidth = LEFT_COLUMN / 3;
        canvas.rule(x + (LEFT_COLUMN - lineWidth) / 2, x + (LEFT_COLUMN + lineWidth) / 2, canvas.y() - 6, 0.6f);
        canvas.down(10);
        column(h.numberLine(), style(13, false, false), x, LEFT_COLUMN);
        float leftEnd = canvas.y();
        canvas.moveTo(top);
        float rightX = x + LEFT_COLUMN;
        float rightWidth = canvas.width() - LEFT_COLUMN;
        column(h.nation(), style(13, true, false), rightX, rightWidth);
        PdfText motto = style(14, true, false);
        column(h.motto(), motto, rightX, rightWidth);
        float mottoWidth = motto.width(motto.safe(h.motto()));
        canvas.rule(rightX + (rightWidth - mottoWidth) / 2, rightX + (rightWidth + mottoWidth) / 2, canvas.y() - 4, 0.6f);
        canvas.down(10);
        column(h.placeAndDate(), style(14, false, true), rightX, rightWidth);
        canvas.moveTo(Math.min(leftEnd, canvas.y()));
    }

    private void column(String text, PdfText style, float x, float width) throws IOException {
        canvas.paragraph(text, style, style.size() * 1.2f, PdfCanvas.Align.CENTER, 0, x, width);
    }

    private void title() throws IOException {
        canvas.down(22);
        centred(report.heading().kind(), style(14, true, false), LEADING);
        centred(report.heading().subject(), style(14, true, false), LEADING);
        float width = canvas.width() / 4;
        canvas.rule(canvas.left() + (canvas.width() - width) / 2, canvas.left() + (canvas.width() + width) / 2,
                canvas.y() - 8, 0.6f);
        canvas.down(16);
        centred(report.heading().addressee(), style(14, false, false), LEADING);
        canvas.down(14);
    }

    private void block(Block block) throws IOException {
        if (block instanceof Block.Heading heading) {
            canvas.ensure(LEADING * 3);
            canvas.down(heading.level() == 1 ? 6 : 3);
            body(heading.text(), style(BODY, true, heading.level() == 3));
        } else if (block instanceof Block.Item item) {
            body("- " + item.text(), style(BODY, false, false));
        } else if (block instanceof Block.Placeholder placeholder) {
            body("[" + placeholder.text() + "]", style(BODY, false, true));
        } else if (block instanceof Block.Figure figure) {
            figure(figure.figure());
        } else {
            body(block.text(), style(BODY, false, false));
        }
    }

    private void body(String text, PdfText style) throws IOException {
        canvas.paragraph(text, style, LEADING, PdfCanvas.Align.JUSTIFY, INDENT, canvas.left(), canvas.width());
        canvas.down(AFTER);
    }

    /** The figure as large as the space left allows, down to {@link FigureFit#LEAST}; else on the next page. */
    private void figure(ReportFigure figure) throws IOException {
        float full = (float) (PICTURE_WIDTH / FigureImages.aspect());
        PdfText captionStyle = style(13, false, true);
        float around = 4 + 4 + captionStyle.wrap(figure.caption(), canvas.width(), 0).size() * 13 * 1.3f + 10;
        double scale = FigureFit.scale(full, around, canvas.remaining() - slack);
        if (scale == 0) {
            canvas.newPage(false);
            scale = 1;
        }
        scales.add(scale);
        canvas.down(4);
        canvas.image(images == null ? null : images.png(figure), figure.kind().name(), (float) (PICTURE_WIDTH * scale),
                (float) (full * scale));
        canvas.down(4);
        centred(figure.caption(), captionStyle, 13 * 1.3f);
        canvas.down(10);
    }

    /**
     * The scale each figure gets in this layout, {@code slack} points short of every page's foot: Word lays the
     * DOCX out with the same font and near the same line heights, so these scales fit its pages too when given a
     * little room for Word's slightly taller lines. Lays the report out without drawing the pictures.
     */
    static List<Double> figureScales(Report report, float slack) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc);
            PdfCanvas canvas = new PdfCanvas(doc, new PdfText(fonts.regular(), 13));
            PdfReportWriter layout = new PdfReportWriter(report, null, fonts, canvas, Progress.NONE, slack);
            canvas.newPage(false);
            layout.heading();
            layout.title();
            for (Block block : report.body()) {
                layout.block(block);
            }
            canvas.finish();
            return List.copyOf(layout.scales);
        }
    }

    /** "Nơi nhận" and the signature, kept together on one page. */
    private void closing() throws IOException {
        ReportClosing closing = report.closing();
        float leftWidth = canvas.width() * 0.48f;
        PdfText recipients = style(11, false, false);
        List<String> lines = closing.printedRecipients();
        float leftHeight = 12 * 1.3f + lines.stream()
                .mapToInt(l -> recipients.wrap(l, leftWidth, 0).size()).sum() * 11 * 1.2f;
        float rightHeight = (closing.signerLines().size() + 6) * LEADING;
        canvas.ensure(Math.max(leftHeight, rightHeight) + 12);
        canvas.down(12);
        float top = canvas.y();
        canvas.paragraph(closing.recipientsLabel(), style(12, true, true), 12 * 1.3f, PdfCanvas.Align.LEFT, 0,
                canvas.left(), leftWidth);
        for (String line : lines) {
            canvas.paragraph(line, recipients, 11 * 1.2f, PdfCanvas.Align.LEFT, 0, canvas.left(), leftWidth);
        }
        float leftEnd = canvas.y();
        canvas.moveTo(top);
        float rightX = canvas.left() + leftWidth;
        float rightWidth = canvas.width() - leftWidth;
        for (String line : closing.signerLines()) {
            canvas.paragraph(line, style(14, true, false), LEADING, PdfCanvas.Align.CENTER, 0, rightX, rightWidth);
        }
        canvas.down(4 * LEADING);
        canvas.paragraph(closing.signerName(), style(14, true, false), LEADING, PdfCanvas.Align.CENTER, 0, rightX,
                rightWidth);
        canvas.moveTo(Math.min(leftEnd, canvas.y()));
    }
}

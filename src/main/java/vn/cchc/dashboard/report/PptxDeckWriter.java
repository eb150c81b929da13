package vn.cchc.dashboard.report;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import vn.cchc.dashboard.work.Progress;

/**
 * The briefing deck for the meeting, 16:9: a title slide with the headline, one slide per figure as a native,
 * editable PowerPoint chart, and the units behind schedule as a native table. Every slide carries the data date.
 */
public final class PptxDeckWriter {

    static final double WIDTH = 960;
    static final double HEIGHT = 540;
    static final String FONT = "Arial";
    static final Color INK = new Color(0x1f2328);
    static final Color MUTED = new Color(0x57606a);
    static final Color ACCENT = new Color(0x0b4f8a);
    private static final double MARGIN = 40;

    private final Report report;
    private final XMLSlideShow ppt;
    private final ReportSteps steps;

    private PptxDeckWriter(Report report, XMLSlideShow ppt, Progress progress) {
        this.report = report;
        this.ppt = ppt;
        this.steps = ReportSteps.ofDeck(report, progress);
    }

    public static void write(Report report, OutputStream out) throws IOException {
        write(report, out, Progress.NONE);
    }

    /** As {@link #write(Report, OutputStream)}, each slide a step of {@code progress} where a cancel stops it. */
    public static void write(Report report, OutputStream out, Progress progress) throws IOException {
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            ppt.getProperties().getCoreProperties().setTitle(report.fileTitle());
            new PptxDeckWriter(report, ppt, progress).compose();
            ppt.write(out);
        }
    }

    private void compose() {
        steps.next();
        titleSlide();
        for (ReportFigure figure : report.figures()) {
            steps.next();
            XSLFSlide slide = slide(figure.title());
            if (figure.note() != null) {
                text(slide, figure.note(), 16, false, MUTED, new Rectangle2D.Double(MARGIN, 62, WIDTH - 2 * MARGIN, 26),
                        TextParagraph.TextAlign.LEFT);
            }
            PptxCharts.add(ppt, slide, figure, new Rectangle2D.Double(MARGIN, 90, WIDTH - 2 * MARGIN, 390));
        }
        if (report.lagging() != null) {
            steps.next();
            XSLFSlide slide = slide(report.lagging().title());
            PptxTable.add(slide, report.lagging(), new Rectangle2D.Double(MARGIN, 86, WIDTH - 2 * MARGIN, 380));
        }
    }

    private void titleSlide() {
        XSLFSlide slide = ppt.createSlide();
        ReportHeading h = report.heading();
        // The issuer as the document names it, on one line: "ỦY BAN NHÂN DÂN TỈNH MINH GIANG".
        String issuer = h.issuingBody().replace('\n', ' ');
        text(slide, h.parentBody().isEmpty() ? issuer : h.parentBody() + " · " + issuer, 16, false, MUTED,
                new Rectangle2D.Double(MARGIN, 60, WIDTH - 2 * MARGIN, 30), TextParagraph.TextAlign.CENTER);
        text(slide, h.kind() + "\n" + h.subject(), 34, true, ACCENT,
                new Rectangle2D.Double(MARGIN, 140, WIDTH - 2 * MARGIN, 130), TextParagraph.TextAlign.CENTER);
        text(slide, report.headline(), 24, false, INK,
                new Rectangle2D.Double(MARGIN + 40, 300, WIDTH - 2 * MARGIN - 80, 110), TextParagraph.TextAlign.CENTER);
        stamp(slide);
    }

    private XSLFSlide slide(String title) {
        XSLFSlide slide = ppt.createSlide();
        text(slide, title, 26, true, ACCENT, new Rectangle2D.Double(MARGIN, 24, WIDTH - 2 * MARGIN, 50),
                TextParagraph.TextAlign.LEFT);
        stamp(slide);
        return slide;
    }

    /** The data date and source at the foot of every slide: a slide shown alone still says when its figures are from. */
    private void stamp(XSLFSlide slide) {
        text(slide, report.dataNote(), 11, false, MUTED,
                new Rectangle2D.Double(MARGIN, HEIGHT - 46, WIDTH - 2 * MARGIN, 34), TextParagraph.TextAlign.LEFT);
    }

    static XSLFTextBox text(XSLFSlide slide, String text, double size, boolean bold, Color colour, Rectangle2D anchor,
                            TextParagraph.TextAlign align) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.clearText();
        List<String> lines = List.of(text.split("\n"));
        for (String line : lines) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            paragraph.setTextAlign(align);
            XSLFTextRun run = paragraph.addNewTextRun();
            run.setText(line);
            run.setFontFamily(FONT);
            run.setFontSize(size);
            run.setBold(bold);
            run.setFontColor(colour);
        }
        return box;
    }
}

package vn.cchc.dashboard.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import vn.cchc.dashboard.work.Progress;

/**
 * The briefing deck for the meeting, 16:9: a title slide with the headline, one slide per figure as a native,
 * editable PowerPoint chart, and the units behind schedule as a native table. Every slide carries the data date.
 */
public final class PptxDeckWriter {

    private static final double WIDTH = PptxSlides.WIDTH;
    private static final double MARGIN = PptxSlides.MARGIN;
    private static final Color INK = PptxSlides.INK;
    private static final Color MUTED = PptxSlides.MUTED;
    private static final Color ACCENT = PptxSlides.ACCENT;

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
        try (XMLSlideShow ppt = PptxSlides.deck(report.fileTitle())) {
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
        return PptxSlides.titled(ppt, title, report.dataNote());
    }

    private void stamp(XSLFSlide slide) {
        PptxSlides.stamp(slide, report.dataNote());
    }

    private static void text(XSLFSlide slide, String text, double size, boolean bold, Color colour, Rectangle2D anchor,
                             TextParagraph.TextAlign align) {
        PptxSlides.text(slide, text, size, bold, colour, anchor, align);
    }
}

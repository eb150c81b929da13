package vn.cchc.dashboard.report;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * The look of the briefing deck, for every slide the app writes: 16:9, Arial, the title in the accent colour at the
 * top left, the source and data date at the foot. The meeting's deck ({@link PptxDeckWriter}) and a capability's own
 * slides ({@code report.unitindex}) are built from these pieces, so a slide dropped into the deck looks like its own.
 */
public final class PptxSlides {

    public static final double WIDTH = 960;
    public static final double HEIGHT = 540;
    public static final double MARGIN = 40;
    /** Where a slide's content starts, under its title. */
    public static final double CONTENT_TOP = 90;
    /** Where a slide's content ends, above its stamp. */
    public static final double CONTENT_BOTTOM = HEIGHT - 50;
    static final String FONT = "Arial";
    public static final Color INK = new Color(0x1f2328);
    public static final Color MUTED = new Color(0x57606a);
    public static final Color ACCENT = new Color(0x0b4f8a);

    private PptxSlides() {
    }

    /** An empty 16:9 deck whose document title is {@code title}. */
    public static XMLSlideShow deck(String title) {
        XMLSlideShow ppt = new XMLSlideShow();
        ppt.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
        ppt.getProperties().getCoreProperties().setTitle(title);
        return ppt;
    }

    /** A new slide with {@code title} at the top and {@code stamp} (source, data date) at the foot. */
    public static XSLFSlide titled(XMLSlideShow ppt, String title, String stamp) {
        XSLFSlide slide = ppt.createSlide();
        text(slide, title, 26, true, ACCENT, new Rectangle2D.Double(MARGIN, 24, WIDTH - 2 * MARGIN, 50),
                TextParagraph.TextAlign.LEFT);
        stamp(slide, stamp);
        return slide;
    }

    /** The data date and source at the foot of a slide: a slide shown alone still says when its figures are from. */
    public static void stamp(XSLFSlide slide, String stamp) {
        text(slide, stamp, 11, false, MUTED, new Rectangle2D.Double(MARGIN, HEIGHT - 46, WIDTH - 2 * MARGIN, 34),
                TextParagraph.TextAlign.LEFT);
    }

    /** A PNG placed in {@code anchor} (points). */
    public static XSLFPictureShape picture(XMLSlideShow ppt, XSLFSlide slide, byte[] png, Rectangle2D anchor) {
        XSLFPictureData data = ppt.addPicture(png, PictureData.PictureType.PNG);
        XSLFPictureShape picture = slide.createPicture(data);
        picture.setAnchor(anchor);
        return picture;
    }

    /** {@code table} as a native table: the header on the accent band, thin rules, its note under it. */
    public static void table(XSLFSlide slide, AnnexTable table, Rectangle2D anchor) {
        PptxTable.add(slide, table, anchor);
    }

    /** A text box of one paragraph per line of {@code text}, wrapped inside {@code anchor}. */
    public static XSLFTextBox text(XSLFSlide slide, String text, double size, boolean bold, Color colour, Rectangle2D anchor,
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

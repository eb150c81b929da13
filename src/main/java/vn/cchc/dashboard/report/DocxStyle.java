package vn.cchc.dashboard.report;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The layout rules of Nghị định 30/2020 (Phụ lục I) as Word sees them: A4, margins 20/20/30/15 mm, Times New
 * Roman, page numbers centred in the top margin from page 2, and the small paragraph and table helpers the
 * report writer builds with. Measures are in twentieths of a point (twips) as in WordprocessingML.
 */
public final class DocxStyle {

    public static final String FONT = "Times New Roman";
    public static final int A4_WIDTH = 11906;
    public static final int A4_HEIGHT = 16838;
    public static final int MARGIN_TOP = 1134;
    public static final int MARGIN_BOTTOM = 1134;
    public static final int MARGIN_LEFT = 1701;
    public static final int MARGIN_RIGHT = 851;
    /** The text width on a portrait page: 21 cm less 3 cm and 1,5 cm. */
    public static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** The text width of the landscape annex. */
    public static final int LANDSCAPE_TEXT_WIDTH = A4_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT;
    /** 1,27 cm. */
    public static final int FIRST_LINE_INDENT = 720;
    public static final int BODY_SIZE = 14;

    private DocxStyle() {
    }

    /** Times New Roman for everything typed into the document later, too. */
    public static void defaults(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
    }

    /** The page of the body: A4 portrait, its margins, page numbers from page 2. */
    public static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        page(section, false);
        section.addNewTitlePg();
        XWPFHeader numbered = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = numbered.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        // The number shown until Word updates the field; Word and LibreOffice update it when they lay out.
        CTR shown = field.addNewR();
        CTRPr look = shown.addNewRPr();
        CTFonts fonts = look.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        look.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        shown.addNewT().setStringValue("2");
        // The first page carries the national heading instead of a number.
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
    }

    public static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_HEIGHT : A4_WIDTH));
        size.setH(BigInteger.valueOf(landscape ? A4_WIDTH : A4_HEIGHT));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    public static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        // In the order of the schema's run properties: fonts, bold, italic, size.
        run.setFontFamily(FONT);
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        run.setFontSize(size);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    /** A justified body paragraph: first-line indent 1,27 cm, 6 pt after, line spacing 1,15. */
    public static XWPFParagraph body(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(FIRST_LINE_INDENT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        return p;
    }

    /** A paragraph with no space around it, for the heading's blocks. */
    public static XWPFParagraph tight(XWPFParagraph p, ParagraphAlignment alignment) {
        p.setAlignment(alignment);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1, LineSpacingRule.AUTO);
        return p;
    }

    /**
     * A solid line of {@code width} twips centred in {@code available}: an empty, nearly flat paragraph with a
     * bottom border, indented from both sides (the line under the issuer, the motto and the title).
     */
    public static void line(XWPFParagraph p, int available, int width) {
        tight(p, ParagraphAlignment.CENTER);
        int indent = Math.max(0, (available - width) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingBetween(4, LineSpacingRule.EXACT);
        p.setBorderBottom(Borders.SINGLE);
        p.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(6));
    }

    /** A table of fixed column widths (twips), borderless when {@code borders} is false. */
    public static XWPFTable table(XWPFDocument doc, int rows, List<Integer> widths, boolean borders) {
        XWPFTable table = doc.createTable(rows, widths.size());
        int total = widths.stream().mapToInt(Integer::intValue).sum();
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(total));
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
                ? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        widths.forEach(w -> grid.addNewGridCol().setW(BigInteger.valueOf(w)));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < widths.size(); c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(String.valueOf(widths.get(c)));
            }
        }
        if (!borders) {
            table.removeBorders();
        }
        return table;
    }

    /** Twips of a share of {@code total}, by weight. */
    public static List<Integer> widths(List<Double> weights, int total) {
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        return weights.stream().map(w -> (int) Math.round(total * w / sum)).toList();
    }
}

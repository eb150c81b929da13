package vn.cchc.dashboard.report.unitindex;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import vn.cchc.dashboard.chart.ExportPreset;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.chart.unitindex.UnitIndexCharts;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.report.AnnexTable;
import vn.cchc.dashboard.report.PptxSlides;

/**
 * The ranking slide for the meeting that announces the index: one 16:9 slide in the briefing deck's look, the ranking
 * chart as a picture and, when the group has at least seven ranked units, the top three and bottom three beside it
 * (with fewer, the chart alone says it all, and the table would repeat it).
 */
public final class UnitIndexSlideWriter {

    /** Three at the top and three at the bottom, without repeating a unit. */
    private static final int ENDS = 3;
    private static final double TABLE_WIDTH = 270;
    private static final double GAP = 16;

    private UnitIndexSlideWriter() {
    }

    /**
     * @param ranking as {@code UnitIndexService.ranking(year, group)} returns it
     * @param madeOn  the day the slide is made, stated at its foot
     */
    public static void write(List<IndexRanking.Ranked> ranking, int year, IndexGroup group, LocalDate madeOn,
                             Messages messages, OutputStream out) throws IOException {
        String title = UnitIndexCharts.title(year, group, messages);
        ExportableChart chart = UnitIndexCharts.ranking(ranking, year, group, messages);
        List<IndexRanking.Ranked> ranked = ranking.stream().filter(r -> r.result().index() != null).toList();
        boolean table = ranked.size() >= 2 * ENDS + 1;
        try (XMLSlideShow ppt = PptxSlides.deck(title)) {
            XSLFSlide slide = PptxSlides.titled(ppt, title, messages.format("unitIndex.chart.slide.stamp",
                    String.valueOf(year), messages.formats().date(madeOn)));
            double width = PptxSlides.WIDTH - 2 * PptxSlides.MARGIN - (table ? TABLE_WIDTH + GAP : 0);
            double height = Math.min(PptxSlides.CONTENT_BOTTOM - PptxSlides.CONTENT_TOP, width * 9 / 16);
            width = height * 16 / 9;
            PptxSlides.picture(ppt, slide, chart.png(ExportPreset.SLIDE_16_9),
                    new Rectangle2D.Double(PptxSlides.MARGIN, PptxSlides.CONTENT_TOP, width, height));
            if (table) {
                PptxSlides.table(slide, ends(ranked, messages), new Rectangle2D.Double(
                        PptxSlides.WIDTH - PptxSlides.MARGIN - TABLE_WIDTH, PptxSlides.CONTENT_TOP + 24, TABLE_WIDTH, 0));
                PptxSlides.text(slide, messages.get("unitIndex.chart.slide.table.title"), 14, true, PptxSlides.INK,
                        new Rectangle2D.Double(PptxSlides.WIDTH - PptxSlides.MARGIN - TABLE_WIDTH, PptxSlides.CONTENT_TOP - 4,
                                TABLE_WIDTH, 26), org.apache.poi.sl.usermodel.TextParagraph.TextAlign.LEFT);
            }
            ppt.write(out);
        }
    }

    /** Rank · unit · index for the first three and the last three, a "…" row between them. */
    static AnnexTable ends(List<IndexRanking.Ranked> ranked, Messages messages) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ENDS; i++) {
            rows.add(row(ranked.get(i), messages));
        }
        rows.add(List.of("…", "…", "…"));
        for (int i = ranked.size() - ENDS; i < ranked.size(); i++) {
            rows.add(row(ranked.get(i), messages));
        }
        return new AnnexTable(messages.get("unitIndex.chart.slide.table.title"), List.of(
                new AnnexTable.Column(messages.get("unitIndex.chart.slide.table.rank"), 1, false),
                new AnnexTable.Column(messages.get("unitIndex.chart.slide.table.unit"), 4.2, false),
                new AnnexTable.Column(messages.get("unitIndex.chart.slide.table.index"), 1.5, true)), rows, null, null);
    }

    private static List<String> row(IndexRanking.Ranked r, Messages messages) {
        return List.of(r.rank() + (r.tied() ? "=" : ""), r.result().unitName(), messages.formats().decimal(r.result().index()));
    }
}

package vn.cchc.dashboard.chart.unitindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.chart.ExportPreset;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexRanking;
import vn.cchc.dashboard.domain.unitindex.UnitIndexResult;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The ranking and the area heatmap of a fixed ranking: the bars in announced order with shared ranks marked, the cells
 * equal to the percentages worked out by hand, an exempt area greyed, and both written as PNG and SVG.
 */
class UnitIndexChartsTest {

    static final Messages VI = Messages.of(Language.VI);

    @TempDir
    Path folder;

    static final CriteriaSet SET = new CriteriaSet(2025, IndexGroup.DEPARTMENTS, List.of(
            line("1", null, "Công tác chỉ đạo, điều hành cải cách hành chính", 10, 1),
            line("1.1", "1", "Kế hoạch CCHC năm", 4, 2), line("1.2", "1", "Báo cáo CCHC", 6, 3),
            line("2", null, "Cải cách thể chế", 8, 4), line("2.1", "2", "Rà soát văn bản QPPL", 8, 5),
            line("3", null, "Cải cách thủ tục hành chính", 12, 6), line("3.1", "3", "Công bố, công khai TTHC", 12, 7),
            line("4", null, "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", 70, 8),
            line("4.1", "4", "Dịch vụ công trực tuyến", 70, 9)));

    static Criterion line(String code, String parent, String title, double max, int order) {
        return new Criterion(code, parent, title, BigDecimal.valueOf(max), "", order);
    }

    static UnitIndexResult result(long id, String name, String index, String[]... losses) {
        return new UnitIndexResult(id, name, BigDecimal.ZERO, BigDecimal.valueOf(100), index == null ? null : new BigDecimal(index),
                List.of(), java.util.Arrays.stream(losses).map(l -> new UnitIndexResult.AreaLoss(l[0], new BigDecimal(l[1]),
                        new BigDecimal(l[2]))).toList());
    }

    /** Two departments share the second place; Thanh tra tỉnh is exempt from all of area 3; one unit has no index. */
    static final List<IndexRanking.Ranked> RANKING = IndexRanking.rank(List.of(
            result(1, "Sở Y tế", "90.75", new String[] {"1", "1", "10"}, new String[] {"2", "0", "8"},
                    new String[] {"3", "2", "12"}, new String[] {"4", "6.25", "70"}),
            result(2, "Sở Tư pháp", "92.50", new String[] {"1", "1.5", "10"}, new String[] {"2", "0.5", "8"},
                    new String[] {"3", "1", "12"}, new String[] {"4", "4.5", "70"}),
            result(3, "Văn phòng UBND tỉnh", null),
            result(4, "Sở Nội vụ", "90.75", new String[] {"1", "0", "10"}, new String[] {"2", "2", "8"},
                    new String[] {"3", "3", "12"}, new String[] {"4", "4.25", "70"}),
            result(5, "Thanh tra tỉnh", "80.00", new String[] {"1", "2", "10"}, new String[] {"2", "1", "8"},
                    new String[] {"4", "14.4", "80"}),
            result(6, "Sở Văn hóa, Thể thao và Du lịch", "85.10", new String[] {"1", "3", "10"},
                    new String[] {"2", "1.5", "8"}, new String[] {"3", "2.5", "12"}, new String[] {"4", "7.9", "70"})));

    @Test
    void theRankingDrawsTheUnitsWithAnIndexInAnnouncedOrderWithSharedRanksMarked() {
        JFreeChart chart = RankingChart.build(RANKING, 2025, IndexGroup.DEPARTMENTS, VI);
        CategoryPlot plot = chart.getCategoryPlot();

        assertThat(chart.getTitle().getText()).isEqualTo("Chỉ số CCHC năm 2025 của các sở, ban, ngành");
        assertThat(plot.getDataset().getColumnKeys()).map(Object::toString).containsExactly("1. Sở Tư pháp",
                "2= Sở Nội vụ", "2= Sở Y tế", "4. Sở Văn hóa, Thể thao và Du lịch", "5. Thanh tra tỉnh");
        assertThat(java.util.stream.IntStream.range(0, 5).mapToObj(i -> plot.getDataset().getValue(0, i).toString()))
                .containsExactly("92.50", "90.75", "90.75", "85.10", "80.00");
        // (92,50 + 90,75 + 90,75 + 85,10 + 80,00) / 5 = 87,82
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).singleElement()
                .satisfies(m -> assertThat(((org.jfree.chart.plot.ValueMarker) m).getValue()).isEqualTo(87.82))
                .satisfies(m -> assertThat(((org.jfree.chart.plot.ValueMarker) m).getLabel()).isEqualTo("Bình quân 87,82"));
        assertThat(texts(chart)).contains("5 đơn vị được xếp hạng; bình quân 87,82",
                "\"=\": đồng hạng (các đơn vị có cùng chỉ số làm tròn hai chữ số thập phân)",
                "Không có trong biểu đồ vì chưa có chỉ số: Văn phòng UBND tỉnh");
    }

    @Test
    void theHeatmapsCellsAreThePercentagesWorkedOutByHandAndAnExemptAreaIsGreyed() {
        AreaHeatmap map = AreaHeatmap.of(RANKING, SET, VI);

        assertThat(map.areas()).map(AreaHeatmap.Area::code).containsExactly("1", "2", "3", "4");
        assertThat(map.rows()).containsExactly("1. Sở Tư pháp", "2= Sở Nội vụ", "2= Sở Y tế",
                "4. Sở Văn hóa, Thể thao và Du lịch", "5. Thanh tra tỉnh");
        // Sở Tư pháp: (10 − 1,5)/10, (8 − 0,5)/8, (12 − 1)/12, (70 − 4,5)/70.
        assertThat(map.cells().get(0)).containsExactly(new BigDecimal("85.00"), new BigDecimal("93.75"),
                new BigDecimal("91.67"), new BigDecimal("93.57"));
        // Thanh tra tỉnh: nothing of area 3 applies to it.
        assertThat(map.cells().get(4)).containsExactly(new BigDecimal("80.00"), new BigDecimal("87.50"), null,
                new BigDecimal("82.00"));
        assertThat(HeatmapChart.fill(null, 50)).isEqualTo(vn.cchc.dashboard.chart.ChartPalette.NOT_APPLICABLE);
        assertThat(HeatmapChart.fill(new BigDecimal("100"), 50)).isNotEqualTo(HeatmapChart.fill(new BigDecimal("60"), 50));

        JFreeChart chart = HeatmapChart.build(map, 2025, IndexGroup.DEPARTMENTS, VI);
        assertThat(((HeatmapChart.GridPlot) chart.getPlot()).map()).isEqualTo(map);
        assertThat(chart.getTitle().getText()).isEqualTo("Chỉ số CCHC năm 2025 của các sở, ban, ngành: điểm đạt theo lĩnh vực");
    }

    @Test
    void bothChartsWritePngAndSvgWithEveryDiacritic() throws Exception {
        for (ExportableChart chart : List.of(UnitIndexCharts.ranking(RANKING, 2025, IndexGroup.DEPARTMENTS, VI),
                UnitIndexCharts.heatmap(RANKING, SET, VI))) {
            Path png = folder.resolve(chart.name() + ".png");
            chart.writePng(png, ExportPreset.SLIDE_16_9);
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(3200);
            assertThat(image.getHeight()).isEqualTo(1800);
            Path svg = folder.resolve(chart.name() + ".svg");
            chart.writeSvg(svg, 1600, 900);
            assertThat(Files.readString(svg, StandardCharsets.UTF_8)).startsWith("<?xml").contains("Sở Tư pháp")
                    .contains("Sở Văn hóa, Thể thao và Du lịch").contains("</svg>");
            copyForALook(png);
        }
    }

    @Test
    void aGroupWithoutAnyIndexSaysSoInsteadOfDrawingEmptyAxes() throws Exception {
        List<IndexRanking.Ranked> none = IndexRanking.rank(List.of(result(3, "Văn phòng UBND tỉnh", null)));
        for (ExportableChart chart : List.of(UnitIndexCharts.ranking(none, 2026, IndexGroup.COMMUNES, VI),
                UnitIndexCharts.heatmap(none, SET, VI))) {
            Path png = folder.resolve(chart.name() + ".png");
            chart.writePng(png, ExportPreset.SCREEN);
            assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(960);
        }
        assertThat(RankingChart.build(none, 2026, IndexGroup.COMMUNES, VI).getPlot().getNoDataMessage())
                .isEqualTo("Chưa có đơn vị nào có Chỉ số CCHC năm 2026.");
    }

    private static List<String> texts(JFreeChart chart) {
        List<String> texts = new java.util.ArrayList<>();
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle text) {
                texts.add(text.getText());
            }
        }
        return texts;
    }

    /** With -Dcchc.chartLook=FOLDER, a copy to look at. */
    private static void copyForALook(Path png) throws java.io.IOException {
        String look = System.getProperty("cchc.chartLook");
        if (look != null) {
            Files.createDirectories(Path.of(look));
            Files.copy(png, Path.of(look).resolve(png.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

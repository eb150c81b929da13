package vn.cchc.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.national.IndexKind;
import vn.cchc.dashboard.domain.national.NationalResults;
import vn.cchc.dashboard.domain.national.ProvinceScore;
import vn.cchc.dashboard.domain.national.Standing;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/** The ranking and component charts: every province in rank order, the province picked out, the average marked. */
class NationalChartsTest {

    static final Messages VI = Messages.of(Language.VI);

    @TempDir
    Path folder;

    /** 63 provinces from 92,98% down by 0,13 points, Hưng Yên 12th, two components. */
    static NationalResults results() {
        List<ProvinceScore> provinces = new ArrayList<>();
        for (int i = 0; i < 63; i++) {
            String name = i == 0 ? "Hải Phòng" : i == 11 ? "Tỉnh Hưng Yên" : "Tỉnh số " + (i + 1);
            BigDecimal total = new BigDecimal("92.98").subtract(new BigDecimal("0.13").multiply(BigDecimal.valueOf(i)));
            provinces.add(new ProvinceScore(name, total, Arrays.asList(total.add(BigDecimal.ONE),
                    i == 11 ? null : total.subtract(BigDecimal.ONE))));
        }
        return new NationalResults(IndexKind.PAR_INDEX, 2024, List.of("Cải cách thể chế",
                "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH"), provinces, "par-index-2024.xlsx",
                Instant.parse("2025-05-12T02:00:00Z"), "Nguyễn Thị Hạnh");
    }

    @Test
    void theRankingListsEveryProvinceInRankOrderAndPicksOutTheProvince() {
        NationalResults results = results();
        Standing standing = Standing.of(results, null, "Hưng Yên").orElseThrow();

        JFreeChart chart = NationalRankingChart.build(results, standing, VI);

        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset().getColumnCount()).isEqualTo(63);
        assertThat(plot.getDataset().getColumnKey(0).toString()).isEqualTo("1. Hải Phòng");
        assertThat(plot.getDataset().getColumnKey(11).toString()).isEqualTo("12. Hưng Yên");
        assertThat(plot.getRenderer().getItemPaint(0, 11)).isEqualTo(NationalRankingChart.PROVINCE);
        assertThat(plot.getRenderer().getItemPaint(0, 10)).isEqualTo(NationalRankingChart.OTHERS);
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).singleElement()
                .satisfies(m -> assertThat(((org.jfree.chart.plot.ValueMarker) m).getValue())
                        .isEqualTo(results.average().doubleValue()));
        assertThat(plot.getRangeAxis().getLowerBound()).as("a round figure below the lowest total").isEqualTo(80);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Chỉ số (%), trục ngang bắt đầu từ 80%");
    }

    @Test
    void theSvgKeepsEveryDiacriticAndTheFiguresInVietnameseFormat() throws IOException {
        NationalResults results = results();
        Standing standing = Standing.of(results, null, "Hưng Yên").orElseThrow();
        Path svg = folder.resolve("xep-hang.svg");

        NationalCharts.ranking(results, standing, VI).writeSvg(svg, 1600, 900);

        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains(
                "Xếp hạng PAR INDEX năm 2024 của các tỉnh, thành phố",
                "Hưng Yên xếp hạng 12/63 với 91,55%; bình quân cả nước 88,95%",
                "Bình quân cả nước 88,95%", "12. Hưng Yên", "91,55%",
                "Nguồn: kết quả PAR INDEX năm 2024 do Bộ Nội vụ công bố (tệp par-index-2024.xlsx)");
    }

    @Test
    void theProvincesBarIsDrawnInTheAccentColourOnThePicture() throws IOException {
        NationalResults results = results();
        ExportableChart chart = NationalCharts.rankingForDocument(results,
                Standing.of(results, null, "Hưng Yên").orElseThrow(), VI);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png(ExportPreset.A4_REPORT)));

        assertThat(chart.name()).isEqualTo("xep-hang-par-2024");
        assertThat(count(image, NationalRankingChart.PROVINCE.getRGB())).as("one bar's pixels").isBetween(200L, 40_000L);
        assertThat(count(image, NationalRankingChart.OTHERS.getRGB())).isGreaterThan(count(image,
                NationalRankingChart.PROVINCE.getRGB()) * 20);
    }

    @Test
    void withoutTheProvinceTheRankingShowsAllProvincesAlike() throws IOException {
        NationalResults results = results();
        JFreeChart chart = NationalRankingChart.build(results, null, VI);

        assertThat(chart.getCategoryPlot().getRenderer().getItemPaint(0, 11)).isEqualTo(NationalRankingChart.OTHERS);
        assertThat(chart.getCategoryPlot().getFixedLegendItems().getItemCount()).isEqualTo(1);
    }

    @Test
    void theComponentChartSetsTheProvinceBesideTheAverageAndTheBest() throws IOException {
        Standing standing = Standing.of(results(), null, "Hưng Yên").orElseThrow();
        Path svg = folder.resolve("thanh-phan.svg");

        NationalCharts.components(standing, VI).writeSvg(svg, 1600, 900);
        JFreeChart chart = NationalComponentChart.build(standing, VI);

        assertThat(chart.getCategoryPlot().getDataset().getRowKeys()).extracting(Object::toString)
                .containsExactly("Hưng Yên", "Bình quân cả nước", "Cao nhất cả nước");
        // Hưng Yên has no figure on the second component: no bar rather than a bar at 0.
        assertThat(chart.getCategoryPlot().getDataset().getValue(0, 1)).isNull();
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("Chỉ số thành phần PAR INDEX năm 2024:"
                + " Hưng Yên so với cả nước", "Cải cách thể chế", "92,55%");
    }

    private static long count(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }
}

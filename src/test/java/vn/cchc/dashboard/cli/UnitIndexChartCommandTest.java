package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code unit-index chart} and {@code unit-index slide} on the sample: last year's departments and communes as PNG and
 * SVG at the usual sizes, and the ranking on one slide with its title, picture and top-and-bottom table.
 */
class UnitIndexChartCommandTest {

    @TempDir
    Path folder;

    @BeforeEach
    void sample() {
        assertThat(CliRunner.run(folder, "demo").exitCode()).isZero();
    }

    @Test
    void theRankingAndTheHeatmapAreWrittenAsPngAndSvgAtTheChosenPreset() throws Exception {
        Path png = folder.resolve("xep-hang.png");
        CliRunner.Run ranking = CliRunner.run(folder, "unit-index", "chart", "--year", "2025", "--group", "so-nganh",
                "--kind", "ranking", "--out", png.toString(), "--preset", "slide");
        assertThat(ranking.exitCode()).as(ranking.err()).isZero();
        assertThat(ranking.out()).startsWith("Đã ghi biểu đồ \"Chỉ số CCHC năm 2025 của các sở, ban, ngành\" vào ");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(3200);
        assertThat(image.getHeight()).isEqualTo(1800);

        Path svg = folder.resolve("linh-vuc.svg");
        CliRunner.Run heatmap = CliRunner.run(folder, "unit-index", "chart", "--year", "2025", "--group", "so-nganh",
                "--kind", "heatmap", "--out", svg.toString());
        assertThat(heatmap.exitCode()).as(heatmap.err()).isZero();
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("Sở Tư pháp")
                .contains("Xây dựng và phát triển Chính phủ điện tử, Chính phủ số");

        Path communes = folder.resolve("xa.png");
        CliRunner.Run local = CliRunner.run(folder, "unit-index", "chart", "--year", "2025", "--group", "xa",
                "--kind", "heatmap", "--out", communes.toString(), "--preset", "a4");
        assertThat(local.exitCode()).as(local.err()).isZero();
        assertThat(ImageIO.read(communes.toFile()).getWidth()).isEqualTo(1890);
        look(png, communes);
        Path departments = folder.resolve("linh-vuc.png");
        CliRunner.run(folder, "unit-index", "chart", "--year", "2025", "--group", "so-nganh", "--kind", "heatmap",
                "--out", departments.toString(), "--preset", "slide");
        Path communeRanking = folder.resolve("xa-xep-hang.png");
        CliRunner.run(folder, "unit-index", "chart", "--year", "2025", "--group", "xa", "--out",
                communeRanking.toString(), "--preset", "slide");
        look(departments, communeRanking);
    }

    @Test
    void anUnknownKindOrPresetIsRefusedInOneSentenceAndWritesNothing() {
        Path png = folder.resolve("x.png");
        CliRunner.Run kind = CliRunner.run(folder, "unit-index", "chart", "--year", "2025", "--group", "so-nganh",
                "--kind", "pie", "--out", png.toString());
        assertThat(kind.exitCode()).isNotZero();
        assertThat(kind.err()).contains("Không có biểu đồ \"pie\"; hãy dùng --kind ranking");
        CliRunner.Run preset = CliRunner.run(folder, "unit-index", "chart", "--year", "2025", "--group", "so-nganh",
                "--out", png.toString(), "--preset", "poster");
        assertThat(preset.err()).contains("Không có cỡ xuất \"poster\"");
        assertThat(png).doesNotExist();
    }

    @Test
    void theSlideHasTheTitleTheRankingAsAPictureAndTheTopAndBottomThree() throws Exception {
        Path pptx = folder.resolve("xep-hang.pptx");
        CliRunner.Run run = CliRunner.run(folder, "unit-index", "slide", "--year", "2025", "--group", "so-nganh",
                "--out", pptx.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Đã ghi trang trình chiếu \"Chỉ số CCHC năm 2025 của các sở, ban, ngành\" vào ");
        try (InputStream in = Files.newInputStream(pptx); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertThat(ppt.getSlides()).hasSize(1);
            XSLFSlide slide = ppt.getSlides().get(0);
            assertThat(slide.getShapes()).filteredOn(XSLFTextShape.class::isInstance).map(s -> ((XSLFTextShape) s).getText())
                    .contains("Chỉ số CCHC năm 2025 của các sở, ban, ngành", "Dẫn đầu và cuối bảng")
                    .anyMatch(t -> t.startsWith("Nguồn: kết quả chấm điểm Chỉ số CCHC năm 2025; trang lập ngày "));
            assertThat(slide.getShapes()).filteredOn(XSLFPictureShape.class::isInstance).singleElement()
                    .satisfies(p -> assertThat(((XSLFPictureShape) p).getPictureData().getData()).isNotEmpty());
            XSLFTable table = (XSLFTable) slide.getShapes().stream().filter(XSLFTable.class::isInstance).findFirst().orElseThrow();
            assertThat(table.getNumberOfRows()).isEqualTo(8);
            assertThat(table.getCell(0, 1).getText()).isEqualTo("Đơn vị");
            assertThat(table.getCell(1, 0).getText()).isEqualTo("1");
            assertThat(table.getCell(4, 0).getText()).isEqualTo("…");
            Files.write(folder.resolve("slide.png"), ((XSLFPictureShape) slide.getShapes().stream()
                    .filter(XSLFPictureShape.class::isInstance).findFirst().orElseThrow()).getPictureData().getData());
        }
    }

    /** With -Dcchc.chartLook=FOLDER, copies to look at. */
    private static void look(Path... pngs) throws java.io.IOException {
        String look = System.getProperty("cchc.chartLook");
        if (look != null) {
            Files.createDirectories(Path.of(look));
            for (Path png : pngs) {
                Files.copy(png, Path.of(look).resolve("cli-" + png.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}

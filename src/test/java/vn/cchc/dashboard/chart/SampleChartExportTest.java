package vn.cchc.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.CancelAt;
import vn.cchc.dashboard.work.CancelledException;
import vn.cchc.dashboard.work.Progress;
import vn.cchc.dashboard.work.Tracker;

/** Every chart of the sample province, exported as a report or a slide would take it. */
class SampleChartExportTest {

    static ChartInput sample;
    static final Messages VI = Messages.of(Language.VI);
    static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path folder;

    @BeforeAll
    static void openSample(@TempDir Path dataFolder) {
        sample = SampleCharts.sample(dataFolder);
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void pngHasTheScaledPixelSizeAndIsNotBlank(ChartKind kind) throws Exception {
        Path file = folder.resolve(kind.cliName() + ".png");
        Charts.create(kind, sample, VI).writePng(file, 800, 450, 2, null);

        BufferedImage image = ChartFilesReader.png(file);
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
        ChartFilesReader.PixelStats stats = ChartFilesReader.stats(image);
        assertThat(stats.distinctColours()).as("anti-aliased text and palette colours").isGreaterThan(100);
        assertThat(stats.inkShare()).as("share of non-white pixels").isBetween(0.03, 0.6);
        assertThat(ChartFilesReader.dpi(file)).isNull();
        assertThat(ChartFilesReader.filesIn(folder)).as("no temporary file left").containsExactly(file);
    }

    @Test
    void aPngCancelledBeforeOrAfterDrawingOrOnceEncodedLeavesNoFileAndTheEarlierOneAsItWas() throws Exception {
        Path file = folder.resolve("slide.png");
        Files.writeString(file, "hình tuần trước");
        ExportableChart chart = Charts.create(ChartKind.AREA_PROGRESS, sample, VI);
        // The third safe point is the second time the work asks without news: inside the file, before its move.
        Tracker encoded = new Tracker();
        Progress cancelOnceEncoded = new Progress() {
            private int asked;

            @Override
            public void step(String key, long done, long total) {
                encoded.step(key, done, total);
            }

            @Override
            public void checkCancelled() {
                if (++asked == 2) {
                    encoded.cancel();
                }
                encoded.checkCancelled();
            }
        };

        for (Progress cancel : List.of(new CancelAt("work.step.chart", 0), CancelAt.after("work.step.chart", 0),
                cancelOnceEncoded)) {
            assertThatThrownBy(() -> chart.writePng(file, ExportPreset.SLIDE_16_9, cancel))
                    .isInstanceOf(CancelledException.class);
            assertThat(ChartFilesReader.filesIn(folder)).as("no temporary file left").containsExactly(file);
            assertThat(Files.readString(file)).isEqualTo("hình tuần trước");
        }
    }

    @Test
    void pngCarriesTheDpiForItsPrintedSize() throws Exception {
        Path file = folder.resolve("a4.png");
        Charts.create(ChartKind.AREA_PROGRESS, sample, VI).writePng(file, ExportPreset.A4_REPORT);

        BufferedImage image = ChartFilesReader.png(file);
        assertThat(image.getWidth()).isEqualTo(1890);
        assertThat(image.getHeight()).isEqualTo(1063);
        assertThat(ChartFilesReader.dpi(file)).isEqualTo(300);
    }

    @ParameterizedTest
    @CsvSource({
            "AREA_PROGRESS, Tiến độ thực hiện nhiệm vụ theo lĩnh vực cải cách, Cải cách thủ tục hành chính",
            "AREA_PROGRESS, Tiến độ thực hiện nhiệm vụ theo lĩnh vực cải cách, Quá hạn chưa hoàn thành",
            "UNIT_PROGRESS, Tỷ lệ hoàn thành nhiệm vụ của các đơn vị chủ trì, 'Sở, ban, ngành'",
            "UNIT_PROGRESS, Tỷ lệ hoàn thành nhiệm vụ của các đơn vị chủ trì, 'UBND cấp xã'",
            "PROGRESS_OVER_TIME, Nhiệm vụ hoàn thành lũy kế so với kế hoạch, Đã hoàn thành (thực tế)",
            "PROGRESS_OVER_TIME, Nhiệm vụ hoàn thành lũy kế so với kế hoạch, T12",
            "STATUS_DONUT, Tình hình thực hiện nhiệm vụ, 62/99",
            "YEAR_OVER_YEAR, Tỷ lệ hoàn thành so với cùng kỳ năm trước, 'Năm 2025: '"})
    void svgKeepsTheVietnameseTextAsText(ChartKind kind, String title, String label) throws Exception {
        Path file = folder.resolve(kind.cliName() + ".svg");
        Charts.create(kind, sample, VI).writeSvg(file, 800, 450);

        List<String> texts = ChartFilesReader.svgTexts(file);
        assertThat(texts).contains(title);
        assertThat(texts).anyMatch(t -> t.contains(label));
        assertThat(texts).anyMatch(t -> t.startsWith("Nguồn: ") && t.endsWith("Số liệu tính đến 23/11/2026"));
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(svg).contains("font-family: \"DejaVu Sans\"").contains("sans-serif");
        assertThat(svg).doesNotContain("linearGradient", "radialGradient");
    }

    @Test
    void theDonutShowsTheHeadlineAndEveryCategoryWithItsShare() throws Exception {
        Path file = folder.resolve("donut.svg");
        Charts.create(ChartKind.STATUS_DONUT, sample, VI).writeSvg(file, 800, 450);
        assertThat(ChartFilesReader.svgTexts(file)).contains("62/99 nhiệm vụ, đạt 62,63% so với kế hoạch năm",
                "Hoàn thành đúng hạn: 37 (37,37%)", "Nhiệm vụ thường xuyên: 15 (15,15%)", "62/99");
    }

    @Test
    void areaBarsEndWithTheirCompletedOverPlanned() throws Exception {
        Path file = folder.resolve("areas.svg");
        Charts.create(ChartKind.AREA_PROGRESS, sample, VI).writeSvg(file, 800, 450);
        List<String> texts = ChartFilesReader.svgTexts(file);
        sample.summary().byArea().forEach(area ->
                assertThat(texts).contains(VI.formats().ratio(area.count().completed(), area.count().planned())));
    }

    @ParameterizedTest
    @CsvSource({"AREA_PROGRESS, Task progress by reform area, Administrative procedure reform",
            "UNIT_PROGRESS, Task completion rate by lead unit, Departments and agencies",
            "PROGRESS_OVER_TIME, Tasks completed to date against the plan, Dec",
            "STATUS_DONUT, Task status, Completed on time: 37 (37.37%)",
            "YEAR_OVER_YEAR, Completion rate compared with the same time last year, '2025: '"})
    void englishMessagesGiveEnglishCharts(ChartKind kind, String title, String label) throws Exception {
        Path file = folder.resolve(kind.cliName() + "-en.svg");
        Charts.create(kind, sample, EN).writeSvg(file, 800, 450);

        List<String> texts = ChartFilesReader.svgTexts(file);
        assertThat(texts).contains(title);
        assertThat(texts).anyMatch(t -> t.contains(label));
        assertThat(texts).anyMatch(t -> t.startsWith("Source: ") && t.endsWith("Data as of 23/11/2026"));
    }

    @Test
    void aLargerCanvasDrawsTheSameLayoutMagnifiedSoTextKeepsItsShare() throws Exception {
        Path small = folder.resolve("small.svg");
        Path large = folder.resolve("large.svg");
        ExportableChart chart = Charts.create(ChartKind.UNIT_PROGRESS, sample, VI);
        chart.writeSvg(small, 800, 450);
        chart.writeSvg(large, 1600, 900);
        assertThat(ChartFilesReader.svgTexts(large)).isEqualTo(ChartFilesReader.svgTexts(small));
        assertThat(ChartDrawing.magnification(1890, 1063, 0)).isCloseTo(2.362, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(ChartDrawing.magnification(400, 300, 0)).isEqualTo(1);
    }

    @Test
    void aSecondExportReplacesTheFirst() throws Exception {
        Path file = folder.resolve("chart.png");
        ExportableChart chart = Charts.create(ChartKind.STATUS_DONUT, sample, VI);
        chart.writePng(file, 400, 225, 1, null);
        chart.writePng(file, ExportPreset.SCREEN);
        assertThat(ChartFilesReader.png(file).getWidth()).isEqualTo(960);
        assertThat(ChartFilesReader.filesIn(folder)).containsExactly(file);
    }
}

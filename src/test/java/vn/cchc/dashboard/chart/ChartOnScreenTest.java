package vn.cchc.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/** The chart on screen (headless JavaFX) and on the clipboard. */
class ChartOnScreenTest {

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theViewerShowsTheChartPreparedOffTheFxThreadWithoutASaveMenuOfItsOwn() throws Exception {
        ExportableChart chart = Charts.create(ChartKind.AREA_PROGRESS, ChartEdgeCasesTest.withOneTask(), Messages.of(Language.VI));
        ChartOnScreen.prepare(chart);
        Node first = WaitForAsyncUtils.asyncFx(() -> ChartOnScreen.viewer(chart)).get();

        assertThat(first).isInstanceOf(ChartViewer.class);
        ChartViewer viewer = (ChartViewer) first;
        assertThat(viewer.getOnContextMenuRequested()).as("no built-in Export As menu").isNull();
        assertThat(viewer.getCanvas().getOnScroll()).as("the wheel scrolls the page").isNull();
        assertThat(viewer.getCanvas().getMouseHandler("zoom")).isNull();
        assertThat(viewer.getCanvas().getMouseHandler("pan")).isNull();
        assertThat(viewer.getChart().getTitle().getText()).isEqualTo("Tiến độ thực hiện nhiệm vụ theo lĩnh vực cải cách");
        assertThat(javafx.scene.text.Font.getFamilies()).as("loaded for JavaFX too").contains("DejaVu Sans");
    }

    @Test
    void theNodeIsRefusedOffTheFxThread() {
        ExportableChart chart = Charts.create(ChartKind.STATUS_DONUT, ChartEdgeCasesTest.withOneTask(), Messages.of(Language.VI));
        assertThatThrownBy(() -> ChartOnScreen.viewer(chart)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theClipboardImageHasTheScaledSizeAndOpaqueChartPixels() {
        ExportableChart chart = Charts.create(ChartKind.STATUS_DONUT, ChartEdgeCasesTest.withOneTask(), Messages.of(Language.EN));
        Image image = ChartOnScreen.image(chart, 480, 270, 2);

        assertThat(image.getWidth()).isEqualTo(960);
        assertThat(image.getHeight()).isEqualTo(540);
        PixelReader pixels = image.getPixelReader();
        assertThat(pixels.getArgb(0, 0)).as("white, not transparent").isEqualTo(0xffffffff);
        boolean overdueRed = false;
        for (int x = 0; x < 960 && !overdueRed; x += 2) {
            overdueRed = (pixels.getArgb(x, 270) & 0xffffff) == ChartPalette.OVERDUE.getRGB() - 0xff000000;
        }
        assertThat(overdueRed).as("the ring's only section, in the overdue colour, crosses the middle line").isTrue();
    }
}

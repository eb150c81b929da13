package vn.cchc.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;

/** A chart for a document is set in the document's serif face; the screen's keeps DejaVu Sans. */
class DocumentFaceTest {

    @TempDir
    Path folder;

    @Test
    void aDocumentsChartIsSetInTheSerifFaceAndTheScreensIsNot() {
        ChartInput input = SampleCharts.sample(folder);
        Messages messages = Messages.of(Language.VI);
        for (ChartKind kind : new ChartKind[] {ChartKind.STATUS_DONUT, ChartKind.AREA_PROGRESS, ChartKind.UNIT_PROGRESS}) {
            JFreeChart document = ChartFonts.inDocumentFace(() -> Charts.build(kind, input, messages));
            JFreeChart screen = Charts.build(kind, input, messages);
            assertThat(family(document.getTitle().getFont())).as(kind.name()).isEqualTo("Liberation Serif");
            assertThat(family(document.getLegend() == null ? document.getTitle().getFont()
                    : ((LegendTitle) document.getLegend()).getItemFont())).as(kind.name()).isEqualTo("Liberation Serif");
            assertThat(family(screen.getTitle().getFont())).as(kind.name()).isEqualTo(ChartFonts.FAMILY);
        }
        // The face is chosen around one build only.
        assertThat(family(ChartFonts.regular(12))).isEqualTo(ChartFonts.FAMILY);
    }

    private static String family(Font font) {
        return font.getFamily(java.util.Locale.ROOT);
    }
}

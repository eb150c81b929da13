package vn.cchc.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.domain.DeadlineCategory;

/** The category colours: the same as the window's CSS tokens, and apart on a greyscale print. */
class ChartPaletteTest {

    /** The three a reader must tell apart on paper: done on time, still on schedule, overdue. */
    private static final List<DeadlineCategory> ON_PAPER = List.of(DeadlineCategory.COMPLETED_ON_TIME,
            DeadlineCategory.IN_PROGRESS, DeadlineCategory.OVERDUE);

    /** Luma as a greyscale conversion computes it (ITU-R BT.601 weights on the sRGB values), 0–1. */
    private static double grey(Color c) {
        return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
    }

    /** The same with the BT.709 weights some printers and converters use. */
    private static double grey709(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }

    @Test
    void onTimeInProgressAndOverdueAreAtLeastFifteenPercentApartInGrey() {
        for (int i = 0; i < ON_PAPER.size(); i++) {
            for (int j = i + 1; j < ON_PAPER.size(); j++) {
                Color a = ChartPalette.of(ON_PAPER.get(i));
                Color b = ChartPalette.of(ON_PAPER.get(j));
                assertThat(Math.abs(grey(a) - grey(b))).as("%s vs %s", ON_PAPER.get(i), ON_PAPER.get(j))
                        .isGreaterThanOrEqualTo(0.15);
                assertThat(Math.abs(grey709(a) - grey709(b))).as("%s vs %s (BT.709)", ON_PAPER.get(i), ON_PAPER.get(j))
                        .isGreaterThanOrEqualTo(0.14);
            }
        }
    }

    @Test
    void everyCategoryColourIsTheWindowsCssToken() throws IOException {
        String css;
        try (InputStream in = ChartPaletteTest.class.getResourceAsStream("/vn/cchc/dashboard/ui/app.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<DeadlineCategory, String> tokens = Map.of(DeadlineCategory.COMPLETED_ON_TIME, "on-time",
                DeadlineCategory.COMPLETED_LATE, "late", DeadlineCategory.IN_PROGRESS, "in-progress",
                DeadlineCategory.OVERDUE, "overdue", DeadlineCategory.NOT_STARTED, "not-started",
                DeadlineCategory.RECURRING, "recurring");
        for (DeadlineCategory category : DeadlineCategory.values()) {
            Matcher m = Pattern.compile("-cchc-" + tokens.get(category) + ":\\s*#([0-9a-fA-F]{6});").matcher(css);
            assertThat(m.find()).as(category.name()).isTrue();
            assertThat(ChartPalette.of(category)).as(category.name()).isEqualTo(new Color(Integer.parseInt(m.group(1), 16)));
        }
    }
}

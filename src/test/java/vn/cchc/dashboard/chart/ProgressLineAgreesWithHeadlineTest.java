package vn.cchc.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;

/**
 * The figure written at the end of the cumulative line is the headline's: on the sample's Monday 23/11/2026 it was
 * once Sunday's count without the recurring tasks carried out (the headline said one more than the chart, or more).
 */
class ProgressLineAgreesWithHeadlineTest {

    @Test
    void theLinesLastFigureIsTheHeadlinesCompletedCountOnTheAsOfDay(@TempDir Path folder) {
        assertThat(TestClock.TODAY.getDayOfWeek()).as("a day that is not a week's end").isEqualTo(DayOfWeek.MONDAY);
        ChartInput input = SampleCharts.sample(folder);
        ProgressCount headline = input.summary().overall();
        assertThat(headline.recurringDone()).as("the sample has recurring tasks carried out").isPositive();

        JFreeChart chart = Charts.build(ChartKind.PROGRESS_OVER_TIME, input, Messages.of(Language.VI));
        XYPlot plot = chart.getXYPlot();
        XYTextAnnotation label = plot.getAnnotations().stream().filter(XYTextAnnotation.class::isInstance)
                .map(XYTextAnnotation.class::cast).reduce((a, b) -> b).orElseThrow();
        assertThat(label.getText()).isEqualTo(String.valueOf(headline.completed()));
        assertThat(label.getX()).as("drawn on the as-of day").isEqualTo(MonthAxis.x(TestClock.TODAY));
        int actual = plot.getDataset().getItemCount(0);
        assertThat(plot.getDataset().getYValue(0, actual - 1)).isEqualTo(headline.completed());
    }
}

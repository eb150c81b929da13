package vn.cchc.dashboard.ui.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.statistics.StatisticsSubmission;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.statistics.StatisticsCheck;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;
import vn.cchc.dashboard.ui.QueuedBackground;

/** The statistics window's model: the status line, who has not sent, and the totals, read in the background. */
@Tag(TestDatabase.TAG)
class StatisticsViewModelTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @TempDir
    Path folder;
    AppContext context;

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theChosenPeriodShowsWhoHasSentWhoHasNotAndTheProvincesTotals() {
        context = db.openContext(folder, TestClock.on(LocalDate.of(2026, 6, 10)), true);
        Plan plan = context.plans().planFor(2026);
        Unit first = context.progressExchange().formUnits(plan).get(0).unit();
        context.statistics().take(List.of(new StatisticsSubmission("bang.xlsx", 2, first.id(), "2026-H1", List.of(
                new StatisticsCheck.Cell("HS_DA_GIAI_QUYET", "1.300", null),
                new StatisticsCheck.Cell("HS_DUNG_HAN", "1.250", null)))));
        QueuedBackground background = new QueuedBackground();
        StatisticsViewModel model = new StatisticsViewModel(context.statistics(), background, Messages.of(Language.VI),
                context.clock().getZone(), plan, true);

        assertThat(model.period().get()).isEqualTo(new ReportPeriod(2026, ReportPeriod.Kind.H1));
        model.load();
        background.runAll();

        int expected = context.progressExchange().formUnits(plan).size();
        assertThat(model.statusLine().get()).isEqualTo("1/" + expected + " đơn vị đã gửi số liệu 6 tháng đầu năm 2026");
        assertThat(model.missing()).hasSize(expected - 1).doesNotContain(first.name());
        assertThat(model.gaps()).singleElement().asString().startsWith(first.name() + " còn thiếu chỉ tiêu bắt buộc: ");
        assertThat(model.totals()).filteredOn(t -> t.code().equals("HS_DUNG_HAN")).singleElement()
                .satisfies(t -> {
                    assertThat(t.sum()).isEqualTo("1.250 hồ sơ");
                    assertThat(t.rate()).isEqualTo("96,15%");
                });

        model.period().set(new ReportPeriod(2026, ReportPeriod.Kind.Q1));
        background.runAll();
        assertThat(model.statusLine().get()).as("the sample's units sent their first quarter's figures")
                .matches("(\\d+)/\\1 đơn vị đã gửi số liệu quý I năm 2026");

        model.period().set(new ReportPeriod(2026, ReportPeriod.Kind.YEAR));
        background.runAll();
        assertThat(model.statusLine().get()).startsWith("0/");
    }
}

package vn.cchc.dashboard.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.chart.ChartKind;
import vn.cchc.dashboard.domain.AreaProgress;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;

/**
 * The meeting's pages on the sample province's 23/11/2026: the headline, who is behind, one page per reform area with
 * the figures Tổng quan shows for it and the tasks holding it back, then the charts; the keys move through them.
 */
class MeetingViewModelTest {

    static final Messages VI = Messages.of(Language.VI);
    static AppContext context;
    static Overview today;

    @BeforeAll
    static void open(@TempDir Path folder) {
        context = AppContext.open(folder, TestClock.today(), true);
        today = overview(2026, TestClock.TODAY);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    static Overview overview(int year, LocalDate day) {
        return context.plans().overview(context.plans().planFor(year), day, null, 60, LaggingPolicy.DEFAULT);
    }

    static List<MeetingViewModel.AreaPage> areas(MeetingViewModel meeting) {
        return meeting.pages().stream().filter(MeetingViewModel.AreaPage.class::isInstance)
                .map(MeetingViewModel.AreaPage.class::cast).toList();
    }

    @Test
    void theHeadlineThenWhoIsBehindThenEachAreaThenTheCharts() {
        MeetingViewModel meeting = new MeetingViewModel(new SimpleObjectProperty<>(today), VI);
        List<AreaProgress> withTasks = today.summary().byArea().stream().filter(a -> a.count().planned() > 0).toList();
        assertThat(meeting.pages()).hasSize(2 + withTasks.size() + 2);
        assertThat(meeting.pages().get(0)).isEqualTo(new MeetingViewModel.HeadlinePage("Kết quả thực hiện kế hoạch",
                ChartKind.PROGRESS_OVER_TIME));
        assertThat(meeting.pages().get(1)).isEqualTo(new MeetingViewModel.BehindPage("Đơn vị chậm tiến độ"));
        assertThat(areas(meeting)).extracting(MeetingViewModel.AreaPage::code)
                .containsExactlyElementsOf(withTasks.stream().map(a -> a.area().code()).toList());
        assertThat(meeting.pages().subList(meeting.pages().size() - 2, meeting.pages().size())).containsExactly(
                new MeetingViewModel.ChartPage("Tiến độ thực hiện nhiệm vụ theo lĩnh vực cải cách", ChartKind.AREA_PROGRESS),
                new MeetingViewModel.ChartPage("Tỷ lệ hoàn thành so với cùng kỳ năm trước", ChartKind.YEAR_OVER_YEAR));
    }

    @Test
    void anAreaPageSaysWhatTheOverviewSaysOfTheAreaAndWhatHoldsItBack() {
        MeetingViewModel meeting = new MeetingViewModel(new SimpleObjectProperty<>(today), VI);
        OverviewViewModel overview = new OverviewViewModel(new SimpleObjectProperty<>(today), VI, s -> { }, d -> { });
        List<MeetingViewModel.AreaPage> areas = areas(meeting);
        assertThat(areas).hasSize(overview.areas().size());
        for (int i = 0; i < areas.size(); i++) {
            MeetingViewModel.AreaPage page = areas.get(i);
            OverviewViewModel.AreaFigure figure = overview.areas().get(i);
            AreaProgress progress = today.summary().byArea().get(i);
            assertThat(page.title()).isEqualTo(figure.name());
            assertThat(page.kicker()).isEqualTo("Lĩnh vực " + (i + 1) + "/" + areas.size());
            assertThat(page.headline()).isEqualTo(figure.ratio() + " nhiệm vụ, đạt " + figure.percent()
                    + " so với kế hoạch năm");
            assertThat(page.percent()).isEqualTo(figure.percent());
            assertThat(page.segments().stream().mapToInt(s -> Integer.parseInt(s.count())).sum())
                    .isEqualTo(progress.count().planned());
            int overdue = progress.count().count(DeadlineCategory.OVERDUE);
            if (overdue > 0) {
                assertThat(page.note()).isEmpty();
                assertThat(page.lists().get(0).title()).isEqualTo("Nhiệm vụ quá hạn chưa hoàn thành (" + overdue + ")");
                assertThat(page.lists().get(0).tasks()).hasSize(overdue).allMatch(MeetingViewModel.TaskLine::overdue);
            } else {
                assertThat(page.note()).startsWith("Không có nhiệm vụ quá hạn chưa hoàn thành");
                assertThat(page.lists()).noneMatch(l -> l.title().startsWith("Nhiệm vụ quá hạn"));
            }
        }
        // Pinned on the sample's Monday 23/11/2026.
        MeetingViewModel.AreaPage direction = areas.get(0);
        assertThat(direction.headline()).isEqualTo("10/14 nhiệm vụ, đạt 71,43% so với kế hoạch năm");
        assertThat(direction.segments()).last().satisfies(s -> {
            assertThat(s.label()).isEqualTo("Nhiệm vụ thường xuyên (đã thực hiện 4)");
            assertThat(s.count()).isEqualTo("4");
        });
        assertThat(direction.lists()).extracting(MeetingViewModel.TaskList::title).containsExactly(
                "Nhiệm vụ quá hạn chưa hoàn thành (1)", "Nhiệm vụ đến hạn trong 30 ngày tới (1)");
        assertThat(direction.lists().get(0).tasks()).singleElement().satisfies(t -> {
            assertThat(t.heading()).isEqualTo("Sở Nội vụ · hạn 28/02/2026 · quá hạn 268 ngày");
            assertThat(t.title()).startsWith("I.2 Xây dựng, ban hành Kế hoạch kiểm tra công tác cải cách hành chính");
        });
        assertThat(direction.lists().get(1).tasks()).extracting(MeetingViewModel.TaskLine::heading)
                .containsExactly("Sở Nội vụ · hạn 30/11/2026");

        MeetingViewModel.AreaPage institutions = areas.get(1);
        assertThat(institutions.note()).isEqualTo("Không có nhiệm vụ quá hạn chưa hoàn thành.");
        assertThat(institutions.lists()).singleElement().satisfies(l -> {
            assertThat(l.title()).isEqualTo("Nhiệm vụ đến hạn trong 30 ngày tới (2)");
            assertThat(l.tasks()).extracting(MeetingViewModel.TaskLine::heading).as("the soonest first").containsExactly(
                    "UBND xã Lạc Sơn · hạn 30/11/2026", "Sở Nông nghiệp và Môi trường · hạn 15/12/2026");
        });

        MeetingViewModel.AreaPage finance = areas.stream().filter(a -> a.code().equals("TCC")).findFirst().orElseThrow();
        assertThat(finance.lists().get(0).tasks()).extracting(MeetingViewModel.TaskLine::heading)
                .as("the longest overdue first").containsExactly(
                        "Sở Tài chính · hạn 31/01/2026 · quá hạn 296 ngày",
                        "Sở Tài chính · hạn 31/03/2026 · quá hạn 237 ngày",
                        "UBND xã Tân Lập · hạn 31/03/2026 · quá hạn 237 ngày",
                        "Sở Tài chính · hạn 30/06/2026 · quá hạn 146 ngày");
    }

    @Test
    void theKeysMoveThroughThePagesAndThePageStaysWhenTheFiguresChange() {
        SimpleObjectProperty<Overview> shown = new SimpleObjectProperty<>(today);
        MeetingViewModel meeting = new MeetingViewModel(shown, VI);
        int pages = meeting.pages().size();
        assertThat(meeting.position().get()).isEqualTo("1/" + pages);
        meeting.previous();
        assertThat(meeting.current().get()).isZero();
        meeting.next();
        assertThat(meeting.position().get()).isEqualTo("2/" + pages);
        meeting.last();
        assertThat(meeting.position().get()).isEqualTo(pages + "/" + pages);
        meeting.next();
        assertThat(meeting.current().get()).isEqualTo(pages - 1);
        meeting.first();
        meeting.next();
        meeting.next();
        meeting.next();
        String area = ((MeetingViewModel.AreaPage) meeting.pages().get(3)).code();

        shown.set(overview(2026, LocalDate.of(2026, 11, 30)));
        assertThat(meeting.pages().get(meeting.current().get())).isInstanceOfSatisfying(MeetingViewModel.AreaPage.class,
                page -> assertThat(page.code()).isEqualTo(area));

        shown.set(overview(2025, LocalDate.of(2025, 11, 23)));
        assertThat(meeting.pages().get(meeting.pages().size() - 1)).as("no plan the year before 2025: its status instead")
                .isEqualTo(new MeetingViewModel.ChartPage("Tình hình thực hiện nhiệm vụ", ChartKind.STATUS_DONUT));
        meeting.dispose();
    }
}

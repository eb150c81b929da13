package vn.cchc.dashboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.SampleWindow;

/** The real main window, headless, on the sample data: what a user sees first. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    static SampleWindow sample;
    static AppContext context;

    @BeforeAll
    static void openSample(@TempDir Path folder) {
        sample = SampleWindow.open(folder);
        context = sample.context();
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    @Start
    void start(Stage stage) {
        sample.showIn(stage);
    }

    @Test
    void theOverviewShowsThePlansHeadlineFromTheStore(FxRobot robot) throws Exception {
        Label headline = waitForHeadline(robot);
        Plan plan = context.plans().planFor(2026);
        ProgressCount expected = context.plans().summary(plan, TestClock.TODAY).overall();
        String percent = expected.percent().toPlainString().replace('.', ',');
        assertThat(headline.getText()).isEqualTo(expected.completed() + "/" + expected.planned()
                + " nhiệm vụ, đạt " + percent + "% so với kế hoạch năm");
        assertThat(robot.lookup(".sample-badge").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#status-data-date").queryAs(Label.class).getText()).startsWith("Số liệu cập nhật đến: ");
    }

    @Test
    void aMistypedDateIsExplainedAndChangesNothing(FxRobot robot) throws Exception {
        String before = waitForHeadline(robot).getText();
        DatePicker asOf = robot.lookup("#as-of").queryAs(DatePicker.class);
        robot.doubleClickOn(asOf.getEditor()).eraseText(12).write("31/02/2026").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class))
                .anyMatch(l -> l.getText().equals("Ngày \"31/02/2026\" không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 21/06/2023."));
        assertThat(asOf.getValue()).isEqualTo(TestClock.TODAY);
        assertThat(waitForHeadline(robot).getText()).isEqualTo(before);
    }

    @Test
    void aNewAsOfDateRecomputesTheHeadline(FxRobot robot) throws Exception {
        String today = waitForHeadline(robot).getText();
        DatePicker asOf = robot.lookup("#as-of").queryAs(DatePicker.class);
        robot.doubleClickOn(asOf.getEditor()).eraseText(12).write("30/06/2026").type(KeyCode.ENTER);
        ProgressCount midYear = context.plans().summary(context.plans().planFor(2026), java.time.LocalDate.of(2026, 6, 30)).overall();
        String expectedStart = midYear.completed() + "/" + midYear.planned() + " nhiệm vụ";
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> waitForHeadlineQuietly(robot).startsWith(expectedStart));
        assertThat(waitForHeadline(robot).getText()).isNotEqualTo(today);
    }

    @Test
    void aTileOpensTheTaskListOnExactlyItsTasks(FxRobot robot) throws Exception {
        waitForHeadline(robot);
        int overdue = context.plans().overview(context.plans().planFor(2026), TestClock.TODAY, null, 60)
                .select(TaskSelection.OVERDUE).size();
        robot.clickOn("#tile-overdue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#task-filter").queryAs(Label.class).getText()).isEqualTo("Đang lọc: Quá hạn chưa hoàn thành");
        TableView<?> table = robot.lookup("#task-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(overdue);
        robot.clickOn("#task-filter-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(context.plans().snapshot(context.plans().planFor(2026)).tasks().size());
    }

    @Test
    void everyScreenOpensFromTheNavigation(FxRobot robot) throws Exception {
        waitForHeadline(robot);
        robot.clickOn("#nav-tasks");
        assertThat(robot.lookup(".screen-title").queryAllAs(Label.class)).anyMatch(l -> l.getText().equals("Nhiệm vụ"));
        robot.clickOn("#nav-units");
        assertThat(robot.lookup(".screen-title").queryAllAs(Label.class)).anyMatch(l -> l.getText().equals("Đơn vị"));
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#settings-save").tryQuery()).isPresent();
        robot.clickOn("#nav-overview");
        assertThat(robot.lookup("#overview-headline").tryQuery()).isPresent();
    }

    private static Label waitForHeadline(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !waitForHeadlineQuietly(robot).isEmpty());
        return robot.lookup("#overview-headline").queryAs(Label.class);
    }

    private static String waitForHeadlineQuietly(FxRobot robot) {
        return robot.lookup("#overview-headline").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}

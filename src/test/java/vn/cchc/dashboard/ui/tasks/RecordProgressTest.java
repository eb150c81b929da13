package vn.cchc.dashboard.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.Dialogs;
import vn.cchc.dashboard.ui.SampleWindow;

/** Recording progress as a reform-office clerk does: from the overdue list, Enter, choose, Enter. */
@ExtendWith(ApplicationExtension.class)
class RecordProgressTest {

    @TempDir
    Path folder;
    SampleWindow sample;

    @BeforeEach
    void open() throws Exception {
        sample = SampleWindow.showFresh(folder);
    }

    @AfterEach
    void close() throws Exception {
        sample.hideAndClose();
    }

    private TableView<?> openOverdueTasks(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#tile-overdue").tryQuery().isPresent());
        robot.clickOn("#tile-overdue");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#task-table").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        return table;
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUpdateRecordedInTheTableShowsInTheHistoryAndTheFigures(FxRobot robot) throws Exception {
        int lateBefore = overall().count(DeadlineCategory.COMPLETED_LATE);
        openOverdueTasks(robot);
        robot.type(KeyCode.ENTER);
        Dialogs.waitShowing(robot, "#progress-save");
        ComboBox<TaskStatus> status = robot.lookup("#progress-status").queryAs(ComboBox.class);
        robot.interact(() -> status.setValue(TaskStatus.COMPLETED));
        assertThat(robot.lookup("#progress-save").query().isFocused()).as("Save has the focus: Enter saves").isTrue();
        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#task-feedback").queryAs(Label.class)
                .getText().startsWith("Đã ghi cập nhật tiến độ"));
        ListView<TaskDetailViewModel.HistoryItem> history = robot.lookup("#history").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !history.getItems().isEmpty()
                && history.getItems().get(0).what().equals("Đã hoàn thành · 100%"));
        assertThat(history.getItems().get(0).date()).isEqualTo("23/11/2026");
        assertThat(history.getItems().get(0).entered()).startsWith("Nhập bởi ");

        assertThat(overall().count(DeadlineCategory.COMPLETED_LATE)).isEqualTo(lateBefore + 1);
        robot.clickOn("#nav-overview");
        int completed = overall().completed();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#overview-headline").queryAs(Label.class)
                .getText().startsWith(completed + "/"));
    }

    @Test
    void aFutureCompletionDateIsRefusedAtItsField(FxRobot robot) throws Exception {
        openOverdueTasks(robot);
        robot.type(KeyCode.ENTER);
        Dialogs.waitShowing(robot, "#progress-save");
        DatePicker date = robot.lookup("#progress-date").queryAs(DatePicker.class);
        robot.interact(() -> date.setValue(LocalDate.of(2026, 12, 24)));
        robot.clickOn("#progress-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problem-date").queryAs(Label.class).getText())
                .isEqualTo("Ngày này ở tương lai; tiến độ chỉ ghi cho những việc đã diễn ra.");
        assertThat(robot.lookup("#progress-save").tryQuery()).as("the dialog stays open").isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#progress-save").tryQuery()).isEmpty();
    }

    private vn.cchc.dashboard.domain.ProgressCount overall() {
        var plans = sample.context().plans();
        return plans.summary(plans.planFor(2026), TestClock.TODAY).overall();
    }
}

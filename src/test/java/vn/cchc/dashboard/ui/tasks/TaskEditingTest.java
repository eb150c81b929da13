package vn.cchc.dashboard.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.Dialogs;
import vn.cchc.dashboard.ui.SampleWindow;

/** Editing and adding tasks through the window, as the reform office keeps the plan current. */
@ExtendWith(ApplicationExtension.class)
class TaskEditingTest {

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

    private void openTasks(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#tile-overdue").tryQuery().isPresent());
        robot.clickOn("#nav-tasks");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#task-table").queryAs(TableView.class).getItems().isEmpty());
    }

    @Test
    void aNewDeadlineIsReadAsTypedAndSavedWithTheEdit(FxRobot robot) throws Exception {
        openTasks(robot);
        TableView<?> table = robot.lookup("#task-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        long taskId = ((TasksViewModel.Row) table.getSelectionModel().getSelectedItem()).taskId();
        robot.clickOn("#task-edit");
        Dialogs.waitShowing(robot, "#task-save");
        TextField deadline = robot.lookup("#task-deadline").queryAs(TextField.class);
        robot.interact(() -> deadline.setText("Quý IV/2026"));
        assertThat(robot.lookup("#task-due").queryAs(Label.class).getText()).isEqualTo("→ hạn 31/12/2026");
        robot.clickOn("#task-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#task-feedback").queryAs(Label.class)
                .getText().startsWith("Đã lưu nhiệm vụ"));
        var plans = sample.context().plans();
        assertThat(plans.snapshot(plans.planFor(2026)).tasks().stream().filter(t -> t.id() == taskId).findFirst()
                .orElseThrow().deadlineText()).isEqualTo("Quý IV/2026");
    }

    @Test
    void aTaskWithoutTitleOrLeadStaysOpenWithTheProblemsAtTheirFields(FxRobot robot) throws Exception {
        openTasks(robot);
        int tasks = sample.context().plans().snapshot(sample.context().plans().planFor(2026)).tasks().size();
        robot.clickOn("#task-add");
        Dialogs.waitShowing(robot, "#task-save");
        robot.interact(() -> robot.lookup("#task-code").queryAs(TextField.class).setText("VII.40"));
        robot.interact(() -> robot.lookup("#task-deadline").queryAs(TextField.class).setText("Quý IV"));
        robot.clickOn("#task-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#problem-title").tryQuery()
                .map(n -> ((Label) n).getText().equals("Không được để trống.")).orElse(false));
        assertThat(robot.lookup("#problem-lead").queryAs(Label.class).getText()).isEqualTo("Hãy chọn cơ quan chủ trì.");
        assertThat(robot.lookup("#problem-area").queryAs(Label.class).getText()).isEqualTo("Hãy chọn lĩnh vực cải cách.");
        robot.clickOn(robot.lookup(".button").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Button b && "Hủy".equals(b.getText())).findFirst().orElseThrow());
        assertThat(sample.context().plans().snapshot(sample.context().plans().planFor(2026)).tasks()).hasSize(tasks);
        assertThat(TestClock.TODAY).isNotNull();
    }
}

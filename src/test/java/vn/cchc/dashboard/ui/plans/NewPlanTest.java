package vn.cchc.dashboard.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.ui.Dialogs;
import vn.cchc.dashboard.ui.SampleWindow;

/** Next year's plan, from the plan menu, with this year's unfinished tasks carried into it. */
@ExtendWith(ApplicationExtension.class)
class NewPlanTest {

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

    @Test
    @SuppressWarnings("unchecked")
    void nextYearsPlanIsCreatedSelectedAndCarriesTheUnfinishedTasks(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#tile-overdue").tryQuery().isPresent());
        // Not interact(): the menu item opens a modal dialog, which would wait for the click this test is to make.
        MenuButton menu = robot.lookup("#plan-menu").queryAs(MenuButton.class);
        javafx.application.Platform.runLater(() -> menu.getItems().get(0).fire());
        Dialogs.waitShowing(robot, "#plan-create");
        assertThat(robot.lookup("#plan-title").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Kế hoạch cải cách hành chính năm 2027");
        robot.clickOn("#plan-create");

        ComboBox<Plan> plans = robot.lookup("#plan-selector").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plans.getValue() != null && plans.getValue().year() == 2027);
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText())
                .isEqualTo("Đã tạo Kế hoạch cải cách hành chính năm 2027.");
        // The success also appears as a notification that fades by itself, not as a dialog to dismiss.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar .label").queryAllAs(Label.class)
                .stream().anyMatch(l -> "Đã tạo Kế hoạch cải cách hành chính năm 2027.".equals(l.getText())));
        assertThat(sample.context().plans().snapshot(plans.getValue()).tasks()).isNotEmpty();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#overview-headline").queryAs(Label.class)
                .getText().startsWith("0/"));
    }
}

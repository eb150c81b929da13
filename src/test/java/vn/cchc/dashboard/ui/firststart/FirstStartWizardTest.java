package vn.cchc.dashboard.ui.firststart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.app.FirstStart;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.Dialogs;
import vn.cchc.dashboard.ui.FxBackground;
import vn.cchc.dashboard.ui.shell.MainWindow;

/** The real window on a fresh data folder: the wizard walked to the sample, and to an empty database and the import. */
@ExtendWith(ApplicationExtension.class)
class FirstStartWizardTest {

    @TempDir
    Path folder;
    final FxBackground background = new FxBackground();
    MainWindow window;

    void startFresh() throws Exception {
        assertThat(FirstStart.needed(folder)).isTrue();
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(stage, background, Language.VI);
            window.show();
            window.showFirstStart(folder, TestClock.today());
        });
        Dialogs.waitShowing(new FxRobot(), "#firststart-next");
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
        new FxRobot().interact(() -> Window.getWindows().stream().toList().forEach(Window::hide));
        background.close();
        AppContext opened = window.context();
        if (opened != null) {
            opened.close();
        }
    }

    @Test
    void theSampleWayOpensTheDashboardOnTheSampleWithTheUsersName(FxRobot robot) throws Exception {
        startFresh();
        assertThat(robot.lookup("#firststart-step").queryAs(Label.class).getText()).isEqualTo("Bước 1/4: Ngôn ngữ");
        robot.clickOn("#firststart-next");
        robot.clickOn("#firststart-next"); // no name yet: refused
        assertThat(robot.lookup("#firststart-problem").queryAs(Label.class).getText()).startsWith("Hãy nhập tên");
        robot.clickOn("#firststart-user-name").write("Nguyễn Thị Hạnh");
        robot.clickOn("#firststart-user-unit").write("Sở Nội vụ");
        robot.clickOn("#firststart-next");
        robot.clickOn("#firststart-province").write("Minh Giang");
        robot.clickOn("#firststart-next");
        assertThat(robot.lookup("#firststart-step").queryAs(Label.class).getText()).isEqualTo("Bước 4/4: Bắt đầu");
        robot.clickOn("#firststart-sample");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#overview-headline").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        assertThat(robot.lookup(".sample-badge").queryAs(Label.class).isVisible()).isTrue();
        assertThat(window.context().store().allPlans()).isNotEmpty();
        assertThat(window.context().settings().userLabel()).isEqualTo("Nguyễn Thị Hạnh (Sở Nội vụ)");
        assertThat(AppSettings.load(folder).reportSettings().provinceName()).isEqualTo("Minh Giang");
    }

    @Test
    void theImportWayInEnglishOpensAnEmptyDatabaseAndTheImportWizard(FxRobot robot) throws Exception {
        startFresh();
        robot.clickOn("#firststart-lang-en");
        assertThat(robot.lookup("#firststart-next").queryAs(Button.class).getText()).isEqualTo("Next");
        robot.clickOn("#firststart-next");
        robot.clickOn("#firststart-user-name").write("Trần Văn Minh");
        robot.clickOn("#firststart-next");
        robot.clickOn("#firststart-next");
        assertThat(robot.lookup("#firststart-import").queryAs(Button.class).getText()).isEqualTo("Import my plan");
        robot.clickOn("#firststart-import");

        Dialogs.waitShowing(robot, "#import-file");
        assertThat(window.context().store().allPlans()).isEmpty();
        AppSettings saved = AppSettings.load(folder);
        assertThat(saved.language()).isEqualTo(Language.EN);
        assertThat(saved.userName()).isEqualTo("Trần Văn Minh");
        assertThat(FirstStart.needed(folder)).isFalse();
        assertThat(FirstStart.sampleWhenEmpty(saved)).isFalse();
    }
}

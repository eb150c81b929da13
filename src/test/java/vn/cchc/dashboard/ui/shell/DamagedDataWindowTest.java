package vn.cchc.dashboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
import vn.cchc.dashboard.app.BackupService;
import vn.cchc.dashboard.app.DataFolder;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.FxBackground;

/** The real window on a data file a power cut emptied: the newest good backup offered, and restored when chosen. */
@ExtendWith(ApplicationExtension.class)
class DamagedDataWindowTest {

    private static final String RESTORE = "Khôi phục bản sao lưu ngày ";

    @TempDir
    Path folder;
    final FxBackground background = new FxBackground();
    MainWindow window;

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
    void anEmptiedDataFileIsOfferedItsBackupAndTheChosenRestoreBringsTheDataBack(FxRobot robot) throws Exception {
        try (AppContext context = AppContext.open(folder, TestClock.today(), true)) {
            context.backups().backup(BackupService.Kind.EXIT, null);
        }
        Files.write(DataFolder.embeddedDatabase(folder), new byte[0]);

        FxToolkit.setupStage(stage -> {
            window = new MainWindow(stage, background, Language.VI);
            window.show();
            window.open(folder, TestClock.today(), true, () -> { });
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> restoreButton(robot) != null);
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .contains("bị rỗng hoặc hỏng", "không ghi đè");
        assertThat(restoreButton(robot).getText()).matches(RESTORE + "\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        assertThat(Files.size(DataFolder.embeddedDatabase(folder))).as("nothing created while asking").isZero();

        robot.clickOn(restoreButton(robot));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#overview-headline").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        assertThat(window.context().store().allPlans()).hasSize(2);
        try (var kept = Files.list(folder.resolve("backups"))) {
            assertThat(kept.map(f -> f.getFileName().toString())).anyMatch(n -> n.endsWith("-truoc-khoi-phuc.zip"));
        }
    }

    private static Button restoreButton(FxRobot robot) {
        for (Node node : robot.lookup(".button").queryAll()) {
            if (node instanceof Button button && button.getText().startsWith(RESTORE)) {
                return button;
            }
        }
        return null;
    }
}

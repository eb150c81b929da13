package vn.cchc.dashboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.ui.Dialogs;
import vn.cchc.dashboard.ui.SampleWindow;

/** A backup that is not one is refused by a failure dialog alone – no information notice claiming news. */
@ExtendWith(ApplicationExtension.class)
class RestoreRefusedTest {

    @TempDir
    Path folder;
    SampleWindow sample;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        Path backups = Files.createDirectories(folder.resolve("backups"));
        Files.writeString(backups.resolve("cchc-2026-11-20-080000-thu-cong.zip"), "không phải tệp zip");
        sample = SampleWindow.showFresh(folder);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#tile-overdue").tryQuery().isPresent());
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != robot.targetWindow()).toList()
                .forEach(Window::hide));
        sample.hideAndClose();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDamagedBackupIsRefusedByItsDialogOnly(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        TableView<SettingsViewModel.BackupRow> list = robot.lookup("#backup-list").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        Button restore = robot.lookup("#backup-restore").queryAs(Button.class);
        javafx.application.Platform.runLater(restore::fire); // it waits for the confirmation
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Khôi phục").tryQuery().isPresent());
        robot.interact(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupAll(".button").stream()
                .map(Button.class::cast).filter(b -> b.getText().equals("Khôi phục")).findFirst().orElseThrow().fire());

        Dialogs.waitShowing(robot, "#failure-open-logs");
        DialogPane failure = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(failure.getHeaderText()).isEqualTo("Không khôi phục được dữ liệu");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#status-notice").tryQuery().isPresent());
        assertThat(robot.lookup("#status-notice").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup(".notification-bar").tryQuery()).isEmpty();
    }
}

package vn.cchc.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.app.Logs;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;

/** The dialog of an unexpected failure, headless: the calm text, no stack trace, and the log folder button. */
@ExtendWith(ApplicationExtension.class)
class FailureDialogTest {

    @TempDir
    Path dataFolder;

    private final QueuedBackground background = new QueuedBackground();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void anUnexpectedFaultIsToldCalmlyAndTheLogFolderButtonKeepsTheDialogOpen(FxRobot robot) throws Exception {
        Logs.writeTo(dataFolder, TestClock.VIETNAM);
        AtomicBoolean closed = new AtomicBoolean();
        robot.interact(() -> new FailureDialog(stage, background, Messages.of(Language.VI)).show(
                new NullPointerException("Cannot invoke \"Task.title()\""), "failure.title", "failure.continue",
                () -> closed.set(true)));
        Dialogs.waitShowing(robot, "#failure-open-logs");

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Đã xảy ra sự cố");
        String text = robot.from(pane.getContent()).lookup(".label").queryAs(Label.class).getText();
        assertThat(text).startsWith("Chương trình gặp một lỗi nội bộ (NullPointerException)")
                .contains("Không có dữ liệu nào bị mất")
                .contains(dataFolder.resolve("logs").toString())
                .doesNotContain("Task.title");

        robot.interact(() -> robot.lookup("#failure-open-logs").queryAs(Button.class).fire());
        robot.interact(background::runAll); // headless tests have no desktop to open the folder with
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".field-error").queryAs(Label.class).getText())
                .isEqualTo("Không mở được thư mục nhật ký. Thư mục nằm ở: " + dataFolder.resolve("logs"));
        assertThat(pane.getScene().getWindow().isShowing()).isTrue();
        assertThat(closed).isFalse();

        robot.interact(() -> robot.lookup(".dialog-pane .button").match(b -> ((Button) b).isCancelButton())
                .queryAs(Button.class).fire());
        assertThat(closed).isTrue();
    }
}

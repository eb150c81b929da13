package vn.cchc.dashboard.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.excel.fixtures.LargePlan;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.FxBackground;

/**
 * Huỷ in the import wizard, on a real database and the real background thread: the import is held behind a latch on
 * the one worker thread, Huỷ is pressed while its strip shows, and when the worker reaches it the import stops
 * before writing anything; the preview stays, and importing again then works.
 */
@ExtendWith(ApplicationExtension.class)
class ImportCancelTest {

    static final Messages VI = Messages.of(Language.VI);

    @TempDir
    Path folder;
    final FxBackground background = new FxBackground();
    AppContext context;
    ImportPlanDialog dialog;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        context = AppContext.open(folder.resolve("data"), TestClock.today(), true);
        ImportPlanViewModel model = new ImportPlanViewModel(context.planImport(), background, VI, (plan, text) -> { });
        dialog = new ImportPlanDialog(model, VI, stage, (title, name, extension) -> java.util.Optional.empty(),
                Duration.ZERO);
        dialog.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(dialog::close);
        background.close();
        context.close();
    }

    @Test
    void huyDuringAnImportWritesNothingAndLeavesThePreviewReadyToImportAgain(FxRobot robot) throws Exception {
        Path file = LargePlan.write(folder.resolve("2000.xlsx"), 2_000);
        robot.interact(() -> robot.lookup("#import-file").queryAs(TextField.class).setText(file.toString()));
        robot.clickOn("#import-read");
        Label summary = robot.lookup("#import-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> summary.getText().contains("2.000 nhiệm vụ"));
        long plansBefore = context.plans().plans().size();

        CountDownLatch worker = new CountDownLatch(1);
        background.run(() -> worker.await(60, TimeUnit.SECONDS), held -> { }, failed -> { });
        robot.clickOn("#import-commit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#progress-strip").query().isVisible());
        assertThat(robot.lookup("#import-commit").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#work-cancel");
        worker.countDown();

        Label message = robot.lookup("#import-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> message.getText().equals("Đã huỷ – không có thay đổi nào được lưu."));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#progress-strip").query().isVisible()).isFalse();
        assertThat(context.plans().plans()).hasSize((int) plansBefore).noneMatch(p -> p.year() == 2023 && !p.sample());
        Button commit = robot.lookup("#import-commit").queryAs(Button.class);
        assertThat(commit.isDisabled()).as("the preview still stands").isFalse();

        robot.clickOn("#import-commit");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> message.getText().startsWith("Đã nhập 2.000 nhiệm vụ"));
        Plan imported = context.plans().plans().stream().filter(p -> p.year() == 2023 && !p.sample()).findFirst()
                .orElseThrow();
        assertThat(context.plans().snapshot(imported).tasks()).hasSize(2_000);
    }
}

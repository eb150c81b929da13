package vn.cchc.dashboard.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
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
import vn.cchc.dashboard.report.ReadBack;
import vn.cchc.dashboard.ui.SampleWindow;

/** The Báo cáo screen in the real window: the preview appears, and the deck is written where the user chose. */
@ExtendWith(ApplicationExtension.class)
class ReportsScreenTest {

    static Path folder;
    static SampleWindow sample;

    @BeforeAll
    static void openSample(@TempDir Path tempFolder) {
        folder = tempFolder;
        sample = SampleWindow.open(folder.resolve("data"));
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    @Start
    void start(Stage stage) {
        sample.showIn(stage, (title, name, extension) -> Optional.of(folder.resolve(name)));
    }

    @Test
    void previewsTheReportAndWritesTheDeck(FxRobot robot) throws Exception {
        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#reports-preview").tryQuery().isPresent()
                && robot.lookup("#reports-preview").queryAs(TextArea.class).getText().contains("III. ĐÁNH GIÁ CHUNG"));
        robot.clickOn("#reports-format-pptx");
        robot.clickOn("#reports-generate");
        Path deck = folder.resolve("trinh-chieu-cchc-2026-9M.pptx");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(deck));
        assertThat(ReadBack.slides(deck).get(0)).contains("9 tháng năm 2026");
    }
}

package vn.cchc.dashboard.ui.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
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
import vn.cchc.dashboard.domain.national.IndexKind;
import vn.cchc.dashboard.testing.NationalFiles;
import vn.cchc.dashboard.ui.SampleWindow;

/** Chỉ số → Vị trí so với cả nước in the real window: the rank in words, the components, both charts, and exports. */
@ExtendWith(ApplicationExtension.class)
class NationalTabTest {

    static Path folder;
    static SampleWindow sample;

    @BeforeAll
    static void openSample(@TempDir Path tempFolder) {
        folder = tempFolder;
        sample = SampleWindow.open(folder);
        var settings = sample.context().settings();
        settings.setReportSettings(settings.reportSettings().withProvince("Hưng Yên"));
        sample.context().nationalResults().importFile(NationalFiles.PAR_2023, IndexKind.PAR_INDEX, 2023);
        sample.context().nationalResults().importFile(NationalFiles.PAR_2024, IndexKind.PAR_INDEX, 2024);
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
    void theTabShowsTheRankTheComponentsAndBothCharts(FxRobot robot) throws Exception {
        robot.clickOn("#nav-indicators");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#indicator-grid").tryQuery().isPresent());
        assertThat(robot.lookup("#national-headline").tryQuery()).as("built when first chosen").isEmpty();

        robot.clickOn("Vị trí so với cả nước");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#national-charts").tryQueryAs(VBox.class)
                .map(v -> v.getChildren().size() == 2).orElse(false));

        assertThat(robot.lookup("#national-headline").queryAs(Label.class).getText()).isEqualTo("PAR INDEX năm 2024 –"
                + " Hưng Yên: xếp hạng 12/63, 89,46%; bình quân cả nước 88,37%; cao nhất 92,98% (Hải Phòng).");
        assertThat(robot.lookup("#national-details").queryAs(Label.class).getText()).contains("tăng 3 bậc");
        assertThat(robot.lookup("#national-components").queryAs(TableView.class).getItems()).hasSize(8);

        robot.clickOn("#export-xep-hang-par-2024");
        robot.clickOn("Lưu ảnh PNG cho trang chiếu (16:9)");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#national-feedback").queryAs(Label.class)
                .getText().startsWith("Đã ghi"));
        assertThat(folder.resolve("xep-hang-par-2024-31-12-2024.png")).exists();
    }
}

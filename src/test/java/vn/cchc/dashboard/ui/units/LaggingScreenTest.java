package vn.cchc.dashboard.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javax.imageio.ImageIO;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.ui.SampleWindow;

/**
 * The Đơn vị screen ranks the sample's units with reasons; raising a threshold in Cài đặt changes who is
 * behind, at once and for the next start; the list goes to Excel for the meeting.
 */
@ExtendWith(ApplicationExtension.class)
class LaggingScreenTest {

    static Path folder;
    static SampleWindow sample;

    @BeforeAll
    static void openSample(@TempDir Path tempFolder) {
        folder = tempFolder;
        sample = SampleWindow.open(folder);
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
    @SuppressWarnings("unchecked")
    void raisingAThresholdChangesWhoIsBehind(FxRobot robot) throws Exception {
        robot.clickOn("#nav-units");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table(robot).getItems().isEmpty());
        List<LaggingViewModel.Row> before = List.copyOf(table(robot).getItems());
        long laggingBefore = before.stream().filter(LaggingViewModel.Row::lagging).count();
        assertThat(laggingBefore).isGreaterThan(3);
        assertThat(before).anySatisfy(r -> assertThat(r.reasons()).contains("Còn 3 nhiệm vụ quá hạn chưa hoàn thành"));
        assertThat(before).filteredOn(r -> !r.verdict().equals("Chậm tiến độ")).as("only lagging units have a place")
                .allSatisfy(r -> assertThat(r.rank()).isEmpty());
        assertThat(before).filteredOn(LaggingViewModel.Row::lagging).as("nothing but what was due is held against a unit")
                .allSatisfy(r -> assertThat(r.due()).isNotEqualTo("–"));
        assertThat(robot.lookup("#lagging-headline").queryAs(Label.class).getText())
                .startsWith(laggingBefore + " trong số " + before.size() + " đơn vị chậm tiến độ");
        // After a department's reasons, where it stood in the province's own index last year (not yet locked).
        assertThat(before).filteredOn(r -> r.unit().equals("Sở Tư pháp")).singleElement()
                .satisfies(r -> assertThat(r.reasons()).endsWith(". Chỉ số CCHC năm 2025 đạt 90,50%, xếp hạng 7/14 sở,"
                        + " ban, ngành (kết quả tạm tính, chưa khóa)."));
        assertThat(before).filteredOn(r -> r.unit().equals("Công an tỉnh")).as("not a member of the index's groups")
                .allSatisfy(r -> assertThat(r.reasons()).doesNotContain("Chỉ số CCHC năm"));

        // The criteria are folded under the list; opened, they offer the way to change them.
        robot.interact(() -> robot.lookup("#lagging-criteria").queryAs(TitledPane.class).setExpanded(true));
        robot.clickOn("#lagging-policy-change");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#policy-overdue-threshold").tryQuery().isPresent());
        robot.interact(() -> {
            ((Spinner<Integer>) robot.lookup("#policy-overdue-threshold").query()).getValueFactory().setValue(3);
            ((Spinner<Integer>) robot.lookup("#policy-stale-threshold").query()).getValueFactory().setValue(10);
            ((Spinner<Double>) robot.lookup("#policy-rate-threshold").query()).getValueFactory().setValue(60.0);
            ((Spinner<Double>) robot.lookup("#policy-indicator-threshold").query()).getValueFactory().setValue(30.0);
        });
        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> AppSettings.load(folder).laggingPolicy().overdueThreshold() == 3);

        robot.clickOn("#nav-units");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().stream()
                .filter(LaggingViewModel.Row::lagging).count() < laggingBefore);
        List<LaggingViewModel.Row> after = List.copyOf(table(robot).getItems());
        assertThat(after).filteredOn(LaggingViewModel.Row::lagging).extracting(LaggingViewModel.Row::unit)
                .as("three overdue tasks remain a verdict, and so does none of the tasks due done; two of eighteen do not")
                .contains("Sở Tài chính", "UBND xã Tân Lập")
                .doesNotContain("Sở Nội vụ");
        assertThat(robot.lookup("#lagging-policy").queryAs(Label.class).getText()).contains("từ 3 nhiệm vụ quá hạn");

        Platform.runLater(() -> robot.lookup("#lagging-export-xlsx").queryButton().fire());
        Path file = folder.resolve("don-vi-cham-tien-do.xlsx");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file)
                && robot.lookup("#lagging-feedback").queryAs(Label.class).getText().contains(file.getFileName().toString()));
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(sheet.getLastRowNum()).isEqualTo(after.size());
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(after.get(0).unit());
        }

        Platform.runLater(() -> robot.lookup("#lagging-export-png").queryButton().fire());
        Path picture = folder.resolve("don-vi-cham-tien-do.png");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(picture)
                && robot.lookup("#lagging-feedback").queryAs(Label.class).getText().contains(picture.getFileName().toString()));
        BufferedImage image = ImageIO.read(picture.toFile());
        assertThat(image.getWidth()).as("drawn at twice its layout size, sharp on a projector").isEqualTo(2560);
        assertThat(image.getHeight()).isGreaterThan(400);
    }

    @SuppressWarnings("unchecked")
    private static TableView<LaggingViewModel.Row> table(FxRobot robot) {
        return (TableView<LaggingViewModel.Row>) robot.lookup("#lagging-table").query();
    }
}

package vn.cchc.dashboard.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.ui.SampleWindow;

/** The overview's charts as a user meets them: on screen, saved through their menu, and on the projector. */
@ExtendWith(ApplicationExtension.class)
class OverviewChartsTest {

    static SampleWindow sample;
    static Path exports;
    static final List<Path> asked = new ArrayList<>();

    @BeforeAll
    static void openSample(@TempDir Path folder) throws Exception {
        sample = SampleWindow.open(folder.resolve("data"));
        exports = Files.createDirectories(folder.resolve("exports"));
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    @Start
    void start(Stage stage) {
        sample.showIn(stage, (title, suggested, extension) -> {
            Path file = exports.resolve(suggested);
            asked.add(file);
            return Optional.of(file);
        });
    }

    @Test
    void everyChartIsOnTheOverviewAndSavesAsASlideSizedPng(FxRobot robot) throws Exception {
        // The unit chart is the last card the pane adds.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#export-don-vi").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        for (String name : List.of("linh-vuc", "trang-thai", "tien-do", "so-sanh-nam", "don-vi")) {
            assertThat(robot.lookup("#export-" + name).tryQuery()).as(name).isPresent();
        }
        robot.interact(() -> robot.lookup("#export-linh-vuc").queryAs(javafx.scene.control.MenuButton.class)
                .getItems().get(0).fire());
        Path file = exports.resolve("linh-vuc-23-11-2026.png");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(file)
                && robot.lookup("#overview-feedback").queryAs(Label.class).getText().startsWith("Đã ghi biểu đồ"));
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(3200);
        assertThat(image.getHeight()).isEqualTo(1800);
        assertThat(asked).contains(file);
    }

    @Test
    void svgExportKeepsTheVietnameseText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#export-don-vi").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#export-don-vi").queryAs(javafx.scene.control.MenuButton.class)
                .getItems().get(3).fire());
        Path file = exports.resolve("don-vi-23-11-2026.svg");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(file));
        assertThat(Files.readString(file)).contains("Sở Nội vụ", "Số liệu tính đến 23/11/2026");
    }

    @Test
    void f11ShowsThePresentationAndEscLeavesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#overview-headline").queryAs(Label.class)
                .getText().isEmpty());
        String headline = robot.lookup("#overview-headline").queryAs(Label.class).getText();
        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#presentation-headline").tryQuery().isPresent());
        assertThat(robot.lookup("#presentation-headline").queryAs(Label.class).getText()).isEqualTo(headline);
        long windows = Window.getWindows().stream().filter(Window::isShowing).count();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#presentation-headline").tryQuery().isEmpty());
        assertThat(Window.getWindows().stream().filter(Window::isShowing).count()).isEqualTo(windows - 1);
    }
}

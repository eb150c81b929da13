package vn.cchc.dashboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.SampleWindow;

/**
 * The window as it starts for real: the overview worked out while the window was shown (PlanService.warmUp), so
 * the dashboard's first layout has the figures, and start-up's end is still told (the log line; the installer's
 * training start closes on it).
 */
@ExtendWith(ApplicationExtension.class)
class WarmStartWindowTest {

    static SampleWindow sample;
    final AtomicBoolean toldShown = new AtomicBoolean();

    @BeforeAll
    static void openSample(@TempDir Path folder) {
        sample = SampleWindow.open(folder);
        AppSettings settings = sample.context().settings();
        sample.context().plans().warmUp(settings.staleDays(), settings.laggingPolicy(), settings.laggingRolledUp());
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    @Start
    void start(Stage stage) {
        MainWindow window = sample.showIn(stage);
        window.whenFiguresShown(() -> toldShown.set(true));
    }

    @Test
    void theFiguresAreInTheFirstLayoutAndStartUpsEndIsTold(FxRobot robot) {
        Label headline = robot.lookup(".headline").queryAs(Label.class);
        ProgressCount expected = sample.context().plans().summary(sample.context().plans().planFor(2026), TestClock.TODAY)
                .overall();

        // No waiting for the background: set before the window's first pulse.
        assertThat(headline.getText()).startsWith(expected.completed() + "/" + expected.planned() + " nhiệm vụ");
        assertThat(toldShown).isTrue();
    }
}

package vn.cchc.dashboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.app.WindowBounds;

class WindowPlacementTest {

    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    static final Rectangle2D MONITOR = new Rectangle2D(1366, 0, 1920, 1040);

    @Test
    void theWindowsPlaceAndSizeSurviveARestart(@TempDir Path folder) {
        AppSettings settings = AppSettings.load(folder);
        assertThat(settings.windowBounds()).isEmpty();
        settings.setWindowBounds(new WindowBounds(1500.5, 40, 1200, 800, true));
        settings.save();
        assertThat(AppSettings.load(folder).windowBounds()).contains(new WindowBounds(1500.5, 40, 1200, 800, true));
    }

    @Test
    void aDamagedPlaceIsForgottenNotHalfRead(@TempDir Path folder) throws Exception {
        java.nio.file.Files.writeString(folder.resolve("settings.properties"), "window.x=12\nwindow.y=abc\nwindow.width=800\nwindow.height=600\n");
        assertThat(AppSettings.load(folder).windowBounds()).isEmpty();
        java.nio.file.Files.writeString(folder.resolve("settings.properties"), "window.x=12\nwindow.y=0\nwindow.width=-5\nwindow.height=600\n");
        assertThat(AppSettings.load(folder).windowBounds()).isEmpty();
    }

    @Test
    void aWindowOnAScreenStillPresentStaysWhereItWas() {
        WindowBounds onMonitor = new WindowBounds(1500, 60, 1400, 900, false);
        assertThat(WindowPlacement.fit(onMonitor, List.of(LAPTOP, MONITOR), LAPTOP)).isEqualTo(onMonitor);
    }

    @Test
    void aWindowLeftOnAnUnpluggedMonitorComesBackOntoTheLaptopShrunkToFit() {
        WindowBounds onMonitor = new WindowBounds(1500, 60, 1400, 900, true);
        assertThat(WindowPlacement.fit(onMonitor, List.of(LAPTOP), LAPTOP))
                .isEqualTo(new WindowBounds(0, 0, 1366, 728, true));
    }

    @Test
    void aWindowHangingOffTheEdgeIsPulledWhollyOntoTheScreenItMostlyCovers() {
        WindowBounds straddling = new WindowBounds(1000, -30, 1000, 600, false);
        assertThat(WindowPlacement.fit(straddling, List.of(LAPTOP, MONITOR), LAPTOP))
                .isEqualTo(new WindowBounds(1366, 0, 1000, 600, false));
    }
}

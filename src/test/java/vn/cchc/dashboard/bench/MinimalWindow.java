package vn.cchc.dashboard.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.cchc.dashboard.ui.DashboardApp;
import vn.cchc.dashboard.ui.StartupProbe;

/**
 * The yardstick for start-up: the smallest JavaFX window that shows one label, started the same way as the
 * app (same JVM, flags and class path) and timed to the same probe line.
 */
public final class MinimalWindow extends Application {

    /** As the app's: close once the label is shown (the training start that records a class-data archive). */
    static final String EXIT_WHEN_SHOWN = DashboardApp.EXIT_WHEN_SHOWN;

    /** A launcher that does not extend Application, as the app's Main, so it starts from the class path. */
    public static final class Launcher {

        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(MinimalWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Label label = new Label();
        StartupProbe.watch(label);
        stage.setScene(new Scene(new StackPane(label), 1280, 800));
        stage.setTitle("Minimal JavaFX window");
        stage.show();
        label.setText("50/99 nhiệm vụ, đạt 50,51% so với kế hoạch năm");
        if (Boolean.getBoolean(EXIT_WHEN_SHOWN)) {
            Platform.runLater(Platform::exit);
        }
    }
}

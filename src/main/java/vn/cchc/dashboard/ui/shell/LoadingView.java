package vn.cchc.dashboard.ui.shell;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.cchc.dashboard.i18n.Messages;

/**
 * What the window shows while the data opens or is changed closed: "Đang mở dữ liệu…", and a spinner once the wait
 * is long enough to notice. A usual start is over before the spinner would appear; drawn from the first moment, its
 * animation took processor time from the opening it waits for.
 */
final class LoadingView {

    static final Duration SPINNER_AFTER = Duration.millis(800);

    private LoadingView() {
    }

    static VBox of(Messages messages) {
        Label label = new Label(messages.get("app.loading"));
        VBox box = new VBox(16, label);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("loading");
        PauseTransition wait = new PauseTransition(SPINNER_AFTER);
        wait.setOnFinished(done -> {
            if (box.getScene() != null) {
                box.getChildren().add(0, new ProgressIndicator());
            }
        });
        wait.play();
        return box;
    }

    /** As {@link #of(Messages)} with {@code below} under its words (the strip of a restore, with its Huỷ). */
    static VBox of(Messages messages, Region below) {
        VBox box = of(messages);
        below.setMaxWidth(560);
        box.getChildren().add(below);
        return box;
    }
}

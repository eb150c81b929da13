package vn.cchc.dashboard.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.cchc.dashboard.i18n.Messages;

/** What the window shows while the data opens or is changed closed: a spinner and "Đang mở dữ liệu…". */
final class LoadingView {

    private LoadingView() {
    }

    static VBox of(Messages messages) {
        ProgressIndicator progress = new ProgressIndicator();
        Label label = new Label(messages.get("app.loading"));
        VBox box = new VBox(16, progress, label);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("loading");
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

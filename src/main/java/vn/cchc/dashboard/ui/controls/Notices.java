package vn.cchc.dashboard.ui.controls;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Success messages as a notification in the window's corner that fades by itself (ControlsFX), instead
 * of a dialog to dismiss; the text stays in the status bar for whoever looked away. Failures stay dialogs
 * or field messages.
 */
public final class Notices {

    private static final Duration SHOWN_FOR = Duration.seconds(5);

    private Notices() {
    }

    /** Shows {@code text} over {@code anchor}'s window, if that window is showing; nothing when it is blank. */
    public static void show(Node anchor, String title, String text) {
        Window window = anchor.getScene() == null ? null : anchor.getScene().getWindow();
        if (text == null || text.isBlank() || window == null || !window.isShowing()) {
            return;
        }
        Notifications.create().owner(window).title(title).text(text).position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR).showInformation();
    }
}

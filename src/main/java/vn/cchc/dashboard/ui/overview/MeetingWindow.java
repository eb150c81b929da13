package vn.cchc.dashboard.ui.overview;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;

/**
 * Presentation mode (F11): the meeting view full screen on the screen the main window is on — a projector set up as a
 * second screen included — following the plan and day the main window shows. F11 or Esc leaves it; a click on a tile
 * leaves it for the task list on the tile's tasks.
 */
public final class MeetingWindow {

    private MeetingWindow() {
    }

    /**
     * Opens the meeting over {@code owner}.
     *
     * @param behind      who is behind, for its page (disposed with the window)
     * @param openTasks   opens the main window's task list on a tile's tasks
     * @param compareWith sets the date the tiles compare with
     * @param closed      told when the meeting window has closed
     * @return the meeting's window, to close it with F11 from the main window
     */
    public static Stage open(Stage owner, Messages messages, Background background, ObservableValue<Overview> overview,
                             LaggingDigestViewModel behind, Consumer<TaskSelection> openTasks,
                             Consumer<LocalDate> compareWith, Runnable closed) {
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getBounds();
        return open(owner, messages, background, overview, behind, openTasks, compareWith, closed, screen, true);
    }

    /** As {@link #open}, on {@code area}: full screen there, or a plain window of its size (for tests). */
    static Stage open(Stage owner, Messages messages, Background background, ObservableValue<Overview> overview,
                      LaggingDigestViewModel behind, Consumer<TaskSelection> openTasks, Consumer<LocalDate> compareWith,
                      Runnable closed, Rectangle2D area, boolean fullScreen) {
        Stage projector = new Stage();
        OverviewViewModel figures = new OverviewViewModel(overview, messages, selection -> {
            projector.close();
            openTasks.accept(selection);
        }, compareWith);
        PresentationView view = new PresentationView(figures, new MeetingViewModel(overview, messages), behind, messages,
                background);
        Scene scene = new Scene((Parent) view.node(), area.getWidth(), area.getHeight());
        if (owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, view::turn);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F11) {
                projector.close();
            }
        });
        projector.initOwner(owner);
        projector.setTitle(messages.get("app.title"));
        projector.setScene(scene);
        // Placed on the window's own screen, so that it fills it even where full screen is not granted.
        projector.setX(area.getMinX());
        projector.setY(area.getMinY());
        if (fullScreen) {
            projector.setFullScreenExitHint("");
            projector.setFullScreen(true);
        }
        projector.setOnHidden(e -> {
            view.dispose();
            closed.run();
        });
        projector.show();
        return projector;
    }
}

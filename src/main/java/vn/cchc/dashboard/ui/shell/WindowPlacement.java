package vn.cchc.dashboard.ui.shell;

import java.util.Comparator;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.cchc.dashboard.app.WindowBounds;

/**
 * Remembers where the main window is and puts it back there next time — fitted onto a screen that is
 * present now, since the monitor it was left on may be unplugged or smaller.
 */
final class WindowPlacement {

    private final Stage stage;
    private WindowBounds normal;

    WindowPlacement(Stage stage) {
        this.stage = stage;
        // The bounds before maximising are what the window should return to, so only those are tracked.
        InvalidationListener track = o -> {
            if (!stage.isMaximized() && !stage.isFullScreen() && stage.getWidth() > 0 && stage.getHeight() > 0
                    && Double.isFinite(stage.getX()) && Double.isFinite(stage.getY())) {
                normal = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener(track);
        stage.yProperty().addListener(track);
        stage.widthProperty().addListener(track);
        stage.heightProperty().addListener(track);
    }

    /** Puts the window where {@code saved} says, fitted to today's screens; null leaves the default place. */
    void place(WindowBounds saved) {
        if (saved == null) {
            return;
        }
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        WindowBounds fitted = fit(saved, screens, Screen.getPrimary().getVisualBounds());
        stage.setX(fitted.x());
        stage.setY(fitted.y());
        stage.setWidth(fitted.width());
        stage.setHeight(fitted.height());
        stage.setMaximized(fitted.maximized());
    }

    /** Where the window is now (its size before maximising, and whether it is maximised). */
    WindowBounds bounds() {
        WindowBounds base = normal != null ? normal
                : new WindowBounds(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()), Math.max(1, stage.getHeight()),
                false);
        return new WindowBounds(base.x(), base.y(), base.width(), base.height(), stage.isMaximized());
    }

    /**
     * {@code saved} moved and shrunk so that it lies wholly on the screen it overlaps most, or on
     * {@code primary} when it overlaps none (the monitor it was on is gone).
     */
    static WindowBounds fit(WindowBounds saved, List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D screen = screens.stream()
                .filter(s -> overlap(s, saved) > 0)
                .max(Comparator.comparingDouble(s -> overlap(s, saved)))
                .orElse(primary);
        double width = Math.min(saved.width(), screen.getWidth());
        double height = Math.min(saved.height(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(saved.x(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(saved.y(), screen.getMaxY() - height));
        return new WindowBounds(x, y, width, height, saved.maximized());
    }

    private static double overlap(Rectangle2D screen, WindowBounds window) {
        double w = Math.min(screen.getMaxX(), window.x() + window.width()) - Math.max(screen.getMinX(), window.x());
        double h = Math.min(screen.getMaxY(), window.y() + window.height()) - Math.max(screen.getMinY(), window.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}

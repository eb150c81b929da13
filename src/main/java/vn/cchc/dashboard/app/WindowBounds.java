package vn.cchc.dashboard.app;

/**
 * The main window's place and size as last left (in screen coordinates), with whether it was maximised;
 * the window fits it to the screens present when it opens again.
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public WindowBounds {
        if (!(width > 0 && height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("not a window's bounds: " + x + "," + y + " " + width + "×" + height);
        }
    }
}

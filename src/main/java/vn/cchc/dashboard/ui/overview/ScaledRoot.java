package vn.cchc.dashboard.ui.overview;

import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * The meeting laid out for a 1366 × 768 projector and scaled to the screen it is on: on 1920 × 1080 every text, tile
 * and chart is 1,4 times larger and the page looks the same. A screen of another shape gets the extra room (a 4:3
 * projector a taller page), never a smaller type.
 */
final class ScaledRoot extends Region {

    static final double DESIGN_WIDTH = 1366;
    static final double DESIGN_HEIGHT = 768;

    private final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    ScaledRoot(Region content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().add(content);
        getStyleClass().add("meeting-screen");
    }

    @Override
    protected void layoutChildren() {
        double s = Math.min(getWidth() / DESIGN_WIDTH, getHeight() / DESIGN_HEIGHT);
        if (s <= 0) {
            return;
        }
        scale.setX(s);
        scale.setY(s);
        content.resizeRelocate(0, 0, getWidth() / s, getHeight() / s);
    }
}

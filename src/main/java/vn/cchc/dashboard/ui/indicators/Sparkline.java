package vn.cchc.dashboard.ui.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;

/** A figure's trend over the last periods, small enough to sit beside it in a grid cell; gaps are skipped. */
final class Sparkline extends Pane {

    private static final double WIDTH = 54;
    private static final double HEIGHT = 18;
    private static final double INSET = 3;

    Sparkline() {
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
    }

    void show(List<BigDecimal> points) {
        getChildren().clear();
        List<BigDecimal> known = points.stream().filter(Objects::nonNull).toList();
        if (known.size() < 2) {
            return;
        }
        double min = known.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = known.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double span = Math.max(max - min, 1);
        Polyline line = new Polyline();
        line.getStyleClass().add("sparkline");
        // Drawn inside its box: the line's width and the last point's radius stay within it.
        double step = (WIDTH - 2 * INSET) / Math.max(1, points.size() - 1);
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i) != null) {
                lastX = INSET + i * step;
                lastY = HEIGHT - 2 - (points.get(i).doubleValue() - min) / span * (HEIGHT - 4);
                line.getPoints().addAll(lastX, lastY);
            }
        }
        Circle latest = new Circle(lastX, lastY, 2);
        latest.getStyleClass().add("sparkline-point");
        getChildren().addAll(line, latest);
    }
}

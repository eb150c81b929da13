package vn.cchc.dashboard.ui.controls;

import java.util.Locale;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A figure or a headline on one line at its size, in a smaller size when the line would not fit its width: the text
 * is made to fit, never cut to "56…". The size is set inline (it wins over the stylesheet), the face and weight stay
 * the stylesheet's.
 */
public final class FitText {

    private final Labeled label;
    private final ObservableDoubleValue width;
    private double size;
    private final double smallest;

    private FitText(Labeled label, ObservableDoubleValue width, double size, double smallest) {
        this.label = label;
        this.width = width;
        this.size = size;
        this.smallest = smallest;
    }

    /**
     * Keeps {@code label} at {@code size} pixels, or smaller down to {@code smallest} where its text is wider than
     * {@code width}.
     *
     * @return the fitting, to change its size later
     */
    public static FitText oneLine(Labeled label, ObservableDoubleValue width, double size, double smallest) {
        FitText fit = new FitText(label, width, size, smallest);
        width.addListener((obs, old, now) -> fit.apply());
        label.textProperty().addListener((obs, old, now) -> fit.apply());
        // The face and weight arrive with the stylesheet: measure again in them.
        label.fontProperty().addListener((obs, old, now) -> fit.apply());
        fit.apply();
        return fit;
    }

    /** A new size to fit at (the screen's scale changed). */
    public void size(double newSize) {
        this.size = newSize;
        apply();
    }

    private void apply() {
        double fitted = fitted(label.getText(), label.getFont(), size, smallest, width.get());
        String style = String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fitted);
        if (!style.equals(label.getStyle())) {
            label.setStyle(style);
        }
    }

    /** The largest size up to {@code size} (and not under {@code smallest}) at which {@code text} is within {@code width}. */
    static double fitted(String text, Font face, double size, double smallest, double width) {
        if (text == null || text.isEmpty() || width <= 0) {
            return size;
        }
        double natural = measure(text, face, size);
        // A pixel to spare: a label given exactly its text's width may still round down and cut.
        double room = width - 2;
        if (natural <= room) {
            return size;
        }
        double fitted = Math.floor(size * room / natural * 10) / 10;
        // Glyph widths do not scale exactly with the size: step down until the line is within the room.
        while (fitted > smallest && measure(text, face, fitted) > room) {
            fitted -= 0.5;
        }
        return Math.max(smallest, fitted);
    }

    private static double measure(String text, Font face, double size) {
        boolean bold = face.getStyle().toLowerCase(Locale.ROOT).contains("bold");
        Text probe = new Text(text);
        probe.setFont(Font.font(face.getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        return probe.getLayoutBounds().getWidth();
    }
}

package vn.cchc.dashboard.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;

/**
 * The benchmark suite's finish line for start-up. With {@code -Dcchc.startupProbe=true}, prints one line
 * {@code CCHC-READY <epoch millis>} to stdout when a label first gets its text and has been laid out for the
 * next frame; without the property it does nothing at all.
 */
public final class StartupProbe {

    public static final String PROPERTY = "cchc.startupProbe";

    private StartupProbe() {
    }

    /** Reports the first moment {@code label} shows a non-empty text. */
    public static void watch(Labeled label) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        label.textProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> text, String old, String now) {
                if (now == null || now.isEmpty()) {
                    return;
                }
                text.removeListener(this);
                Scene scene = label.getScene();
                if (scene == null) {
                    ready();
                    return;
                }
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        ready();
                    }
                });
            }
        });
    }

    private static void ready() {
        System.out.println("CCHC-READY " + System.currentTimeMillis());
        System.out.flush();
    }
}

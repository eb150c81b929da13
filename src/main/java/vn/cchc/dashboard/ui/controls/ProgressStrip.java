package vn.cchc.dashboard.ui.controls;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.work.Tracker;

/**
 * The strip every slow action shows while it runs: what the work is doing, a progress bar (moving back and forth
 * until the work knows its total) and "Huỷ". It appears only when the work is still running after a second, so
 * quick work does not flicker; it follows the work's {@link Tracker} by looking at it ten times a second on the FX
 * animation clock, so the work never has to call into the FX thread however fast it steps.
 */
public final class ProgressStrip extends HBox {

    /** How long work runs before the strip appears. */
    public static final java.time.Duration SHOW_AFTER = java.time.Duration.ofSeconds(1);
    private static final java.time.Duration FRAME = java.time.Duration.ofMillis(100);

    private final Messages messages;
    private final WorkWatch watch;
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel;
    private final Timeline frames;

    public ProgressStrip(Messages messages) {
        this(messages, SHOW_AFTER);
    }

    /** @param showAfter how long work runs before the strip appears; zero for at once (tests) */
    public ProgressStrip(Messages messages, java.time.Duration showAfter) {
        this.messages = messages;
        this.watch = new WorkWatch(showAfter);
        this.cancel = new Button(messages.get("work.cancel"));
        cancel.setId("work-cancel");
        cancel.setCancelButton(false);
        cancel.setOnAction(e -> {
            watch.cancel();
            render();
        });
        text.setId("work-text");
        text.setMinWidth(0);
        bar.setPrefWidth(220);
        bar.setMinWidth(120);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(text, bar, cancel);
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("progress-strip");
        setId("progress-strip");
        frames = new Timeline(new KeyFrame(Duration.millis(FRAME.toMillis()), e -> {
            watch.elapse(FRAME);
            render();
        }));
        frames.setCycleCount(Animation.INDEFINITE);
        managedProperty().bind(visibleProperty());
        render();
    }

    /** Follows whatever work {@code running} holds: shown while it runs (after the delay), hidden when it is null. */
    public ProgressStrip follow(ObservableValue<Tracker> running) {
        running.addListener((obs, old, now) -> watch(now));
        watch(running.getValue());
        return this;
    }

    private void watch(Tracker work) {
        if (work == null) {
            frames.stop();
            watch.finish();
        } else {
            watch.start(work);
            frames.playFromStart();
        }
        render();
    }

    private void render() {
        setVisible(watch.visible());
        if (!watch.visible()) {
            return;
        }
        Tracker.Step step = watch.step();
        if (watch.phase() == WorkWatch.Phase.CANCELLING) {
            text.setText(messages.get("work.cancelling"));
        } else {
            text.setText(step == null ? messages.get("work.running")
                    : messages.format(step.messageKey(), messages.formats().count(step.done()),
                    messages.formats().count(step.total())));
        }
        bar.setProgress(watch.fraction());
        // Disabled once pressed, and once the work is past its final step (it runs to its end from there).
        cancel.setDisable(!watch.cancellable());
    }
}

package vn.cchc.dashboard.ui.indicators;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import vn.cchc.dashboard.chart.ChartOnScreen;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.chart.Charts;
import vn.cchc.dashboard.chart.ExportPreset;
import vn.cchc.dashboard.chart.ExportableChart;
import vn.cchc.dashboard.chart.IndicatorChartInput;
import vn.cchc.dashboard.i18n.Formats;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.ErrorText;
import vn.cchc.dashboard.ui.LongWork;
import vn.cchc.dashboard.ui.SaveDialog;
import vn.cchc.dashboard.ui.Subscriptions;
import vn.cchc.dashboard.work.Progress;
import vn.cchc.dashboard.work.Tracker;

/** The chart of one indicator across units, drawn off the FX thread whenever its figures change; saved as PNG for a slide. */
final class IndicatorChartPane extends StackPane {

    private static final double HEIGHT = 520;

    private final Background background;
    private final LongWork exportWork;
    private final Messages messages;
    private final SaveDialog saveDialog;
    private final Consumer<String> feedback;
    private final Button export;
    private final Subscriptions subscriptions = new Subscriptions();
    private ExportableChart shown;
    private long latestRequest;

    /** @param feedback tells the user, in one sentence, where the file went or why it did not */
    IndicatorChartPane(ObservableValue<IndicatorChartInput> input, Background background, Messages messages,
                       SaveDialog saveDialog, Consumer<String> feedback) {
        this.background = background;
        this.exportWork = new LongWork(background);
        this.messages = messages;
        this.saveDialog = saveDialog;
        this.feedback = feedback;
        setId("indicator-chart");
        setPrefHeight(HEIGHT);
        setMinHeight(HEIGHT);
        export = new Button(messages.get("indicator.chart.export"));
        export.setId("indicator-chart-export");
        export.setDisable(true);
        export.setOnAction(e -> exportShown());
        subscriptions.follow(input, this::draw);
    }

    Button exportButton() {
        return export;
    }

    private void draw(IndicatorChartInput input) {
        long request = ++latestRequest;
        if (input == null) {
            getChildren().clear();
            export.setDisable(true);
            return;
        }
        background.run(() -> ChartOnScreen.prepare(Charts.indicator(input, messages)), chart -> {
            if (request == latestRequest) {
                shown = chart;
                getChildren().setAll(ChartOnScreen.viewer(chart));
                export.setDisable(false);
            }
        }, e -> getChildren().setAll(new Label(ErrorText.of(e, messages))));
    }

    private void exportShown() {
        ExportableChart chart = shown;
        if (chart == null) {
            return;
        }
        String day = Formats.DATE.format(chart.dataDate()).replace('/', '-');
        saveDialog.ask(messages.get("chart.save.title"), chart.name() + "-" + day + ".png", "png").ifPresent(file ->
                exportWork.start(progress -> write(chart, file, progress),
                        written -> feedback.accept(messages.format("chart.written", chart.title(), written.toAbsolutePath())),
                        e -> feedback.accept(LongWork.cancelled(e) ? messages.get("work.cancelled.file")
                                : ErrorText.of(e, messages))));
    }

    private static Path write(ExportableChart chart, Path file, Progress progress) {
        AppException.writing(file, () -> chart.writePng(file, ExportPreset.SLIDE_16_9, progress));
        return file;
    }

    /** The export running now, for the progress strip; null when none. */
    ReadOnlyObjectProperty<Tracker> exportRunning() {
        return exportWork.running();
    }

    void dispose() {
        subscriptions.dispose();
    }
}

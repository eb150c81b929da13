package vn.cchc.dashboard.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.shell.MainWindow;

/** For headless window tests: the sample province in a folder, opened off the FX thread, shown in a real window. */
public final class SampleWindow implements AutoCloseable {

    private final AppContext context;
    private final FxBackground background = new FxBackground();

    private SampleWindow(AppContext context) {
        this.context = context;
    }

    /** An application already open (on a shared server, logged in as some account), to show in a window. */
    public static SampleWindow of(AppContext context) {
        return new SampleWindow(context);
    }

    public static SampleWindow open(Path folder) {
        return new SampleWindow(AppContext.open(folder, TestClock.today(), true));
    }

    public AppContext context() {
        return context;
    }

    /** Call from a TestFX {@code @Start} method (on the FX thread). */
    public MainWindow showIn(Stage stage) {
        return showIn(stage, (title, name, extension) -> java.util.Optional.empty());
    }

    /** As {@link #showIn(Stage)}, with {@code saveDialog} answering where exported files go. */
    public MainWindow showIn(Stage stage, vn.cchc.dashboard.ui.SaveDialog saveDialog) {
        MainWindow window = new MainWindow(stage, background, Language.VI, saveDialog);
        window.show();
        window.showDashboard(context);
        return window;
    }

    /** Opens the sample in {@code folder} and shows it in TestFX's stage: for a fresh window per test. */
    public static SampleWindow showFresh(Path folder) throws java.util.concurrent.TimeoutException {
        SampleWindow sample = open(folder);
        org.testfx.api.FxToolkit.setupStage(sample::showIn);
        return sample;
    }

    /** Hides TestFX's stage, then closes as {@link #close()}. */
    public void hideAndClose() throws java.util.concurrent.TimeoutException {
        org.testfx.api.FxToolkit.hideStage();
        close();
    }

    @Override
    public void close() {
        background.close();
        context.close();
    }
}

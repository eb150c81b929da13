package vn.cchc.dashboard.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.DamagedDataException;
import vn.cchc.dashboard.app.DataFolder;
import vn.cchc.dashboard.app.SessionSecrets;
import vn.cchc.dashboard.i18n.BackupWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.LongWork;
import vn.cchc.dashboard.ui.controls.ProgressStrip;

/**
 * Opening the data for the window: in the background (asking for the passphrase or the server's password when needed,
 * see DataOpener), then the dashboard. A damaged data file with a backup that verifies is offered for restore before
 * anything else; a data folder on a network share is warned about once.
 */
final class OpeningWorkflow {

    private final WindowHost window;
    private final Background background;
    private String db;
    private Path dbPasswordFile;

    OpeningWorkflow(WindowHost window, Background background) {
        this.window = window;
        this.background = background;
    }

    /** The shared server the command line names; null for the one the data folder's settings name, else its own. */
    void useDatabase(String db, Path dbPasswordFile) {
        this.db = db;
        this.dbPasswordFile = dbPasswordFile;
    }

    /**
     * Opens the data (creating the sample in an empty database when {@code sampleIfEmpty}), taking {@code early} (the
     * opening begun at start-up, or null) as the first try, then shows the dashboard and runs {@code then}.
     */
    void open(Path dataFolder, Clock clock, boolean sampleIfEmpty, EarlyOpening early, Runnable then) {
        window.showLoading(null);
        new DataOpener(background, window.messages(), window.stage()).open(dataFolder, db, dbPasswordFile, clock,
                sampleIfEmpty, window.secrets(), early, opened -> background.run(() ->
                        opened.context().settings().networkShareWarned() ? Optional.<String>empty()
                                : DataFolder.networkFileSystem(dataFolder), share -> {
                            window.showDashboard(opened.context(), opened.secrets());
                            if (!opened.notice().isEmpty()) {
                                window.model().notice().set(opened.notice());
                            }
                            then.run();
                            share.ifPresent(this::warnNetworkShare);
                        }, window::showFatal),
                failure -> openFailed(dataFolder, clock, then, failure), Platform::exit);
    }

    /**
     * A damaged data file with a backup that verifies: offered for restore, through the same restore as Cài đặt's
     * (the damaged file kept as a backup of its own), then the data opened again. Anything else is fatal.
     */
    private void openFailed(Path dataFolder, Clock clock, Runnable then, Throwable failure) {
        DamagedDataException damaged = DamagedDataException.in(failure);
        if (damaged == null || damaged.backup().isEmpty()) {
            window.showFatal(failure);
            return;
        }
        Messages messages = window.messages();
        if (!DamagedDataDialog.askRestore(damaged, messages, window.stage())) {
            Platform.exit();
            return;
        }
        Path backup = damaged.backup().orElseThrow().file();
        SessionSecrets current = window.secrets();
        LongWork longWork = new LongWork(background);
        window.showLoading(new ProgressStrip(messages).follow(longWork.running()));
        longWork.start(progress -> AppContext.restore(dataFolder, backup, current, clock, progress),
                restored -> open(dataFolder, clock, false, null, () -> {
                    window.model().notice().set(messages.format("backup.restored", backup.toAbsolutePath(), dataFolder,
                            BackupWording.contents(restored, messages)));
                    then.run();
                }), refused -> {
                    if (LongWork.cancelled(refused)) {
                        openFailed(dataFolder, clock, then, damaged); // nothing replaced: the same choice again
                    } else {
                        window.showFatal(refused);
                    }
                });
    }

    /** Once per data folder: the embedded database on a share is one dropped connection from damage. */
    private void warnNetworkShare(String kind) {
        Messages messages = window.messages();
        AppContext warned = window.context();
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.format("dataFolder.networkShare", warned.dataFolder(),
                kind), new ButtonType(messages.get("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("dataFolder.networkShare.title"));
        alert.initOwner(window.stage());
        alert.getDialogPane().setMinWidth(520);
        alert.show();
        background.run(() -> {
            warned.settings().setNetworkShareWarned();
            warned.settings().save();
            return warned;
        }, done -> { }, e -> window.showFailure(e, "settings.save.failed"));
    }
}

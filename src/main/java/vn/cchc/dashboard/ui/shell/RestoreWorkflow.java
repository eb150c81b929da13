package vn.cchc.dashboard.ui.shell;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.SessionSecrets;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.i18n.BackupWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.work.CancelledException;

/**
 * Cài đặt → Sao lưu → Khôi phục: asked first, then the data replaced by the backup while closed. The backup is
 * verified and the replaced data kept as a backup; one that does not verify changes nothing, and the window opens
 * again on the data as it was and says why.
 */
final class RestoreWorkflow {

    private final WindowHost window;
    private final ClosedDataWork closed;

    RestoreWorkflow(WindowHost window, ClosedDataWork closed) {
        this.window = window;
        this.closed = closed;
    }

    /** Asks whether to replace the data by {@code backup}, and does it when the user agrees. */
    void confirm(Path backup) {
        Messages messages = window.messages();
        ButtonType replace = new ButtonType(messages.get("backup.restore.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("progress.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.format("backup.restore.question",
                backup.getFileName()), replace, cancel);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("backup.restore.title"));
        alert.initOwner(window.stage());
        if (alert.showAndWait().filter(b -> b == replace).isPresent()) {
            restore(backup);
        }
    }

    private void restore(Path backup) {
        SessionSecrets current = window.secrets();
        Messages messages = window.messages();
        closed.run((old, progress) -> {
            try {
                BackupContents restored = AppContext.restore(old.dataFolder(), backup, current, old.clock(), progress);
                return new ClosedDataWork.Outcome(messages.format("backup.restored", backup.toAbsolutePath(),
                        old.dataFolder(), BackupWording.contents(restored, messages)), current);
            } catch (CancelledException cancelled) {
                return new ClosedDataWork.Outcome(messages.get("backup.restore.cancelled"), current);
            } catch (RuntimeException refused) {
                return ClosedDataWork.Outcome.failed(refused, "backup.restore.failed", current);
            }
        }, null, "backup.restore.cancelled");
    }
}

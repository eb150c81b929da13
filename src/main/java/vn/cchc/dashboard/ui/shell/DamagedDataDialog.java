package vn.cchc.dashboard.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import vn.cchc.dashboard.app.BackupService;
import vn.cchc.dashboard.app.DamagedDataException;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The data file cannot be opened (empty, truncated, unreadable) and a backup still verifies: one sentence saying so,
 * and the choice between restoring that backup and closing. Nothing was created over the file meanwhile.
 */
final class DamagedDataDialog {

    private DamagedDataDialog() {
    }

    /** @return true when the user chose to restore {@code damaged}'s backup, false to close the application */
    static boolean askRestore(DamagedDataException damaged, Messages messages, Window owner) {
        BackupService.Backup backup = damaged.backup().orElseThrow();
        String made = messages.formats().dateTime(backup.made());
        ButtonType restore = new ButtonType(messages.format("data.damaged.restore", made), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.format("data." + damaged.wording() + ".offer", damaged.databaseFile(), made),
                restore, close);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("data.damaged.title"));
        alert.initOwner(owner);
        alert.getDialogPane().setMinWidth(640);
        // The restore button names the backup's date in full: wider than its neighbour, never cut to "07/1…".
        Button restoreButton = (Button) alert.getDialogPane().lookupButton(restore);
        ButtonBar.setButtonUniformSize(restoreButton, false);
        restoreButton.setMinWidth(Region.USE_PREF_SIZE);
        return alert.showAndWait().filter(b -> b == restore).isPresent();
    }
}

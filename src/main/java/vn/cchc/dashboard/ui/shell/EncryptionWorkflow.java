package vn.cchc.dashboard.ui.shell;

import vn.cchc.dashboard.app.DataEncryption;
import vn.cchc.dashboard.app.SessionSecrets;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.i18n.BackupWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.ScreenId;
import vn.cchc.dashboard.ui.settings.EncryptionDialog;
import vn.cchc.dashboard.ui.settings.EncryptionFormViewModel;

/**
 * Cài đặt → Mã hoá: encryption turned on or off, or the passphrase changed, as the dialog says. The data is converted
 * while closed (backed up and verified first, see DataEncryption) and opened again with the new passphrase; a failure
 * leaves the data as it was, and the window opens again on it and says why.
 */
final class EncryptionWorkflow {

    private final WindowHost window;
    private final ClosedDataWork closed;

    EncryptionWorkflow(WindowHost window, ClosedDataWork closed) {
        this.window = window;
        this.closed = closed;
    }

    /** Asks for the passphrases {@code mode} needs, then makes the change. */
    void ask(EncryptionFormViewModel.Mode mode) {
        EncryptionFormViewModel form = new EncryptionFormViewModel(mode, window.messages());
        if (new EncryptionDialog(form, window.messages(), window.stage()).ask()) {
            change(form);
        }
    }

    private void change(EncryptionFormViewModel form) {
        SessionSecrets current = window.secrets();
        Messages messages = window.messages();
        closed.run((old, progress) -> {
            try {
                DataEncryption encryption = new DataEncryption();
                // Turning encryption on also encrypts the older backups: the notice says how many, and any left plain.
                DataEncryption.Enabled enabled = form.mode() == EncryptionFormViewModel.Mode.ENABLE
                        ? encryption.enable(old.dataFolder(), form.newPassphrase(), old.clock()) : null;
                BackupContents kept = switch (form.mode()) {
                    case ENABLE -> enabled.contents();
                    case CHANGE -> encryption.change(old.dataFolder(), form.currentPassphrase(), form.newPassphrase(),
                            old.clock());
                    case DISABLE -> encryption.disable(old.dataFolder(), form.currentPassphrase(), old.clock());
                };
                SessionSecrets next = form.mode() == EncryptionFormViewModel.Mode.DISABLE ? SessionSecrets.NONE
                        : SessionSecrets.NONE.withDataPassphrase(form.newPassphrase());
                String text = messages.format(form.doneKey(), BackupWording.contents(kept, messages));
                if (enabled != null) {
                    text += " " + BackupWording.backupsEncrypted(enabled.backupsEncrypted(), enabled.backupsLeftPlain(),
                            messages);
                }
                return new ClosedDataWork.Outcome(text, next);
            } catch (RuntimeException failed) {
                return ClosedDataWork.Outcome.failed(failed, "encryption.failed", current);
            }
        }, ScreenId.SETTINGS, "work.cancelled");
    }
}

package vn.cchc.dashboard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.DataAddress;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.DataEncryption;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.i18n.BackupWording;

/**
 * {@code encryption [--on | --change | --off] [--new-key-file FILE]}: says whether the data folder's database is
 * encrypted, or turns encryption on, changes its passphrase ({@code --key-file} holds the current one) or turns it
 * off. Each change backs the data up first and replaces it only by a converted copy that verified.
 */
@Command(name = "encryption", mixinStandardHelpOptions = true, sortOptions = false)
final class EncryptionCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @ArgGroup(exclusive = true)
    Change change;

    @Option(names = "--new-key-file", paramLabel = "FILE", descriptionKey = "option.new-key-file")
    Path newKeyFile;

    static final class Change {
        @Option(names = "--on", descriptionKey = "option.encryption-on")
        boolean on;
        @Option(names = "--change", descriptionKey = "option.encryption-change")
        boolean changePassphrase;
        @Option(names = "--off", descriptionKey = "option.encryption-off")
        boolean off;
    }

    @Override
    public Integer call() {
        DataAddress address = root.address();
        if (address.onServer()) {
            throw AppException.invalidInput("error.encryption.server", address.serverUrl());
        }
        Path folder = root.dataFolder();
        var out = root.environment().out();
        if (change == null) {
            out.println(root.messages().format(DataEncryption.encrypted(folder) ? "encryption.status.on"
                    : "encryption.status.off", folder));
            return ExitCode.OK;
        }
        DataEncryption encryption = new DataEncryption(vn.cchc.dashboard.app.InstanceLock.Holder.COMMAND);
        BackupContents kept;
        String done;
        if (change.off) {
            kept = encryption.disable(address, root.environment().clock());
            done = "encryption.disabled";
        } else if (change.on) {
            DataEncryption.Enabled enabled = encryption.enable(folder, DataEncryption.newPassphrase(newPassphraseFile()),
                    root.environment().clock());
            out.println(root.messages().format("encryption.enabled",
                    BackupWording.contents(enabled.contents(), root.messages())));
            out.println(BackupWording.backupsEncrypted(enabled.backupsEncrypted(), enabled.backupsLeftPlain(),
                    root.messages()));
            return ExitCode.OK;
        } else {
            kept = encryption.change(address, DataEncryption.newPassphrase(newPassphraseFile()),
                    root.environment().clock());
            done = "encryption.changed";
        }
        out.println(root.messages().format(done, BackupWording.contents(kept, root.messages())));
        return ExitCode.OK;
    }

    private Path newPassphraseFile() {
        if (newKeyFile == null) {
            throw new UsageException(root.messages().get("error.encryption.newKeyFile"));
        }
        return newKeyFile;
    }
}

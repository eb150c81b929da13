package vn.cchc.dashboard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.DataAddress;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.BackupContents;
import vn.cchc.dashboard.i18n.BackupWording;

/**
 * {@code restore FILE}: replaces the data folder's database by a backup, once the backup verifies; the
 * replaced data is kept as a backup of its own.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false)
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.backup-file")
    Path file;

    @Override
    public Integer call() {
        DataAddress address = root.address();
        if (address.onServer()) {
            throw AppException.invalidInput("error.backup.server", address.serverUrl());
        }
        BackupContents contents = AppContext.restore(address, file, root.environment().clock());
        root.environment().out().println(root.messages().format("backup.restored", file.toAbsolutePath(),
                root.dataFolder(), BackupWording.contents(contents, root.messages())));
        return ExitCode.OK;
    }
}

package vn.cchc.dashboard.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.DataAddress;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.BackupService;
import vn.cchc.dashboard.i18n.BackupWording;

/** {@code backup [--out FILE]}: a verified backup of the data folder's database, into the backups folder or FILE. */
@Command(name = "backup", mixinStandardHelpOptions = true, sortOptions = false)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.backup-out")
    Path out;

    @Override
    public Integer call() {
        DataAddress address = root.address();
        if (address.onServer()) {
            throw AppException.invalidInput("error.backup.server", address.serverUrl());
        }
        try (AppContext context = root.openForReading()) {
            BackupService.Verified written = context.backups().backup(BackupService.Kind.MANUAL, out);
            root.environment().out().println(root.messages().format("backup.written", written.file().toAbsolutePath(),
                    BackupWording.contents(written.contents(), root.messages())));
            return ExitCode.OK;
        }
    }
}

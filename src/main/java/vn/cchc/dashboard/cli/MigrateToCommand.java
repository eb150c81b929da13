package vn.cchc.dashboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.cchc.dashboard.app.DataAddress;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.InstanceLock;
import vn.cchc.dashboard.app.ServerMigration;
import vn.cchc.dashboard.i18n.Formats;

/**
 * {@code migrate-to --db URL [--replace]}: copies the data folder's own database to a shared PostgreSQL server and
 * prints each table's row count and checksum on both sides. Exit code 0 only when all of them match.
 */
@Command(name = "migrate-to", mixinStandardHelpOptions = true, sortOptions = false)
final class MigrateToCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--replace", descriptionKey = "option.migrate-replace")
    boolean replace;

    @Override
    public Integer call() {
        if (root.db == null) {
            throw new UsageException(root.messages().get("error.migrate.noServer"));
        }
        DataAddress target = root.address();
        try (AppContext local = AppContext.open(target.ownDatabase(), root.environment().clock(), false,
                InstanceLock.Holder.COMMAND)) {
            ServerMigration.Result result = ServerMigration.migrate(local, target, replace);
            Formats f = root.messages().formats();
            var out = root.environment().out();
            out.println(root.messages().format("migrate.header", local.dataFolder(), result.server()));
            for (ServerMigration.TableCopied table : result.tables()) {
                out.println(String.format("  %-17s %9s %9s  %s  %s", table.table(), f.count(table.sourceRows()),
                        f.count(table.targetRows()), table.sourceChecksum().substring(0, 16),
                        table.targetChecksum().substring(0, 16)));
            }
            out.println(root.messages().format("migrate.done", f.count(result.rows()), f.count(result.tables().size()),
                    f.decimal(java.math.BigDecimal.valueOf(result.took().toMillis(), 3)), result.server()));
            return ExitCode.OK;
        }
    }
}

package vn.cchc.dashboard.app;

import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.DatabaseCopy;
import vn.cchc.dashboard.store.ServerAddress;
import vn.cchc.dashboard.store.StoreException;

/**
 * Moves a data folder's own database to a shared PostgreSQL server ({@code migrate-to --db URL}): everything copied
 * in one transaction, and committed only once every table's row count and checksum match on both sides.
 */
public final class ServerMigration {

    private static final Logger LOG = Logger.getLogger(ServerMigration.class.getName());

    /** What was copied: each table's counts and checksums (all matching), and how long it took. */
    public record Result(String server, List<TableCopied> tables, Duration took) {
        public long rows() {
            return tables.stream().mapToLong(TableCopied::targetRows).sum();
        }
    }

    /** One table as copied: its rows and checksum on both sides. */
    public record TableCopied(String table, long sourceRows, long targetRows, String sourceChecksum,
                              String targetChecksum) {

        static TableCopied of(DatabaseCopy.TableCheck check) {
            return new TableCopied(check.table(), check.sourceRows(), check.targetRows(), check.sourceChecksum(),
                    check.targetChecksum());
        }
    }

    private ServerMigration() {
    }

    /**
     * Copies {@code local}'s embedded database to {@code server}.
     *
     * @param replace also when the server already holds plans, units or updates (they are replaced)
     * @throws AppException when {@code local} is itself on a server, the server already holds data (and
     *                      {@code replace} is false), it cannot be reached, or the copy does not verify (nothing
     *                      is committed on the server in every one of these cases)
     */
    public static Result migrate(AppContext local, DataAddress target, boolean replace) {
        return migrate(local, target.server(), replace);
    }

    /** As {@link #migrate(AppContext, DataAddress, boolean)}, to {@code server}. */
    public static Result migrate(AppContext local, ServerAddress server, boolean replace) {
        if (local.database().kind() != Database.Kind.EMBEDDED) {
            throw AppException.invalidInput("error.migrate.notLocal", local.database().location());
        }
        long started = System.nanoTime();
        try (Database target = SharedServer.open(server)) {
            List<TableCopied> tables = DatabaseCopy.copy(local.database(), target, replace).stream()
                    .map(TableCopied::of).toList();
            Result result = new Result(server.url(), tables, Duration.ofNanos(System.nanoTime() - started));
            LOG.info("Copied " + result.rows() + " rows from " + local.dataFolder() + " to " + server.url()
                    + " in " + result.took().toMillis() + " ms");
            return result;
        } catch (DatabaseCopy.CopyMismatch e) {
            throw AppException.failure("error.migrate.mismatch", e, server.url(),
                    String.join(", ", e.checks().stream().filter(c -> !c.matches()).map(DatabaseCopy.TableCheck::table).toList()));
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.NOT_OURS) {
                throw AppException.invalidInput("error.migrate.notEmpty", server.url());
            }
            throw SharedServer.failure(e, server);
        }
    }
}

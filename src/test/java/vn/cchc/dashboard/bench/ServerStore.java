package vn.cchc.dashboard.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.DatabaseCopy;
import vn.cchc.dashboard.store.ServerAddress;
import vn.cchc.dashboard.testing.TestDatabase;

/**
 * A generated store copied onto the PostgreSQL server the tests use ({@code CCHC_TEST_PG} or
 * {@code -Dcchc.test.pg}), into a schema of its own, with the app's own {@code migrate-to} copy: the same rows, so
 * that the same queries can be timed on both databases.
 */
final class ServerStore {

    private ServerStore() {
    }

    /** The server named for the tests, if any. */
    static Optional<String> server() {
        return TestDatabase.serverUrl();
    }

    /** Opens the server schema {@code cchc_bench_<id>} holding a copy of the embedded store in {@code folder}. */
    static Database copyOf(String serverUrl, Path folder, String id) throws SQLException {
        String schema = "cchc_bench_" + id.replaceAll("[^a-z0-9]", "_");
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        ServerAddress server = ServerAddress.parse(serverUrl);
        String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Database target = Database.openServer(new ServerAddress(url, server.passwordInUrl()));
        try (Database source = Database.openEmbedded(folder)) {
            DatabaseCopy.copy(source, target, true);
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
        return target;
    }
}

package vn.cchc.dashboard.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.ServerAddress;

/**
 * The database a store test runs on, so that the same test classes run twice: on the embedded H2 file (the
 * default), and on a real PostgreSQL server when the build asks for it ({@code -Dcchc.test.db=pg}, which Maven's
 * "postgresql" surefire run sets) and names one ({@code -Dcchc.test.pg=jdbc:postgresql://…} or the environment
 * variable {@code CCHC_TEST_PG}, as {@code .ci/run} exports it). Without a server that run's tests are skipped,
 * and say why.
 * <p>
 * On PostgreSQL every test gets a schema of its own, created before it and dropped after it, so tests start
 * from an empty database just as they do with a fresh H2 folder. Register it as a field:
 * {@code @RegisterExtension final TestDatabase db = new TestDatabase();} and open through it.
 */
public final class TestDatabase implements ExecutionCondition, BeforeEachCallback, AfterEachCallback {

    /** The JUnit tag of the test classes that run on both databases (the "postgresql" surefire run selects it). */
    public static final String TAG = "store";

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicBoolean SKIP_TOLD = new java.util.concurrent.atomic.AtomicBoolean();
    private static final String SKIPPED = "PostgreSQL run skipped: no test server"
            + " (set CCHC_TEST_PG or -Dcchc.test.pg=jdbc:postgresql://…; .ci/run starts one)";

    private ServerAddress schema;

    /** True in the run on PostgreSQL. */
    public static boolean onServer() {
        return "pg".equals(System.getProperty("cchc.test.db", "h2"));
    }

    /** The test server's JDBC URL (with its one-off password), when one is configured. */
    public static Optional<String> serverUrl() {
        String url = System.getProperty("cchc.test.pg");
        if (url == null || url.isBlank()) {
            url = System.getenv("CCHC_TEST_PG");
        }
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (onServer() && serverUrl().isEmpty()) {
            if (!SKIP_TOLD.getAndSet(true)) {
                System.err.println(SKIPPED);
            }
            return ConditionEvaluationResult.disabled(SKIPPED);
        }
        return ConditionEvaluationResult.enabled(onServer() ? "on PostgreSQL" : "on H2");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        if (onServer()) {
            String name = "cchc_t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
            execute("DROP SCHEMA IF EXISTS " + name + " CASCADE", "CREATE SCHEMA " + name);
            ServerAddress server = ServerAddress.parse(serverUrl().orElseThrow());
            String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + name;
            schema = new ServerAddress(url, server.passwordInUrl());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        if (schema != null) {
            execute("DROP SCHEMA IF EXISTS " + schemaName() + " CASCADE");
            dropRoles();
            schema = null;
        }
    }

    /**
     * Roles live outside the schema, on the whole server: the test's account groups (named after the database and
     * the schema) and the logins it made, which a test names with {@link #login}.
     */
    private void dropRoles() throws SQLException {
        List<String> roles = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(serverUrl().orElseThrow());
             PreparedStatement find = c.prepareStatement("SELECT rolname FROM pg_roles WHERE rolname ~ ? OR starts_with(rolname, ?)"
                     + " ORDER BY rolcanlogin DESC")) {
            find.setString(1, "_" + schemaName() + "_(lanh_dao|van_phong|don_vi|quan_tri)$");
            find.setString(2, loginPrefix());
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    roles.add(rows.getString(1));
                }
            }
        }
        for (String role : roles) {
            execute("DROP ROLE IF EXISTS \"" + role + "\"");
        }
    }

    /** A login name of this test's own ("t12345x7.hanh"), dropped with the test's schema. */
    public String login(String name) {
        return loginPrefix() + name;
    }

    private String loginPrefix() {
        return "t" + schemaName().substring("cchc_t".length()).replace("_", "x") + ".";
    }

    /** This test's schema on the server, logged in as {@code login} with {@code password}. */
    public ServerAddress as(String login, String password) {
        String url = schema.url().replaceFirst("([?&])user=[^&]*", "$1user=" + login);
        return new ServerAddress(url, password);
    }

    /** A plain JDBC connection to this test's schema as {@code login}: what psql would let that person do. */
    public Connection connect(String login, String password) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("password", password);
        return DriverManager.getConnection(as(login, null).url(), properties);
    }

    /** The test's own server schema (PostgreSQL), or empty on H2. */
    public Optional<ServerAddress> server() {
        return Optional.ofNullable(schema);
    }

    /** Opens this test's database: the H2 file in {@code folder}, or the test's schema on the server. */
    public Database open(Path folder) {
        return schema == null ? Database.openEmbedded(folder) : Database.openServer(schema);
    }

    /** Opens the application on {@code folder} (settings, log, lock) with this test's database. */
    public AppContext openContext(Path folder, Clock clock, boolean createSampleIfEmpty) {
        return AppContext.open(folder, schema, clock, createSampleIfEmpty);
    }

    private String schemaName() {
        String url = schema.url();
        return url.substring(url.lastIndexOf("currentSchema=") + "currentSchema=".length());
    }

    /** Statements run as the test user on the server's default schema (outside the test's own). */
    private static void execute(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl().orElseThrow());
             Statement statement = c.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }
}

package vn.cchc.dashboard.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.postgresql.PGConnection;
import vn.cchc.dashboard.domain.accounts.Access;
import vn.cchc.dashboard.domain.accounts.Account;
import vn.cchc.dashboard.domain.accounts.AccountRole;

/**
 * The shared PostgreSQL server's own enforcement of the account roles, so that they hold from any client, psql
 * included: one group role per {@link AccountRole}, each account a login that is a member of its group, grants
 * per group, and row-level security policies that read the unit of a unit's account from {@code app_account}.
 * <ul>
 *   <li>every group reads everything (the leaders' whole right);</li>
 *   <li>the office changes the plans, tasks, units, indicators and national results, and adds progress and audit
 *   rows;</li>
 *   <li>a unit adds progress of its own unit's tasks and writes its own unit's figures, nothing else;</li>
 *   <li>an administrator adds and disables accounts;</li>
 *   <li>progress and the audit trail are only ever added to, and an audit row carries the login that wrote it.</li>
 * </ul>
 * The schema's owner (who ran the migrations) is not bound by these rules; the groups are named after the database
 * (and the schema, when it is not {@code public}), so that two provinces on one server never share a group.
 */
public final class ServerAccess {

    private static final Map<AccountRole, String> GROUP_SUFFIX = new EnumMap<>(Map.of(
            AccountRole.LEADER, "lanh_dao", AccountRole.OFFICE, "van_phong", AccountRole.UNIT, "don_vi",
            AccountRole.ADMIN, "quan_tri"));

    /** The tables under row-level security: those a unit writes, and the audit trail. */
    private static final List<String> GUARDED = List.of("task", "progress_update", "audit_entry", "indicator_value");

    /** The unit of the session's account, in SQL: what a unit's policies compare with. */
    private static final String MY_UNIT =
            "(SELECT a.unit_id FROM app_account a WHERE a.login = session_user AND NOT a.disabled)";

    private ServerAccess() {
    }

    /** True on a PostgreSQL connection (the rules exist only there). */
    public static boolean onServer(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** The group role of {@code role} in this database (and schema). */
    public static String group(Connection c, AccountRole role) throws SQLException {
        return prefix(c) + "_" + GROUP_SUFFIX.get(role);
    }

    /** "cchc_tinh" for the database cchc_tinh's public schema; the schema is added when it is another one. */
    private static String prefix(Connection c) throws SQLException {
        List<String> names = Jdbc.query(c, "SELECT current_database(), current_schema()",
                r -> r.getString(1) + ("public".equals(r.getString(2)) ? "" : "_" + r.getString(2)));
        String prefix = names.get(0).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        // 63 bytes is PostgreSQL's limit for a name; the longest suffix is "_van_phong" (10).
        return prefix.length() > 53 ? prefix.substring(0, 53) : prefix;
    }

    /** True once {@link #install} has run on this database. */
    public static boolean installed(Connection c) throws SQLException {
        return Jdbc.queryLong(c, "SELECT COUNT(*) FROM pg_roles WHERE rolname = ?", group(c, AccountRole.OFFICE)) == 1;
    }

    /** True when the session's login owns the schema's tables (or is a member of the role that does). */
    public static boolean sessionOwnsSchema(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT pg_has_role(session_user, t.tableowner, 'MEMBER') FROM pg_tables t"
                + " WHERE t.schemaname = current_schema() AND t.tablename = 'app_account'", r -> r.getBoolean(1))
                .stream().findFirst().orElse(false);
    }

    /** True when the session's login may create logins (PostgreSQL's CREATEROLE, or a superuser). */
    public static boolean canCreateRoles(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = session_user",
                r -> r.getBoolean(1)).stream().findFirst().orElse(false);
    }

    /**
     * Creates the groups, grants and policies, or brings them up to date; run by the schema's owner, who needs
     * PostgreSQL's CREATEROLE right, within the caller's transaction. Running it again changes nothing.
     */
    public static void install(Connection c) throws SQLException {
        Map<AccountRole, String> groups = new EnumMap<>(AccountRole.class);
        for (AccountRole role : AccountRole.values()) {
            groups.put(role, group(c, role));
            if (Jdbc.queryLong(c, "SELECT COUNT(*) FROM pg_roles WHERE rolname = ?", groups.get(role)) == 0) {
                execute(c, "CREATE ROLE " + quote(groups.get(role)) + " NOLOGIN");
            }
        }
        String all = String.join(", ", groups.values().stream().map(ServerAccess::quote).toList());
        String office = quote(groups.get(AccountRole.OFFICE));
        String unit = quote(groups.get(AccountRole.UNIT));
        String admin = quote(groups.get(AccountRole.ADMIN));
        String schema = quote(Jdbc.query(c, "SELECT current_schema()", r -> r.getString(1)).get(0));
        execute(c,
                "GRANT USAGE ON SCHEMA " + schema + " TO " + all,
                "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + all,
                "ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT SELECT ON TABLES TO " + all,
                "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + office + ", " + unit,
                // The office changes every table (those later versions add too), except the history and the accounts.
                "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + office,
                "REVOKE INSERT, UPDATE, DELETE ON progress_update, audit_entry, unit_index_change, unit_index_lock_event,"
                        + " app_account, flyway_schema_history FROM " + office,
                "GRANT INSERT ON progress_update, audit_entry TO " + office + ", " + unit,
                "GRANT INSERT ON unit_index_change, unit_index_lock_event TO " + office,
                // Locking a task's row (SELECT … FOR UPDATE, before any progress is written) needs an UPDATE right.
                "GRANT UPDATE (version) ON task TO " + unit,
                "GRANT INSERT, UPDATE, DELETE ON indicator_value TO " + unit,
                "GRANT INSERT, UPDATE ON app_account TO " + admin);
        for (String table : GUARDED) {
            execute(c, "ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
            policy(c, table, "cchc_read", "FOR SELECT TO " + all + " USING (true)");
        }
        policy(c, "task", "cchc_office", "FOR ALL TO " + office + " USING (true) WITH CHECK (true)");
        // A unit may lock any task, as every progress writer does before it checks, but change none.
        policy(c, "task", "cchc_unit_lock", "FOR UPDATE TO " + unit + " USING (true) WITH CHECK (false)");
        policy(c, "progress_update", "cchc_office", "FOR INSERT TO " + office + " WITH CHECK (true)");
        policy(c, "progress_update", "cchc_unit", "FOR INSERT TO " + unit
                + " WITH CHECK (task_id IN (SELECT t.id FROM task t WHERE t.lead_unit_id = " + MY_UNIT + "))");
        policy(c, "audit_entry", "cchc_login", "FOR INSERT TO " + office + ", " + unit
                + " WITH CHECK (login_name = session_user)");
        policy(c, "indicator_value", "cchc_office", "FOR ALL TO " + office + " USING (true) WITH CHECK (true)");
        policy(c, "indicator_value", "cchc_unit", "FOR ALL TO " + unit + " USING (unit_id = " + MY_UNIT + ")"
                + " WITH CHECK (unit_id = " + MY_UNIT + ")");
    }

    private static void policy(Connection c, String table, String name, String definition) throws SQLException {
        execute(c, "DROP POLICY IF EXISTS " + name + " ON " + table,
                "CREATE POLICY " + name + " ON " + table + " " + definition);
    }

    /**
     * Who the session is: its {@code login} ({@link Database#login()}, asked once at connection), and its account's
     * role and unit. The owner, and a login without an active
     * account, are unrestricted here; the server's grants still decide what the latter may do.
     */
    public static Access accessOf(Connection c, AccountRepository accounts, String login) throws SQLException {
        if (sessionOwnsSchema(c)) {
            return Access.unrestricted(login);
        }
        Optional<Account> account = accounts.find(c, login).filter(a -> !a.disabled());
        return account.map(Access::of).orElseGet(() -> Access.unrestricted(login));
    }

    /**
     * Creates {@code account}'s login with {@code password} (hashed by the driver before it is sent, so that it
     * never appears in the server's statement log) and makes it a member of its group; an administrator's login
     * may also create logins and grant every group. Within the caller's transaction.
     */
    public static void createLogin(Connection c, Account account, char[] password) throws SQLException {
        execute(c, "CREATE ROLE " + quote(account.login()) + " LOGIN"
                + (account.role() == AccountRole.ADMIN ? " CREATEROLE" : ""),
                "GRANT " + quote(group(c, account.role())) + " TO " + quote(account.login()));
        if (account.role() == AccountRole.ADMIN && c.getMetaData().getDatabaseMajorVersion() >= 16) {
            // From PostgreSQL 16 a CREATEROLE login may grant only the groups it administers. The right to administer
            // them must not bring their privileges with it: an administrator manages accounts, not the plan.
            // (Up to 15, CREATEROLE alone grants any group, and ADMIN OPTION would always make it a member.)
            for (AccountRole role : AccountRole.values()) {
                execute(c, "GRANT " + quote(group(c, role)) + " TO " + quote(account.login())
                        + " WITH ADMIN OPTION, INHERIT FALSE, SET FALSE");
            }
        }
        setPassword(c, account.login(), password);
    }

    /**
     * Gives {@code login} a new password, hashed by the driver (SCRAM) before it is sent. The driver wipes the array
     * it is given: it gets a copy, and the caller keeps {@code password} to hand over.
     */
    public static void setPassword(Connection c, String login, char[] password) throws SQLException {
        c.unwrap(PGConnection.class).alterUserPassword(login, password.clone(), "scram-sha-256");
    }

    /** Takes away the login's right to connect; its account and what it recorded stay. */
    public static void disableLogin(Connection c, String login) throws SQLException {
        execute(c, "ALTER ROLE " + quote(login) + " NOLOGIN");
    }

    /** True when a login (or any role) of that name exists on the server, in this database or another. */
    public static boolean roleExists(Connection c, String login) throws SQLException {
        return Jdbc.queryLong(c, "SELECT COUNT(*) FROM pg_roles WHERE rolname = ?", login) > 0;
    }

    private static void execute(Connection c, String... sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    /** A name made only of [a-z0-9._-] (logins and groups are checked before they get here), quoted. */
    private static String quote(String name) {
        if (!name.matches("[a-z0-9._-]+")) {
            throw new IllegalArgumentException("not a name this application creates: " + name);
        }
        return '"' + name + '"';
    }
}

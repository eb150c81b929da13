package vn.cchc.dashboard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.cchc.dashboard.domain.accounts.Account;
import vn.cchc.dashboard.domain.accounts.AccountRole;

/** The accounts table: who each login is, its role and unit. Portable; empty on the embedded database. */
public final class AccountRepository {

    private static final String COLUMNS = "login, full_name, role, unit_id, disabled, created_at, created_by";

    public List<Account> findAll(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM app_account ORDER BY login", AccountRepository::map);
    }

    public Optional<Account> find(Connection c, String login) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM app_account WHERE login = ?", AccountRepository::map, login)
                .stream().findFirst();
    }

    /** Adds {@code account} within the caller's transaction. */
    public void insert(Connection c, Account account) throws SQLException {
        Jdbc.update(c, "INSERT INTO app_account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", account.login(),
                account.fullName(), account.role(), account.unitId(), account.disabled(), account.createdAt(),
                account.createdBy());
    }

    /** Marks the account disabled; false when there is no such account. */
    public boolean disable(Connection c, String login) throws SQLException {
        return Jdbc.update(c, "UPDATE app_account SET disabled = TRUE WHERE login = ?", login) == 1;
    }

    private static Account map(ResultSet r) throws SQLException {
        return new Account(r.getString("login"), r.getString("full_name"), AccountRole.valueOf(r.getString("role")),
                Jdbc.nullableLong(r, "unit_id"), r.getBoolean("disabled"), Jdbc.instant(r, "created_at"),
                r.getString("created_by"));
    }
}

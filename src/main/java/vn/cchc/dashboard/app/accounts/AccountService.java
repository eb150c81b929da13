package vn.cchc.dashboard.app.accounts;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.accounts.Access;
import vn.cchc.dashboard.domain.accounts.Account;
import vn.cchc.dashboard.domain.accounts.AccountRole;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.ServerAccess;
import vn.cchc.dashboard.store.Store;

/**
 * The accounts of the shared server: who is working now and what they may do, and, for an administrator, adding
 * accounts, disabling them and giving them a new password. Each account is a real database login; a password is
 * made here, shown once to the administrator and never stored by the application. Every change is one transaction:
 * the login and its account row exist together or not at all. Blocking: call it off the FX thread.
 */
public final class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    /** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
    private static final char[] PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int PASSWORD_LENGTH = 16;

    private final Store store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Access access;

    /** Reads who the session is: opening the application calls it once, off the FX thread. */
    public AccountService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.access = onServer() ? store.database().inTransaction(c -> ServerAccess.accessOf(c, store.accounts(),
                store.database().login()))
                : Access.unrestricted(store.database().login());
    }

    /** Who is working, and what they may do. */
    public Access access() {
        return access;
    }

    /** True when the data is on a shared server, where accounts exist. */
    public boolean onServer() {
        return store.database().kind() == Database.Kind.SERVER;
    }

    /** Every account, active and disabled, by login. */
    public List<Account> list() {
        requireServer();
        return store.database().inTransaction(c -> store.accounts().findAll(c));
    }

    /**
     * Adds an account and its login, and returns the login's first password. The first account is added by the
     * schema's owner, whose run also sets up the groups, grants and policies ({@link ServerAccess#install}).
     *
     * @param unitId the unit of a {@link AccountRole#UNIT} account, else null
     */
    public String add(String login, String fullName, AccountRole role, Long unitId) {
        requireAdministrator();
        if (!Account.validLogin(login)) {
            throw AppException.invalidInput("accounts.error.login", login);
        }
        if (fullName == null || fullName.isBlank()) {
            throw AppException.invalidInput("accounts.error.name");
        }
        if (role == AccountRole.UNIT && unitId == null) {
            throw AppException.invalidInput("accounts.error.unitNeeded");
        }
        Account account = new Account(login, fullName.strip(), role, role == AccountRole.UNIT ? unitId : null, false,
                clock.instant(), access.login());
        char[] password = newPassword();
        store.database().inTransaction(c -> {
            prepare(c);
            if (ServerAccess.roleExists(c, account.login())) {
                throw AppException.invalidInput("accounts.error.exists", account.login());
            }
            ServerAccess.createLogin(c, account, password);
            store.accounts().insert(c, account);
            return null;
        });
        LOG.info("Account " + account.login() + " (" + role + ") added by " + access.login());
        return new String(password);
    }

    /** Takes away {@code login}'s right to connect; the account stays, with everything it recorded. */
    public void disable(String login) {
        requireAdministrator();
        String name = known(login);
        if (name.equals(access.login())) {
            throw AppException.invalidInput("accounts.error.disableSelf");
        }
        store.database().inTransaction(c -> {
            ServerAccess.disableLogin(c, name);
            store.accounts().disable(c, name);
            return null;
        });
        LOG.info("Account " + name + " disabled by " + access.login());
    }

    /** Gives {@code login} a new password, returned to be handed over once; the old one stops working. */
    public String resetPassword(String login) {
        requireAdministrator();
        String name = known(login);
        char[] password = newPassword();
        store.database().inTransaction(c -> {
            ServerAccess.setPassword(c, name, password);
            return null;
        });
        LOG.info("Password of " + name + " reset by " + access.login());
        return new String(password);
    }

    /** The owner's first run sets up (or brings up to date) what the server enforces; others need it done. */
    private void prepare(Connection c) throws SQLException {
        if (ServerAccess.sessionOwnsSchema(c)) {
            if (!ServerAccess.canCreateRoles(c)) {
                throw AppException.invalidInput("accounts.error.createRole", access.login());
            }
            ServerAccess.install(c);
        } else if (!ServerAccess.installed(c)) {
            throw AppException.invalidInput("accounts.error.notSetUp");
        }
    }

    private String known(String login) {
        String name = login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
        boolean exists = store.database().inTransaction(c -> store.accounts().find(c, name).isPresent());
        if (!exists) {
            throw AppException.invalidInput("accounts.error.unknown", login);
        }
        return name;
    }

    private void requireServer() {
        if (!onServer()) {
            throw AppException.invalidInput("accounts.error.embedded");
        }
    }

    private void requireAdministrator() {
        requireServer();
        if (!access.managesAccounts()) {
            throw AppException.invalidInput("accounts.error.notAdministrator", access.login());
        }
    }

    private char[] newPassword() {
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)];
        }
        return password;
    }
}

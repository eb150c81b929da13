package vn.cchc.dashboard.domain.accounts;

import java.util.Objects;

/**
 * Who is working and what they may do. On the shared server it is the authenticated login and its account's role;
 * the database enforces the same rules, so this only spares the user an action that would be refused. The
 * embedded database, the server's owner and a login without an account are {@link #unrestricted}: the database's
 * own grants are then the only limit.
 *
 * @param login      the database login (session_user) on the server, the operating-system account on the
 *                   embedded database
 * @param personName the account's full name, or null when there is no account
 * @param role       the account's role, or null when unrestricted
 * @param unitId     the unit a {@link AccountRole#UNIT} account writes for, else null
 */
public record Access(String login, String personName, AccountRole role, Long unitId) {

    public Access {
        Objects.requireNonNull(login, "login");
        if ((role == AccountRole.UNIT) != (unitId != null)) {
            throw new IllegalArgumentException("a unit is given for, and only for, a unit's account");
        }
    }

    /** Everything allowed: the embedded database, or the server's owner. */
    public static Access unrestricted(String login) {
        return new Access(login, null, null, null);
    }

    /** The access of {@code account}'s login. */
    public static Access of(Account account) {
        return new Access(account.login(), account.fullName(), account.role(), account.unitId());
    }

    public boolean isUnrestricted() {
        return role == null;
    }

    /** Plans, tasks, units, indicator targets, imports of plans, settings that change the shared data. */
    public boolean managesPlans() {
        return role == null || role == AccountRole.OFFICE;
    }

    /** True when progress and figures of {@code unit}'s tasks may be recorded. */
    public boolean recordsFor(long unit) {
        return managesPlans() || role == AccountRole.UNIT && unitId == unit;
    }

    /** True when progress or figures may be recorded at all, for some unit. */
    public boolean recordsAny() {
        return managesPlans() || role == AccountRole.UNIT;
    }

    /** Adding, disabling and resetting accounts. */
    public boolean managesAccounts() {
        return role == null || role == AccountRole.ADMIN;
    }
}

package vn.cchc.dashboard.domain.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.cchc.dashboard.domain.Text;

/**
 * A person's account on the shared server: a database login of the same name, the person's name, the role and,
 * for a unit's account, the unit whose tasks and figures it may write.
 *
 * @param unitId    the unit an {@link AccountRole#UNIT} account writes for; null for every other role
 * @param disabled  true once disabled: the login can no longer connect, and the account stays for the audit trail
 * @param createdBy the login that created it
 */
public record Account(String login, String fullName, AccountRole role, Long unitId, boolean disabled,
                      Instant createdAt, String createdBy) {

    /**
     * Lower-case ASCII letters, digits, '.', '_' and '-', starting with a letter: a PostgreSQL login that every
     * tool accepts as typed, whatever the keyboard (no diacritics: "hanh.snv", not "hạnh").
     */
    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{2,39}");

    public Account {
        login = requireLogin(login);
        fullName = Text.requireNonBlank(fullName, "fullName");
        Objects.requireNonNull(role, "role");
        if ((role == AccountRole.UNIT) != (unitId != null)) {
            throw new IllegalArgumentException("a unit is given for, and only for, a unit's account");
        }
    }

    /** True when {@code login} can be an account's login (see {@link #LOGIN}); upper case is read as lower. */
    public static boolean validLogin(String login) {
        return login != null && LOGIN.matcher(login.strip().toLowerCase(Locale.ROOT)).matches()
                && !login.strip().toLowerCase(Locale.ROOT).startsWith("pg_");
    }

    /** The login as stored: stripped and lower case. */
    public static String requireLogin(String login) {
        if (!validLogin(login)) {
            throw new IllegalArgumentException("not a valid login: " + login);
        }
        return login.strip().toLowerCase(Locale.ROOT);
    }
}

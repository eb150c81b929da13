package vn.cchc.dashboard.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each role may do, as the window follows it (the shared server enforces the same). */
class AccessTest {

    private static final long OWN_UNIT = 7;
    private static final long OTHER_UNIT = 8;

    private static Access of(String role) {
        return switch (role) {
            case "owner" -> Access.unrestricted("cchc_owner");
            case "UNIT" -> new Access("chau.stp", "Lê Minh Châu", AccountRole.UNIT, OWN_UNIT);
            default -> new Access("x.y", "Người", AccountRole.valueOf(role), null);
        };
    }

    @ParameterizedTest(name = "{0}: plans {1}, own unit {2}, other unit {3}, any {4}, accounts {5}")
    @CsvSource({
            "owner,  true,  true,  true,  true,  true",
            "LEADER, false, false, false, false, false",
            "OFFICE, true,  true,  true,  true,  false",
            "UNIT,   false, true,  false, true,  false",
            "ADMIN,  false, false, false, false, true"})
    void eachRoleMayDoWhatTheIssueSays(String role, boolean plans, boolean own, boolean other, boolean any,
                                        boolean accounts) {
        Access access = of(role);
        assertThat(access.managesPlans()).as("plans").isEqualTo(plans);
        assertThat(access.recordsFor(OWN_UNIT)).as("own unit").isEqualTo(own);
        assertThat(access.recordsFor(OTHER_UNIT)).as("other unit").isEqualTo(other);
        assertThat(access.recordsAny()).as("any unit").isEqualTo(any);
        assertThat(access.managesAccounts()).as("accounts").isEqualTo(accounts);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "hanh.snv, true", "HANH.SNV, true", "chau_stp-2, true", "ab, false", "2hanh, false", "hạnh, false",
            "hanh snv, false", "'', false", "pg_admin, false", "'a\"b', false"})
    void aLoginIsWhatEveryToolAcceptsAsTyped(String login, boolean valid) {
        assertThat(Account.validLogin(login)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"lanh-dao, LEADER", "van-phong, OFFICE", "DON_VI, UNIT", "quan-tri, ADMIN", "unit, UNIT",
            "giam-doc, ", "'', "})
    void aRoleIsReadAsTyped(String typed, AccountRole role) {
        assertThat(AccountRole.parse(typed)).isEqualTo(role);
    }
}

package vn.cchc.dashboard.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.domain.AuditLine;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.accounts.Account;
import vn.cchc.dashboard.domain.accounts.AccountRole;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.store.StoreException;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/**
 * Each role's allowed and refused actions on a real PostgreSQL server, twice: through the application, logged in
 * as that account, and through plain JDBC with the same login, as psql would be used. The server refuses, not the
 * window: a unit's login cannot touch another unit's rows even from psql.
 */
@Tag(TestDatabase.TAG)
class AccountRolesTest {

    private static final String DENIED = "42501";

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path folder;

    final Clock clock = TestClock.today();
    final Messages messages = Messages.of(Language.VI);
    AppContext owner;
    Plan plan;
    Task ownTask;
    Task otherTask;
    String leader;
    String office;
    String unit;
    String admin;
    String leaderPassword;
    String officePassword;
    String unitPassword;
    String adminPassword;

    @BeforeEach
    void setUp() {
        assumeTrue(TestDatabase.onServer(), "accounts and roles exist on the shared server");
        owner = db.openContext(folder.resolve("owner"), clock, true);
        plan = owner.plans().planFor(2026);
        PlanSnapshot snapshot = owner.plans().snapshot(plan);
        ownTask = snapshot.tasks().get(0);
        otherTask = snapshot.tasks().stream().filter(t -> t.leadUnitId() != ownTask.leadUnitId()).findFirst().orElseThrow();
        leader = db.login("lanhdao");
        office = db.login("vanphong");
        unit = db.login("donvi");
        admin = db.login("quantri");
        leaderPassword = owner.accounts().add(leader, "Trần Văn Bình", AccountRole.LEADER, null);
        officePassword = owner.accounts().add(office, "Nguyễn Thị Hạnh", AccountRole.OFFICE, null);
        unitPassword = owner.accounts().add(unit, "Lê Minh Châu", AccountRole.UNIT, ownTask.leadUnitId());
        adminPassword = owner.accounts().add(admin, "Phạm Quốc Dũng", AccountRole.ADMIN, null);
    }

    @AfterEach
    void tearDown() {
        if (owner != null) {
            owner.close();
        }
    }

    private AppContext as(String login, String password) {
        return AppContext.open(folder.resolve(login), db.as(login, password), clock, false);
    }

    private static ProgressDraft halfway() {
        return new ProgressDraft(TestClock.TODAY, TaskStatus.IN_PROGRESS, 50, "Đang thực hiện", null);
    }

    private int updatesOf(Task task) {
        return (int) owner.plans().snapshot(plan).updates().stream().filter(u -> u.taskId() == task.id()).count();
    }

    private String refusal(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            AppException explained = AppException.explain(e);
            assertThat(explained).as("a refusal worded for the user").isNotNull();
            return explained.localized(messages);
        }
        throw new AssertionError("the server did not refuse");
    }

    private static void refused(Connection c, String sql) {
        assertThatThrownBy(() -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }).as(sql).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(DENIED));
    }

    private static int rows(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = 0;
            while (r.next()) {
                n++;
            }
            return n;
        }
    }

    @Test
    void aLeaderReadsEverythingAndChangesNothing() throws SQLException {
        int before = updatesOf(ownTask);
        try (AppContext app = as(leader, leaderPassword)) {
            assertThat(app.accounts().access().role()).isEqualTo(AccountRole.LEADER);
            assertThat(app.accounts().access().managesPlans()).isFalse();
            assertThat(app.plans().summary(plan, TestClock.TODAY).overall().planned()).isPositive();
            String sentence = refusal(() -> app.tasks().recordProgress(ownTask.id(), halfway()));
            assertThat(sentence).startsWith("Máy chủ từ chối thay đổi này").doesNotContain("ERROR", "42501");
        }
        assertThat(updatesOf(ownTask)).isEqualTo(before);
        try (Connection c = db.connect(leader, leaderPassword)) {
            assertThat(rows(c, "SELECT * FROM task")).isPositive();
            assertThat(rows(c, "SELECT * FROM progress_update")).isPositive();
            refused(c, "UPDATE plan SET title = 'x'");
            refused(c, "UPDATE task SET title = 'x'");
            refused(c, "DELETE FROM progress_update");
            refused(c, "INSERT INTO progress_update (task_id, as_of, status, percent_done, entered_by, entered_at)"
                    + " VALUES (" + ownTask.id() + ", DATE '2026-11-23', 'COMPLETED', 100, 'x', now())");
            refused(c, "INSERT INTO app_account (login, full_name, role, created_at, created_by)"
                    + " VALUES ('ke.gia', 'x', 'ADMIN', now(), 'x')");
        }
    }

    @Test
    void aUnitRecordsItsOwnTasksOnlyAndTheAuditNamesItsLogin() throws SQLException {
        int otherBefore = updatesOf(otherTask);
        try (AppContext app = as(unit, unitPassword)) {
            assertThat(app.accounts().access().recordsFor(ownTask.leadUnitId())).isTrue();
            assertThat(app.accounts().access().recordsFor(otherTask.leadUnitId())).isFalse();
            app.tasks().recordProgress(ownTask.id(), halfway());
            String sentence = refusal(() -> app.tasks().recordProgress(otherTask.id(), halfway()));
            assertThat(sentence).startsWith("Máy chủ từ chối thay đổi này");
            refusal(() -> app.tasks().deleteTask(ownTask));
        }
        assertThat(updatesOf(otherTask)).isEqualTo(otherBefore);
        List<AuditLine> log = owner.audit().log(plan);
        AuditLine recorded = log.get(0);
        assertThat(recorded.entry().taskId()).isEqualTo(ownTask.id());
        assertThat(recorded.login()).isEqualTo(unit);
        assertThat(recorded.who()).isEqualTo("Lê Minh Châu (" + unit + ")");

        try (Connection c = db.connect(unit, unitPassword)) {
            refused(c, "INSERT INTO progress_update (task_id, as_of, status, percent_done, entered_by, entered_at)"
                    + " VALUES (" + otherTask.id() + ", DATE '2026-11-23', 'COMPLETED', 100, 'x', now())");
            refused(c, "UPDATE task SET title = 'x' WHERE id = " + ownTask.id());
            refused(c, "UPDATE task SET version = version + 1 WHERE id = " + ownTask.id());
            refused(c, "INSERT INTO audit_entry (occurred_at, user_name, action, plan_id, task_id, login_name)"
                    + " VALUES (now(), 'x', 'TASK_CHANGED', " + plan.id() + ", " + ownTask.id() + ", 'someone.else')");
            refused(c, "INSERT INTO indicator_value (indicator_code, unit_id, period, figure, entered_by, entered_at)"
                    + " VALUES ('HS_DUNG_HAN', " + otherTask.leadUnitId() + ", '2026-H1', 90, 'x', now())");
            refused(c, "DELETE FROM progress_update");
            c.setAutoCommit(false);
            try (PreparedStatement own = c.prepareStatement("INSERT INTO indicator_value (indicator_code, unit_id,"
                    + " period, numerator, denominator, entered_by, entered_at) VALUES ('HS_DUNG_HAN', ?, '2030', ?, ?, 'x',"
                    + " now())")) {
                own.setLong(1, ownTask.leadUnitId());
                own.setBigDecimal(2, BigDecimal.valueOf(90));
                own.setBigDecimal(3, BigDecimal.valueOf(100));
                assertThat(own.executeUpdate()).isEqualTo(1);
            }
            c.rollback();
        }
    }

    @Test
    void theOfficeManagesThePlanButNeitherAccountsNorTheHistory() throws SQLException {
        try (AppContext app = as(office, officePassword)) {
            assertThat(app.accounts().access().managesPlans()).isTrue();
            app.tasks().recordProgress(otherTask.id(), halfway());
            assertThatThrownBy(() -> app.accounts().add(db.login("moi"), "Người Mới", AccountRole.LEADER, null))
                    .isInstanceOfSatisfying(AppException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("accounts.error.notAdministrator"));
        }
        try (Connection c = db.connect(office, officePassword)) {
            refused(c, "DELETE FROM progress_update");
            refused(c, "UPDATE audit_entry SET user_name = 'x'");
            refused(c, "DELETE FROM audit_entry");
            refused(c, "INSERT INTO app_account (login, full_name, role, created_at, created_by)"
                    + " VALUES ('ke.gia', 'x', 'ADMIN', now(), 'x')");
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("UPDATE plan SET title = title WHERE id = " + plan.id())).isEqualTo(1);
            }
        }
    }

    @Test
    void anAdministratorManagesAccountsAndCannotLockHimselfOut() throws SQLException {
        try (AppContext app = as(admin, adminPassword)) {
            String colleague = db.login("dongnghiep");
            String first = app.accounts().add(colleague, "Võ Thị Em", AccountRole.UNIT, otherTask.leadUnitId());
            assertThat(app.accounts().list()).extracting(Account::login).contains(colleague, leader, unit);
            try (Connection c = db.connect(colleague, first)) {
                assertThat(rows(c, "SELECT * FROM plan")).isPositive();
            }
            String second = app.accounts().resetPassword(colleague);
            assertThatThrownBy(() -> db.connect(colleague, first)).isInstanceOf(SQLException.class);
            db.connect(colleague, second).close();

            app.accounts().disable(colleague);
            assertThat(app.accounts().list()).filteredOn(a -> a.login().equals(colleague))
                    .singleElement().satisfies(a -> assertThat(a.disabled()).isTrue());
            assertThatThrownBy(() -> db.connect(colleague, second)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> app.accounts().disable(admin)).isInstanceOfSatisfying(AppException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("accounts.error.disableSelf"));
            assertThatThrownBy(() -> app.accounts().add(colleague, "Trùng", AccountRole.LEADER, null))
                    .isInstanceOfSatisfying(AppException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("accounts.error.exists"));
            refusal(() -> app.tasks().recordProgress(ownTask.id(), halfway()));
        }
        try (Connection c = db.connect(admin, adminPassword)) {
            refused(c, "UPDATE plan SET title = 'x'");
        }
    }

    @Test
    void aDisabledLoginIsRefusedAtTheDoorWithOneSentence() {
        owner.accounts().disable(leader);
        assertThatThrownBy(() -> as(leader, leaderPassword)).satisfies(e -> {
            assertThat(AppException.explain(e)).isNotNull();
            assertThat(AppException.explain(e).messageKey()).isEqualTo("error.server." + StoreException.Reason.ACCESS_DENIED);
        });
    }
}

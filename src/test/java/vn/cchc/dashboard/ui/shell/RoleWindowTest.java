package vn.cchc.dashboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.accounts.AccountRole;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;
import vn.cchc.dashboard.ui.SampleWindow;

/**
 * The real window, headless, logged in to a real PostgreSQL server as each role: a leader's window offers no change,
 * a unit's no plan management, and the administrator finds the accounts under Cài đặt → Người dùng.
 */
@Tag(TestDatabase.TAG)
@ExtendWith(ApplicationExtension.class)
class RoleWindowTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path folder;

    final Clock clock = TestClock.today();
    AppContext owner;
    SampleWindow window;

    @BeforeEach
    void sampleOnTheServer() {
        assumeTrue(TestDatabase.onServer(), "accounts exist on the shared server");
        owner = db.openContext(folder.resolve("owner"), clock, true);
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.hideAndClose();
        }
        if (owner != null) {
            owner.close();
        }
    }

    private void showAs(String name, AccountRole role) throws Exception {
        String login = db.login(name);
        Long unit = role == AccountRole.UNIT ? owner.units().units().get(1).id() : null;
        String password = owner.accounts().add(login, "Người " + name, role, unit);
        AppContext context = AppContext.open(folder.resolve(name), db.as(login, password), clock, false);
        window = SampleWindow.of(context);
        FxToolkit.setupStage(window::showIn);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> new FxRobot().lookup("#role-badge").tryQuery().isPresent());
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static void screen(FxRobot robot, KeyCode digit) {
        robot.press(KeyCode.CONTROL).type(digit).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLeaderSeesEverythingAndIsOfferedNoChange() throws Exception {
        showAs("lanhdao", AccountRole.LEADER);
        FxRobot robot = new FxRobot();
        assertThat(robot.lookup("#role-badge").queryAs(Label.class).getText())
                .isEqualTo(db.login("lanhdao") + " · Lãnh đạo: chỉ xem");
        screen(robot, KeyCode.DIGIT2);
        assertThat(shown(robot, "task-add")).isFalse();
        assertThat(shown(robot, "record-progress")).isFalse();
        assertThat(shown(robot, "task-edit")).isFalse();
        assertThat(robot.lookup("#task-search").tryQuery()).isPresent();
        screen(robot, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#indicator-search").tryQuery().isPresent());
        assertThat(shown(robot, "indicator-enter")).isFalse();
        assertThat(shown(robot, "indicator-library")).isFalse();
        screen(robot, KeyCode.DIGIT7);
        assertThat(robot.lookup("#accounts-table").tryQuery()).isEmpty();
    }

    @Test
    void aUnitRecordsProgressButManagesNoPlan() throws Exception {
        showAs("donvi", AccountRole.UNIT);
        FxRobot robot = new FxRobot();
        screen(robot, KeyCode.DIGIT2);
        assertThat(shown(robot, "task-add")).isFalse();
        assertThat(shown(robot, "task-delete")).isFalse();
        assertThat(shown(robot, "record-progress")).isTrue();
    }

    @Test
    void theAdministratorFindsTheAccountsInSettings() throws Exception {
        owner.accounts().add(db.login("vanphong"), "Nguyễn Thị Hạnh", AccountRole.OFFICE, null);
        showAs("quantri", AccountRole.ADMIN);
        FxRobot robot = new FxRobot();
        screen(robot, KeyCode.DIGIT7);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#accounts-table").queryAs(TableView.class).getItems().size() == 2);
        assertThat(shown(robot, "account-add")).isTrue();
    }
}

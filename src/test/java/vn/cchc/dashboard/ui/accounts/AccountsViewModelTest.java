package vn.cchc.dashboard.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.accounts.AccountRole;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;
import vn.cchc.dashboard.ui.QueuedBackground;

/** Cài đặt → Người dùng on a real server: an account made from the form logs in with the password shown once. */
@Tag(TestDatabase.TAG)
class AccountsViewModelTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path folder;
    AppContext owner;
    final QueuedBackground background = new QueuedBackground();
    AccountsViewModel model;

    @BeforeEach
    void open() {
        assumeTrue(TestDatabase.onServer(), "accounts exist on the shared server");
        owner = db.openContext(folder, TestClock.today(), true);
        model = new AccountsViewModel(owner.accounts(), owner.units(), background, Messages.of(Language.VI));
        model.load();
        background.runAll();
    }

    @AfterEach
    void close() {
        if (owner != null) {
            owner.close();
        }
    }

    @Test
    void anAccountMadeInTheFormLogsInWithThePasswordShownOnce() throws Exception {
        assertThat(model.rows()).isEmpty();
        assertThat(model.unitChoices()).isNotEmpty();
        String login = db.login("chau");
        model.login().set(login);
        model.name().set("Lê Minh Châu");
        model.role().set(AccountRole.UNIT);
        model.unit().set(model.unitChoices().get(0));
        model.add();
        background.runAll();

        assertThat(model.feedback().get()).isEqualTo("Đã tạo tài khoản " + login + ". Mật khẩu ban đầu (chỉ hiện lần này):");
        String password = model.password().get();
        assertThat(password).hasSize(16);
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Lê Minh Châu");
            assertThat(row.role()).isEqualTo("Đơn vị");
            assertThat(row.unit()).isEqualTo(model.unitChoices().get(0).name());
            assertThat(row.state()).isEqualTo("đang hoạt động");
        });
        assertThat(model.login().get()).as("the form is cleared for the next one").isEmpty();
        try (Connection c = db.connect(login, password)) {
            assertThat(c.isValid(5)).isTrue();
        }

        model.disable(model.rows().get(0));
        background.runAll();
        assertThat(model.password().get()).as("no password is left on screen").isEmpty();
        assertThat(model.rows().get(0).state()).isEqualTo("đã khóa");
    }

    @Test
    void aUnitAccountWithoutItsUnitIsOneSentenceAndNothingIsMade() {
        model.login().set(db.login("khong.don.vi"));
        model.name().set("Ai Đó");
        model.role().set(AccountRole.UNIT);
        model.add();
        background.runAll();
        assertThat(model.feedback().get()).startsWith("Tài khoản vai trò Đơn vị cần có đơn vị của mình");
        assertThat(model.password().get()).isEmpty();
        assertThat(model.rows()).isEmpty();
    }
}

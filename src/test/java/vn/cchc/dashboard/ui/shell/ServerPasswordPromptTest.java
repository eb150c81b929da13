package vn.cchc.dashboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.SessionSecrets;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.ServerAddress;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;
import vn.cchc.dashboard.ui.QueuedBackground;

/**
 * The window's start on a shared server named without its password, on a real PostgreSQL server (the build's
 * "postgresql" run): the password asked, asked again when the server refuses it, and "use this computer's data"
 * when the user declines. Skipped in the H2 run, which has no server.
 */
@Tag(TestDatabase.TAG)
class ServerPasswordPromptTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path folder;

    private final QueuedBackground background = new QueuedBackground();
    private final Messages messages = Messages.of(Language.VI);
    private final ScriptedAnswers answers = new ScriptedAnswers();
    private final List<DataOpener.Opened> opened = new ArrayList<>();
    private final List<Throwable> failed = new ArrayList<>();
    private ServerAddress server;

    @BeforeEach
    void onlyOnAServer() {
        assumeTrue(TestDatabase.onServer(), "needs the PostgreSQL run");
        assumeTrue(System.getenv("CCHC_DB_PASSWORD") == null, "a password in the environment is never answers.asked for");
        server = db.server().orElseThrow();
        assumeTrue(server.passwordInUrl() != null, "the test server's URL carries its password");
    }

    @Test
    void aRefusedPasswordIsSaidAndAskedAgainAndTheRightOneConnects() {
        answers.then("sai mật khẩu");
        answers.then(server.passwordInUrl());

        open();

        assertThat(failed).isEmpty();
        assertThat(answers.asked).hasSize(2).allSatisfy(p -> assertThat(p.kind()).isEqualTo(SecretPromptViewModel.Kind.SERVER_PASSWORD));
        assertThat(answers.asked.get(0).problem().get()).isEmpty();
        assertThat(answers.asked.get(1).problem().get()).isEqualTo(messages.get("server.prompt.wrong"));
        assertThat(opened).hasSize(1);
        try (AppContext context = opened.get(0).context()) {
            assertThat(context.store().database().kind()).isEqualTo(Database.Kind.SERVER);
            assertThat(opened.get(0).notice()).isEmpty();
        }
    }

    @Test
    void decliningWorksOnThisComputersOwnDataAndSaysSo() {
        open();

        assertThat(failed).isEmpty();
        assertThat(answers.asked).hasSize(1);
        assertThat(opened).hasSize(1);
        try (AppContext context = opened.get(0).context()) {
            assertThat(context.store().database().kind()).isEqualTo(Database.Kind.EMBEDDED);
            assertThat(opened.get(0).notice()).isEqualTo(messages.format("server.localFallback", server.url()));
        }
    }

    private void open() {
        DataOpener opener = new DataOpener(background, messages, answers);
        opener.open(folder, server.url(), null, TestClock.today(), false, SessionSecrets.NONE, opened::add, failed::add,
                () -> { });
        background.runAll();
    }
}

package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.domain.ProgressDraft;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.ServerAddress;
import vn.cchc.dashboard.store.Store;
import vn.cchc.dashboard.store.StoreException;
import vn.cchc.dashboard.testing.TcpRelay;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.testing.TestDatabase;

/**
 * What a user of the shared server sees when the server cannot be reached, goes away in the middle of a session,
 * or refuses the password: one sentence, and the last good state kept on the server. Only in the PostgreSQL run.
 */
@Tag(TestDatabase.TAG)
@EnabledIfSystemProperty(named = "cchc.test.db", matches = "pg")
class ServerSessionTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path folder;

    /** The test's server schema, reached through {@code relay} instead of directly. */
    ServerAddress through(TcpRelay relay) {
        ServerAddress direct = db.server().orElseThrow();
        URI uri = URI.create(direct.url().substring("jdbc:".length()));
        String url = direct.url().replace("//" + uri.getHost() + ":" + uri.getPort() + "/", "//127.0.0.1:" + relay.port() + "/");
        return new ServerAddress(url, direct.passwordInUrl());
    }

    TcpRelay relayToServer() throws Exception {
        URI uri = URI.create(db.server().orElseThrow().url().substring("jdbc:".length()));
        return new TcpRelay(uri.getHost(), uri.getPort());
    }

    @Test
    void aServerThatGoesAwayMidSessionKeepsTheLastGoodStateAndSaysSo() throws Exception {
        Task task;
        ProgressUpdate saved;
        try (TcpRelay relay = relayToServer();
             AppContext context = AppContext.open(folder.resolve("may"), through(relay), TestClock.today(), true)) {
            task = context.plans().snapshot(context.plans().planFor(2026)).tasks().get(0);
            saved = context.tasks().recordProgress(task.id(),
                    new ProgressDraft(TestClock.TODAY, TaskStatus.IN_PROGRESS, 40, "trước khi mất mạng", null));

            relay.cut();

            assertThatThrownBy(() -> context.tasks().recordProgress(task.id(),
                    new ProgressDraft(TestClock.TODAY, TaskStatus.COMPLETED, null, "sau khi mất mạng", null)))
                    .satisfies(e -> assertThat(AppException.explain(e).localized(Messages.of(Language.VI)))
                            .startsWith("Mất kết nối tới máy chủ cơ sở dữ liệu; thay đổi vừa rồi chưa được lưu"));
        }
        try (AppContext again = db.openContext(folder.resolve("may-khac"), TestClock.today(), false)) {
            List<ProgressUpdate> history = again.tasks().history(task.id()).updates();
            assertThat(history).last().isEqualTo(saved);
            assertThat(history).noneMatch(u -> "sau khi mất mạng".equals(u.note()));
        }
    }

    @Test
    void aConnectionBrokenInsideATransactionCommitsNothingOfIt() throws Exception {
        try (TcpRelay relay = relayToServer(); Database database = Database.openServer(through(relay))) {
            Store store = new Store(database);
            assertThatThrownBy(() -> database.inTransaction(c -> {
                store.plans().insert(c, new vn.cchc.dashboard.domain.Plan(0, 2027, "Kế hoạch dở dang", null, null,
                        PlanScope.PROVINCE, "NQ76", false, false));
                relay.cut();
                return store.plans().count(c);
            })).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.UNREACHABLE));
        }
        try (Database direct = db.open(folder)) {
            assertThat(direct.inTransaction(new Store(direct).plans()::count)).isZero();
        }
    }

    @Test
    void aServerThatCannotBeReachedIsOneSentenceNamingIt() throws Exception {
        ServerAddress nowhere;
        try (TcpRelay closed = relayToServer()) {
            nowhere = through(closed);
        }
        assertThatThrownBy(() -> AppContext.open(folder, nowhere, TestClock.today(), false))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.server.UNREACHABLE");
                    assertThat(e.localized(Messages.of(Language.VI))).startsWith("Không kết nối được tới máy chủ cơ sở dữ liệu "
                            + nowhere.url());
                });
    }

    @Test
    void aServerChosenInTheSettingsIsCheckedKeptWithoutItsPasswordAndUsedNextTime() throws Exception {
        ServerAddress server = db.server().orElseThrow();
        AppSettings settings = AppSettings.load(folder);

        String kept = SharedServer.remember(settings, server.url() + "&password=" + server.passwordInUrl());

        assertThat(kept).isEqualTo(server.url());
        String file = java.nio.file.Files.readString(folder.resolve("settings.properties"));
        assertThat(file).doesNotContain(server.passwordInUrl()).contains("database.server=");
        // The next start reads the server from the settings; without CCHC_DB_PASSWORD or ~/.pgpass it is refused.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(SharedServer.PASSWORD_ENV) == null);
        assertThatThrownBy(() -> AppContext.open(folder, TestClock.today(), false)).isInstanceOfSatisfying(
                AppException.class, e -> assertThat(e.messageKey()).isEqualTo("error.server.ACCESS_DENIED"));
    }

    @Test
    void aWrongPasswordIsRefusedWithoutEverShowingIt() {
        ServerAddress wrong = db.server().orElseThrow().withPassword("mat-khau-sai-123");
        assertThatThrownBy(() -> AppContext.open(folder, wrong, TestClock.today(), false))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.server.ACCESS_DENIED");
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("mat-khau-sai-123");
                    }
                    assertThat(e.localized(Messages.of(Language.VI))).doesNotContain("mat-khau-sai-123");
                });
    }
}

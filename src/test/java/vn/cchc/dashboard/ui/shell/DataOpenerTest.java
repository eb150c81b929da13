package vn.cchc.dashboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.DataEncryption;
import vn.cchc.dashboard.app.SessionSecrets;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.QueuedBackground;

/** The start on an encrypted data folder: the passphrase asked, asked again when wrong, and quitting when declined. */
class DataOpenerTest {

    private static final String PASSPHRASE = "mật khẩu của laptop đi công tác";

    @TempDir
    Path folder;

    private final QueuedBackground background = new QueuedBackground();
    private final Messages messages = Messages.of(Language.VI);
    private final ScriptedAnswers answers = new ScriptedAnswers();
    private final List<DataOpener.Opened> opened = new ArrayList<>();
    private final List<Throwable> failed = new ArrayList<>();
    private boolean quit;

    @BeforeEach
    void encryptTheSample() {
        AppContext.open(folder, TestClock.today(), true).close();
        new DataEncryption().enable(folder, PASSPHRASE.toCharArray(), TestClock.today());
    }

    @Test
    void aWrongPassphraseIsSaidAndAskedAgainAndTheRightOneOpensTheData() {
        answers.then("mật khẩu đoán bừa");
        answers.then(PASSPHRASE);

        open();

        assertThat(answers.asked).hasSize(2).allSatisfy(p -> assertThat(p.kind()).isEqualTo(SecretPromptViewModel.Kind.DATA_PASSPHRASE));
        assertThat(answers.asked.get(0).problem().get()).as("the first time, no reproach").isEmpty();
        assertThat(answers.asked.get(1).problem().get()).startsWith("Mật khẩu dữ liệu không đúng");
        assertThat(failed).isEmpty();
        assertThat(opened).hasSize(1);
        try (AppContext context = opened.get(0).context()) {
            assertThat(context.encrypted()).isTrue();
            assertThat(context.plans().plans()).isNotEmpty();
        }
        assertThat(opened.get(0).secrets().toString()).doesNotContain(PASSPHRASE);
    }

    @Test
    void decliningToGiveThePassphraseQuitsWithoutOpeningAnything() {
        open();

        assertThat(answers.asked).hasSize(1);
        assertThat(quit).isTrue();
        assertThat(opened).isEmpty();
        assertThat(failed).isEmpty();
        assertThat(DataEncryption.encrypted(folder)).isTrue();
    }

    private void open() {
        DataOpener opener = new DataOpener(background, messages, answers);
        opener.open(folder, null, null, TestClock.today(), false, SessionSecrets.NONE, opened::add, failed::add,
                () -> quit = true);
        background.runAll();
    }
}

package vn.cchc.dashboard.ui.firststart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.app.FirstStart;
import vn.cchc.dashboard.app.FirstStart.Answers;
import vn.cchc.dashboard.app.FirstStart.Beginning;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.ui.QueuedBackground;
import vn.cchc.dashboard.ui.firststart.FirstStartViewModel.Step;

class FirstStartViewModelTest {

    @TempDir
    Path folder;
    final QueuedBackground background = new QueuedBackground();
    final List<Answers> done = new ArrayList<>();

    FirstStartViewModel wizard() {
        return new FirstStartViewModel(folder.resolve("data"), Language.VI, background, done::add);
    }

    @Test
    void choosingEnglishSwitchesTheWizardsOwnTextsAtOnce() {
        FirstStartViewModel wizard = wizard();
        assertThat(wizard.messages().get().get("firstStart.next")).isEqualTo("Tiếp");
        wizard.language().set(Language.EN);
        assertThat(wizard.messages().get().get("firstStart.next")).isEqualTo("Next");
        wizard.language().set(null);
        assertThat(wizard.language().get()).isEqualTo(Language.EN);
    }

    @Test
    void theProfilePageDoesNotGoOnWithoutAName() {
        FirstStartViewModel wizard = wizard();
        wizard.next();
        assertThat(wizard.step().get()).isEqualTo(Step.PROFILE);
        wizard.userName().set("   ");
        wizard.next();
        assertThat(wizard.step().get()).isEqualTo(Step.PROFILE);
        assertThat(wizard.problem().get()).isEqualTo("Hãy nhập tên người cập nhật: tên này được ghi vào nhật ký thay đổi.");
        wizard.userName().set("Nguyễn Thị Hạnh");
        wizard.next();
        assertThat(wizard.step().get()).isEqualTo(Step.REPORTS);
        assertThat(wizard.problem().get()).isEmpty();
        wizard.back();
        wizard.back();
        wizard.back();
        assertThat(wizard.step().get()).isEqualTo(Step.LANGUAGE);
    }

    @Test
    void beginningWritesNothingUntilChosenThenSavesEveryAnswer() {
        FirstStartViewModel wizard = wizard();
        wizard.language().set(Language.EN);
        wizard.userName().set(" Nguyễn Thị Hạnh ");
        wizard.userUnit().set("Sở Nội vụ");
        wizard.provinceName().set("Minh Giang");
        assertThat(folder.resolve("data")).doesNotExist();

        wizard.begin(Beginning.IMPORT);
        assertThat(wizard.busy().get()).isTrue();
        wizard.begin(Beginning.SAMPLE); // a second click while saving is ignored
        background.runAll();

        assertThat(done).singleElement().satisfies(a -> {
            assertThat(a.beginning()).isEqualTo(Beginning.IMPORT);
            assertThat(a.userName()).isEqualTo("Nguyễn Thị Hạnh");
        });
        AppSettings saved = AppSettings.load(folder.resolve("data"));
        assertThat(saved.language()).isEqualTo(Language.EN);
        assertThat(saved.userLabel()).isEqualTo("Nguyễn Thị Hạnh (Sở Nội vụ)");
        assertThat(saved.reportSettings().provinceName()).isEqualTo("Minh Giang");
        // Left blank, the reports are the People's Committee's, in its usual wording.
        assertThat(saved.reportSettings().issuer()).isEqualTo(vn.cchc.dashboard.report.ReportIssuer.PEOPLES_COMMITTEE);
        assertThat(saved.reportSettings().issuingBody()).isEmpty();
        assertThat(saved.setupDone()).isTrue();
        assertThat(FirstStart.needed(folder.resolve("data"))).isFalse();
        assertThat(FirstStart.sampleWhenEmpty(saved)).isFalse();
    }

    @Test
    void beginningWithoutANameReturnsToThatPage() {
        FirstStartViewModel wizard = wizard();
        wizard.begin(Beginning.SAMPLE);
        background.runAll();
        assertThat(wizard.step().get()).isEqualTo(Step.PROFILE);
        assertThat(wizard.problem().get()).isNotEmpty();
        assertThat(done).isEmpty();
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsSaidInOneSentenceAndTheWizardStays() throws IOException {
        Path blocked = Files.writeString(folder.resolve("a-file"), "not a folder");
        FirstStartViewModel wizard = new FirstStartViewModel(blocked, Language.VI, background, done::add);
        wizard.userName().set("Hạnh");
        wizard.begin(Beginning.SAMPLE);
        background.runAll();
        assertThat(done).isEmpty();
        assertThat(wizard.busy().get()).isFalse();
        assertThat(wizard.problem().get()).contains(blocked.toString()).doesNotContain("Exception");
    }

    @Test
    void aFolderWithADatabaseOrACompletedWizardIsNeverAskedAbout() throws IOException {
        Path data = Files.createDirectories(folder.resolve("data"));
        assertThat(FirstStart.needed(data)).isTrue();
        assertThat(FirstStart.sampleWhenEmpty(AppSettings.load(data))).isTrue();
        Files.writeString(data.resolve("cchc.mv.db"), "");
        assertThat(FirstStart.needed(data)).isFalse();
    }
}

package vn.cchc.dashboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.QueuedBackground;

class SettingsViewModelTest {

    @TempDir
    Path folder;

    final List<Integer> staleChanges = new ArrayList<>();
    final List<Language> languageChanges = new ArrayList<>();
    final List<LaggingPolicy> policyChanges = new ArrayList<>();

    final List<Path> restores = new ArrayList<>();
    AppContext context;

    @BeforeEach
    void open() {
        context = AppContext.open(folder, TestClock.today(), true);
    }

    @AfterEach
    void close() {
        context.close();
    }

    SettingsViewModel model(QueuedBackground background) {
        return new SettingsViewModel(AppSettings.load(folder), background, Messages.of(Language.VI),
                languageChanges::add, staleChanges::add, policyChanges::add, context.backups(), restores::add);
    }

    @Test
    void aBackupMadeHereIsCheckedListedAndCanBeChosenForARestore() {
        QueuedBackground background = new QueuedBackground();
        SettingsViewModel model = model(background);
        background.runAll();
        assertThat(model.backups()).isEmpty();
        model.backupNow();
        assertThat(model.feedback().get()).isEqualTo("Đang sao lưu và kiểm tra…");
        background.runAll();
        assertThat(model.feedback().get()).startsWith("Đã sao lưu và kiểm tra: ").contains("2 kế hoạch");
        assertThat(model.backups()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("Sao lưu thủ công");
            assertThat(row.file()).exists();
        });
        model.restore(model.backups().get(0));
        assertThat(restores).containsExactly(model.backups().get(0).file());
    }

    @Test
    void aSharedServerAddressThatIsNotPostgresqlIsOneSentenceAndChangesNothing() {
        QueuedBackground background = new QueuedBackground();
        SettingsViewModel model = model(background);
        assertThat(model.sharedServer().get()).isEmpty();
        model.sharedServer().set("may-chu-so-noi-vu/cchc");
        model.connect();
        background.runAll();
        assertThat(model.feedback().get()).startsWith("Địa chỉ máy chủ không hợp lệ: may-chu-so-noi-vu/cchc.");
        assertThat(AppSettings.load(folder).sharedServer()).isNull();

        model.sharedServer().set(" ");
        model.connect();
        background.runAll();
        assertThat(model.feedback().get()).isEqualTo("Ứng dụng sẽ dùng cơ sở dữ liệu trên máy này từ lần mở sau.");
        assertThat(AppSettings.load(folder).sharedServer()).isNull();
    }

    @Test
    void theStaleThresholdIsSavedAndAppliedAtOnce() {
        QueuedBackground background = new QueuedBackground();
        SettingsViewModel model = model(background);
        assertThat(model.staleDays().get()).isEqualTo(60);
        model.staleDays().set(45);
        model.userUnit().set("Sở Nội vụ");
        model.save();
        assertThat(AppSettings.load(folder).staleDays()).as("nothing written on the calling thread").isEqualTo(60);
        background.runAll();
        assertThat(AppSettings.load(folder).staleDays()).isEqualTo(45);
        assertThat(AppSettings.load(folder).userLabel()).isEqualTo("Người dùng (Sở Nội vụ)");
        assertThat(staleChanges).containsExactly(45);
        assertThat(languageChanges).isEmpty();
        assertThat(model.feedback().get()).isEqualTo("Đã lưu cài đặt.");
    }

    @Test
    void anImpossibleThresholdIsExplainedAndNotSaved() {
        QueuedBackground background = new QueuedBackground();
        SettingsViewModel model = model(background);
        model.staleDays().set(0);
        model.save();
        background.runAll();
        assertThat(model.feedback().get()).isEqualTo("Số ngày phải từ 1 đến 366.");
        assertThat(AppSettings.load(folder).staleDays()).isEqualTo(60);
        assertThat(staleChanges).isEmpty();
    }

    @Test
    void aDamagedSettingsFileFallsBackToDefaults() throws Exception {
        java.nio.file.Files.writeString(folder.resolve("settings.properties"), "tasks.staleDays=mười\nlanguage=xx\n");
        AppSettings settings = AppSettings.load(folder);
        assertThat(settings.staleDays()).isEqualTo(60);
        assertThat(settings.language()).isEqualTo(Language.VI);
    }
}

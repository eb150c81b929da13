package vn.cchc.dashboard.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.domain.Overview;
import vn.cchc.dashboard.domain.TaskSelection;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.QueuedBackground;

class SavedFiltersTest {

    @TempDir
    Path folder;
    AppContext context;

    @BeforeEach
    void open() {
        context = AppContext.open(folder, TestClock.today(), true);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aFilterSavedByNameComesBackInANewSession() {
        Messages messages = Messages.of(Language.VI);
        Overview overview = context.plans().overview(context.plans().planFor(2026), TestClock.TODAY, null, 60);
        TasksViewModel list = new TasksViewModel(new SimpleObjectProperty<>(overview),
                new SimpleObjectProperty<>(TaskSelection.OVERDUE), new SimpleObjectProperty<>(), messages);
        list.lead().set(list.leads().stream().filter(u -> u.name().equals("Sở Tài chính")).findFirst().orElseThrow());
        QueuedBackground background = new QueuedBackground();
        SavedFiltersViewModel saved = new SavedFiltersViewModel(context.settings(), background, list, messages);
        saved.saveCurrent("Quá hạn – Sở Tài chính");
        background.runAll();
        assertThat(saved.feedback().get()).isEqualTo("Đã lưu bộ lọc \"Quá hạn – Sở Tài chính\".");

        TasksViewModel later = new TasksViewModel(new SimpleObjectProperty<>(overview),
                new SimpleObjectProperty<>(TaskSelection.ALL), new SimpleObjectProperty<>(), messages);
        SavedFiltersViewModel reopened = new SavedFiltersViewModel(AppSettings.load(folder), background, later, messages);
        assertThat(reopened.filters()).extracting(f -> f.name()).containsExactly("Quá hạn – Sở Tài chính");
        reopened.apply(reopened.filters().get(0));
        assertThat(later.rows()).isNotEmpty().allMatch(r -> r.lead().equals("Sở Tài chính") && r.category().name().equals("OVERDUE"));
        assertThat(later.filterText().get()).isEqualTo("Đang lọc: Quá hạn chưa hoàn thành · Sở Tài chính");
    }
}

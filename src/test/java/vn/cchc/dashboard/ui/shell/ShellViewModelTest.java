package vn.cchc.dashboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.LaggingPolicy;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.QueuedBackground;

class ShellViewModelTest {

    static AppContext context;

    @BeforeAll
    static void open(@TempDir Path folder) {
        context = AppContext.open(folder, TestClock.today(), true);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void loadingSelectsThisYearsPlanAndComputesItsSummaryForToday() {
        QueuedBackground background = new QueuedBackground();
        ShellViewModel model = new ShellViewModel(context.plans(), background, 60, LaggingPolicy.DEFAULT);
        model.load();
        assertThat(model.busy().get()).isTrue();
        background.runAll();
        assertThat(model.plans()).hasSize(2);
        assertThat(model.selectedPlan().get().year()).isEqualTo(2026);
        assertThat(model.asOf().get()).isEqualTo(TestClock.TODAY);
        assertThat(model.summary().get().overall())
                .isEqualTo(context.plans().summary(model.selectedPlan().get(), TestClock.TODAY).overall());
        assertThat(model.busy().get()).isFalse();
    }

    @Test
    void changingPlanOrDateRecomputesInTheBackground() {
        QueuedBackground background = new QueuedBackground();
        ShellViewModel model = new ShellViewModel(context.plans(), background, 60, LaggingPolicy.DEFAULT);
        model.load();
        background.runAll();
        Plan previous = model.plans().stream().filter(p -> p.year() == 2025).findFirst().orElseThrow();
        model.selectedPlan().set(previous);
        model.asOf().set(LocalDate.of(2025, 12, 31));
        assertThat(model.summary().get().plan().year()).as("nothing computed on the calling thread").isEqualTo(2026);
        background.runAll();
        assertThat(model.summary().get().plan()).isEqualTo(previous);
        assertThat(model.summary().get().asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void aSlowOlderAnswerNeverOverwritesANewerOne() {
        QueuedBackground background = new QueuedBackground();
        ShellViewModel model = new ShellViewModel(context.plans(), background, 60, LaggingPolicy.DEFAULT);
        model.load();
        background.runAll();
        model.asOf().set(LocalDate.of(2026, 3, 31));
        model.asOf().set(LocalDate.of(2026, 9, 30));
        background.runLast();
        background.runFirst();
        assertThat(model.summary().get().asOf()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(model.busy().get()).isFalse();
    }

    @Test
    void todayReturnsToTheClocksDate() {
        QueuedBackground background = new QueuedBackground();
        ShellViewModel model = new ShellViewModel(context.plans(), background, 60, LaggingPolicy.DEFAULT);
        model.asOf().set(LocalDate.of(2026, 1, 1));
        model.showToday();
        assertThat(model.asOf().get()).isEqualTo(TestClock.TODAY);
    }
}

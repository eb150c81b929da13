package vn.cchc.dashboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.dashboard.app.AppContext;
import vn.cchc.dashboard.domain.LaggingList;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReportingCutoffs;
import vn.cchc.dashboard.i18n.Language;
import vn.cchc.dashboard.testing.TestClock;
import vn.cchc.dashboard.ui.Background;
import vn.cchc.dashboard.ui.FxBackground;
import vn.cchc.dashboard.ui.SampleWindow;
import vn.cchc.dashboard.ui.tasks.TasksViewModel;
import vn.cchc.dashboard.ui.units.LaggingViewModel;

/**
 * Only the screen shown reads the database. The real window on the sample, its background work counted by the screen
 * that asked for it: after visiting the screens and coming back to Tổng quan, a new date and another plan are read by
 * the shell and drawn by the overview alone; a screen shown again reads once, and shows the new date's figures.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenScreensTest {

    static SampleWindow sample;
    static AppContext context;
    static final CountingBackground background = new CountingBackground(new FxBackground());

    @BeforeAll
    static void openSample(@TempDir Path folder) {
        sample = SampleWindow.open(folder);
        context = sample.context();
    }

    @AfterAll
    static void close() {
        background.close();
        sample.close();
    }

    @Start
    void start(Stage stage) {
        MainWindow window = new MainWindow(stage, background, Language.VI, (title, name, extension) -> Optional.empty());
        window.show();
        window.showDashboard(context);
    }

    @Test
    @SuppressWarnings("unchecked")
    void hiddenScreensReadNothingWhenThePlanOrDateChangesAndCatchUpWhenShown(FxRobot robot) throws Exception {
        settled(robot);
        // Every screen that follows the shell's plan and date, built and left behind; a task selected, whose history
        // would be read again if the hidden list were rebuilt.
        robot.clickOn("#nav-tasks");
        TableView<TasksViewModel.Row> tasks = robot.lookup("#task-table").queryAs(TableView.class);
        robot.interact(() -> tasks.getSelectionModel().select(0));
        settled(robot);
        List<TasksViewModel.Row> tasksBefore = List.copyOf(tasks.getItems());
        robot.clickOn("#nav-units");
        settled(robot);
        TableView<LaggingViewModel.Row> lagging = robot.lookup("#lagging-table").queryAs(TableView.class);
        assertThat(lagging.getItems()).isNotEmpty();
        robot.clickOn("#nav-indicators");
        settled(robot);
        robot.clickOn("#nav-audit");
        settled(robot);
        robot.clickOn("#nav-reports");
        settled(robot);
        robot.clickOn("#nav-overview");
        settled(robot);
        background.reset();

        LocalDate yearEnd = LocalDate.of(2025, 12, 31);
        DatePicker asOf = robot.lookup("#as-of").queryAs(DatePicker.class);
        robot.doubleClickOn(asOf.getEditor()).eraseText(12).write("31/12/2025").type(KeyCode.ENTER);
        settled(robot);
        assertThat(asOf.getValue()).isEqualTo(yearEnd);
        Plan lastYear = context.plans().planFor(2025);
        ComboBox<Plan> plan = robot.lookup("#plan-selector").queryAs(ComboBox.class);
        robot.interact(() -> plan.setValue(lastYear));
        settled(robot);

        assertThat(background.counts()).as("the shell read the overview twice and the overview drew it")
                .containsEntry("shell", 2).containsKey("overview");
        assertThat(background.counts()).as("background work asked for, by screen, while only Tổng quan was shown")
                .containsOnlyKeys("shell", "overview");
        assertThat(tasks.getItems()).as("the hidden task list was not rebuilt").isEqualTo(tasksBefore);

        background.reset();
        robot.clickOn("#nav-units");
        settled(robot);
        assertThat(background.counts()).as("one ranking for both changes").isEqualTo(Map.of("units", 1));
        LocalDate since = ReportingCutoffs.comparison(yearEnd, null);
        List<LaggingList> expected = context.plans().lagging(lastYear, List.of(yearEnd, since),
                context.settings().laggingPolicy(), context.settings().staleDays(), context.settings().laggingRolledUp());
        assertThat(lagging.getItems()).extracting(r -> r.unitId() + ":" + r.overdue() + ":" + r.lagging())
                .containsExactlyElementsOf(expected.get(0).units().stream()
                        .map(u -> u.unit().id() + ":" + u.overdue() + ":" + u.lagging()).toList());
        assertThat(robot.lookup("#lagging-headline").queryAs(Label.class).getText())
                .contains(String.format("%02d/%02d/%d", since.getDayOfMonth(), since.getMonthValue(), since.getYear()));

        robot.clickOn("#nav-tasks");
        settled(robot);
        assertThat(tasks.getItems()).as("the task list caught up with the plan shown").hasSize(
                context.plans().snapshot(lastYear).tasks().size());

        // And Tổng quan itself, hidden now, draws no chart for a date it does not show.
        background.reset();
        robot.interact(() -> asOf.setValue(yearEnd.minusMonths(6)));
        settled(robot);
        assertThat(background.counts()).as("background work asked for, by screen, while Nhiệm vụ was shown")
                .containsEntry("shell", 1).doesNotContainKeys("overview", "units", "indicators", "audit", "reports");
    }

    /** Waits until every piece of background work asked for so far has come back to the FX thread. */
    private static void settled(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> background.running() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> background.running() == 0);
    }

    /**
     * The window's doorway to background work, counting what each screen asks for: tagged by the package of the
     * first class of a screen (ui.units, ui.audit …, ui.shell for the shell itself) on the caller's stack.
     */
    static final class CountingBackground implements Background, AutoCloseable {

        private final FxBackground real;
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        private final AtomicInteger running = new AtomicInteger();

        CountingBackground(FxBackground real) {
            this.real = real;
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            counts.computeIfAbsent(caller(), k -> new AtomicInteger()).incrementAndGet();
            running.incrementAndGet();
            real.run(work, result -> {
                running.decrementAndGet();
                onSuccess.accept(result);
            }, failure -> {
                running.decrementAndGet();
                onFailure.accept(failure);
            });
        }

        private static String caller() {
            String prefix = "vn.cchc.dashboard.ui.";
            return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                    .filter(name -> name.startsWith(prefix) && !name.startsWith(CountingBackground.class.getName()))
                    .map(name -> name.substring(prefix.length()))
                    .filter(name -> name.contains(".")) // LongWork, TabbedScreen …: on behalf of a screen below
                    .map(name -> name.substring(0, name.indexOf('.')))
                    .findFirst().orElse("?"));
        }

        Map<String, Integer> counts() {
            Map<String, Integer> now = new java.util.TreeMap<>();
            counts.forEach((tag, count) -> now.put(tag, count.get()));
            return now;
        }

        int running() {
            return running.get();
        }

        void reset() {
            counts.clear();
        }

        @Override
        public void close() {
            real.close();
        }
    }
}
